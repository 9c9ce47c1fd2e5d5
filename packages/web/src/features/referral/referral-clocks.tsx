import { useCountyTime } from '../../county-time';
import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { spanInWords } from '../../work-lines';
import type { ReferralView } from './api';

/** "Due in 23 hours" or "Overdue by 35 minutes", in words, from the time now. */
function dueWords(dueAt: string, now: number, t: ReturnType<typeof useMessages>['t']) {
  const minutes = Math.round((Date.parse(dueAt) - now) / 60_000);
  if (minutes > 0) return { overdue: false, text: t('responseWeb.dueIn', { duration: spanInWords(minutes, t) }) };
  if (minutes === 0) return { overdue: false, text: t('responseWeb.dueNow') };
  return { overdue: true, text: t('responseWeb.overdueBy', { duration: spanInWords(-minutes, t) }) };
}

/**
 * The referral's clocks on the county's clock, like the response page's steps: acknowledge by (a county-set number of
 * business days), first contact by (72 hours for a CSEC-specialised service, the protocol's specialized services), and
 * when it expires unanswered; each says how long is left or how late it is until it is met. Then the figures.
 */
export function ReferralClocks({ referral, now }: { referral: ReferralView; now: number }) {
  const { t } = useMessages();
  const time = useCountyTime();
  const { clocks, figures } = referral;
  const open = ['requested', 'accepted', 'on_hold', 'in_progress'].includes(referral.status);
  const lines = [
    {
      id: 'acknowledge',
      label: 'referralWeb.clock.acknowledge',
      dueAt: clocks.acknowledgeDueAt,
      met: figures.minutesToAcknowledge !== null,
    },
    {
      id: 'first-contact',
      label: 'referralWeb.clock.firstContact',
      dueAt: clocks.firstContactDueAt,
      met: figures.minutesToFirstService !== null,
    },
    {
      id: 'expires',
      label: 'referralWeb.clock.expires',
      dueAt: referral.status === 'requested' ? clocks.expiresAt : null,
      met: false,
    },
  ].filter((line): line is typeof line & { dueAt: string } => line.dueAt !== null);
  const figureLines = [
    ['referralWeb.figure.acknowledge', figures.minutesToAcknowledge],
    ['referralWeb.figure.accept', figures.minutesToAccept],
    ['referralWeb.figure.firstService', figures.minutesToFirstService],
  ].filter((f): f is [string, number] => f[1] !== null);
  if (lines.length === 0 && figureLines.length === 0) return null;
  return (
    <section aria-labelledby="referral-clocks-heading">
      <h2 id="referral-clocks-heading">{t('referralWeb.clocks')}</h2>
      <dl className="harbor-facts" data-testid="referral-clocks">
        {lines.map((line) => {
          const words = line.met || !open ? null : dueWords(line.dueAt, now, t);
          return (
            <div key={line.id} data-testid={`referral-clock-${line.id}`}>
              <dt>{t(line.label as AppMessageKey)}</dt>
              <dd>
                {time(line.dueAt)}
                {line.met && ` · ${t('referralWeb.clock.met')}`}
                {words && (
                  <>
                    {' · '}
                    <span className={words.overdue ? 'harbor-overdue' : undefined}>
                      {words.overdue ? '⚠ ' : ''}
                      {words.text}
                    </span>
                  </>
                )}
                {line.id === 'first-contact' && (
                  <span className="display-block">{t('referralWeb.clock.firstContactWhy')}</span>
                )}
              </dd>
            </div>
          );
        })}
        {figureLines.map(([label, minutes]) => (
          <div key={label}>
            <dt>{t(label as AppMessageKey)}</dt>
            <dd>{spanInWords(minutes, t)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
