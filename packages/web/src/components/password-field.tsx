import { type ChangeEvent, type ReactNode, useState } from 'react';
import { useMessages } from '../i18n';
import { TextField } from './text-field';

/**
 * A password field with a show-password toggle: `new` for choosing one (the browser may suggest a strong password),
 * `current` for typing the one the person has.
 */
export function PasswordField(props: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  kind: 'new' | 'current';
  value: string;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  const { t } = useMessages();
  const [shown, setShown] = useState(false);
  return (
    <TextField
      id={props.id}
      name={props.id}
      type={shown ? 'text' : 'password'}
      label={props.label}
      hint={props.hint}
      error={props.error}
      autoComplete={props.kind === 'new' ? 'new-password' : 'current-password'}
      autoCapitalize="off"
      spellCheck={false}
      value={props.value}
      onChange={props.onChange}
      after={
        <button
          type="button"
          className="usa-show-password"
          aria-controls={props.id}
          onClick={() => setShown((was) => !was)}
        >
          {shown ? t('signIn.password.hide') : t('signIn.password.show')}
        </button>
      }
    />
  );
}
