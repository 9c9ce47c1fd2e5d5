import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { FieldGroup } from './field-group';
import { ACTION_KINDS } from './response-actions';

/** Arrest, citation or charge: nothing chosen in advance (an action now, or one that already happened). */
export function ActionKindSelect(props: {
  id: string;
  label: string;
  error: string | undefined;
  value: string;
  onChange: (kind: string) => void;
}) {
  const { t } = useMessages();
  return (
    <FieldGroup id={props.id} label={props.label} error={props.error}>
      {({ className, ...control }) => (
        <select
          {...control}
          className={className('usa-select')}
          value={props.value}
          required
          onChange={(e) => props.onChange(e.target.value)}
        >
          <option value="">{t('responseWeb.choose')}</option>
          {ACTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`responseWeb.action.kind.${k}` as AppMessageKey)}
            </option>
          ))}
        </select>
      )}
    </FieldGroup>
  );
}
