import {
  CLOSURE_REASONS_BY_STATUS,
  type ClosureReason,
  isTerminal,
  REFERRAL_ACTIONS,
  type ReferralAction,
} from '@harbor/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { ApiResult } from '../../api';
import { ButtonGroup } from '../../components/button-group';
import { SelectField } from '../../components/select-field';
import { TextAreaField } from '../../components/text-area-field';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { actOnReferral, type ReferralView } from './api';

type Act = Exclude<ReferralAction, 'send'>;

/** The closure reasons of the status an action leads to (none: the referral stays open). */
export function closureReasonsOf(action: Act): readonly ClosureReason[] {
  const to = REFERRAL_ACTIONS[action];
  return isTerminal(to) ? CLOSURE_REASONS_BY_STATUS[to as keyof typeof CLOSURE_REASONS_BY_STATUS] : [];
}

/**
 * What the viewer's side may do now (the server's `actions`, the draft's sending aside): each a button that opens
 * its confirmation, with a note for the other agency and, for one that closes the referral, why (from the controlled
 * list; chosen for the person only when there is a single reason). Cancel takes focus back to the button.
 */
export function ReferralActions({
  referral,
  after,
}: {
  referral: ReferralView;
  after: (result: ApiResult<unknown>, action: Act) => Promise<boolean>;
}) {
  const { t } = useMessages();
  const actions = referral.actions.filter((a): a is Act => a !== 'send');
  const [open, setOpen] = useState<Act | null>(null);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState<ClosureReason | ''>('');
  const [tried, setTried] = useState(false);
  const [sending, setSending] = useState(false);
  const opener = useRef<HTMLButtonElement | null>(null);

  const start = (action: Act, button: HTMLButtonElement) => {
    opener.current = button;
    const reasons = closureReasonsOf(action);
    setOpen(action);
    setNote('');
    setReason(reasons.length === 1 ? reasons[0]! : '');
    setTried(false);
  };
  // The confirmation takes focus when it opens, so that keyboard and screen reader users continue from it.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (open) form.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(null);
    opener.current?.focus();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!open) return;
    const reasons = closureReasonsOf(open);
    setTried(true);
    if (reasons.length > 0 && !reason) return document.getElementById('referral-closure')?.focus();
    setSending(true);
    const result = await actOnReferral(referral.id, open, {
      version: referral.version,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(reason ? { closureReason: reason } : {}),
    });
    setSending(false);
    if (await after(result, open)) setOpen(null);
  };

  if (actions.length === 0 && referral.status !== 'draft') {
    return (
      <section aria-labelledby="referral-actions-heading">
        <h2 id="referral-actions-heading">{t('referralWeb.actions')}</h2>
        <p>{t('referralWeb.actions.none')}</p>
      </section>
    );
  }
  const reasons = open ? closureReasonsOf(open) : [];
  const label = (a: Act) => t(`referralWeb.action.${a}` as AppMessageKey);
  return (
    <section aria-labelledby="referral-actions-heading" className="harbor-no-print" data-testid="referral-actions">
      <h2 id="referral-actions-heading">{t('referralWeb.actions')}</h2>
      {open === null ? (
        <ButtonGroup>
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={
                ['accept', 'start', 'complete'].includes(action) ? 'usa-button' : 'usa-button usa-button--outline'
              }
              onClick={(e) => start(action, e.currentTarget)}
            >
              {label(action)}
            </button>
          ))}
        </ButtonGroup>
      ) : (
        <form
          ref={form}
          tabIndex={-1}
          className="usa-form usa-form--large harbor-confirm"
          aria-labelledby="referral-action-heading"
          onSubmit={(e) => void submit(e)}
          noValidate
        >
          <h3 id="referral-action-heading">{label(open)}</h3>
          {reasons.length > 0 && (
            <SelectField
              id="referral-closure"
              label={t('referralWeb.action.closureReason')}
              choose={t('referralWeb.choose')}
              error={tried && !reason ? t('referralWeb.action.closureRequired') : undefined}
              value={reason}
              onChange={(e) => setReason(e.target.value as ClosureReason)}
              options={reasons.map((r) => ({ value: r, label: t(`referral.closure.${r}` as AppMessageKey) }))}
            />
          )}
          <TextAreaField
            id="referral-note"
            label={t('referralWeb.action.note')}
            hint={t('referralWeb.action.noteHint')}
            maxLength={2000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          <ButtonGroup className="margin-top-2">
            <button type="submit" className="usa-button" disabled={sending} data-testid="referral-confirm">
              {t('referralWeb.action.confirm', { action: label(open) })}
            </button>
            <button type="button" className="usa-button usa-button--outline" onClick={close}>
              {t('referralWeb.action.back')}
            </button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}
