import type { GoalList, Infer, YouthDisclosureList } from '@harbor/core';
import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api';
import { FocusAlert } from '../../components/focus-alert';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { useCountyTime } from '../../county-time';
import { type Translate, useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { message, type Problem, problemOf, problemText } from '../../problems';

/**
 * The youth page's two sections that MDT meetings feed (issue 16), beside the features like referral-lines.tsx:
 * "Disclosures" (who was shown what of the record, when, and on which legal basis) and "In the youth’s words" (the
 * youth's own stated goals, which every meeting's agenda for the youth carries).
 */
type DisclosureLine = Infer<typeof YouthDisclosureList>['items'][number];
type Goal = Infer<typeof GoalList>['items'][number];

/** The basis's facts as recorded: the report and the window's end, the order, or whose consent for what until when. */
function basisFacts(d: DisclosureLine['basisDetail'], t: Translate, time: (iso: string) => string): string | null {
  if (d.reportedAt && d.windowEndsAt)
    return t('meetings.youth.detail.mdt', { reported: time(d.reportedAt), ends: time(d.windowEndsAt) });
  if (d.orderNumber) return t('meetings.youth.detail.order', { number: d.orderNumber, date: d.orderDate ?? '—' });
  if (d.consentBy)
    return t('meetings.youth.detail.consent', {
      by: d.consentBy,
      purpose: d.purpose ?? '—',
      until: d.until ? time(d.until) : '—',
    });
  return null;
}

const youthPath = (id: string) => `/api/v1/youth/${encodeURIComponent(id)}`;

function YouthDisclosures({ youthId }: { youthId: string }) {
  const { t } = useMessages();
  const time = useCountyTime();
  const [rows, setRows] = useState<DisclosureLine[] | null>(null);
  useEffect(() => {
    void api
      .get<{ items: DisclosureLine[] }>(`${youthPath(youthId)}/disclosures`)
      .then((r) => setRows(r.ok ? r.data.items : []));
  }, [youthId]);
  const classesOf = (d: DisclosureLine) =>
    d.classes.map((c) => t(`meetings.fieldClass.${c}` as AppMessageKey)).join(', ');
  return (
    <section aria-labelledby="youth-disclosures-heading" data-testid="youth-disclosures">
      <h2 id="youth-disclosures-heading">{t('meetings.youth.disclosures')}</h2>
      <p className="harbor-measure">{t('meetings.youth.disclosuresIntro')}</p>
      {rows === null ? (
        <p role="status">{t('meetings.loading')}</p>
      ) : rows.length === 0 ? (
        <p>{t('meetings.youth.noDisclosure')}</p>
      ) : (
        <ul className="harbor-lines">
          {rows.map((d, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a disclosure line has no id of its own
            <li key={i} data-testid="youth-disclosure">
              {d.court
                ? t('meetings.youth.courtLine', {
                    classes: classesOf(d),
                    program: d.court.programName,
                    department: d.court.department,
                    basis: t(`meetings.basis.${d.basis}` as AppMessageKey),
                  })
                : t('meetings.disclosures.line', {
                    classes: classesOf(d),
                    to: d.to.map((p) => t('meetings.youth.person', { name: p.name, agency: p.agencyName })).join(', '),
                    basis: t(`meetings.basis.${d.basis}` as AppMessageKey),
                  })}
              {basisFacts(d.basisDetail, t, time) && (
                <span className="display-block">{basisFacts(d.basisDetail, t, time)}</span>
              )}
              <span className="harbor-line__meta">
                {t('meetings.by', { name: d.by.name, time: time(d.at) })}
                {d.meeting && (
                  <>
                    {' · '}
                    <Link className="usa-link" to={`/app/meetings/${encodeURIComponent(d.meeting.id)}`}>
                      {t('meetings.youth.atMeeting', { type: d.meeting.typeName, time: time(d.meeting.startsAt) })}
                    </Link>
                  </>
                )}
                {d.court && (
                  <>
                    {' · '}
                    {t('meetings.youth.forHearing', { day: d.court.hearingOn })}
                  </>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function YouthGoals({ youthId, mayWrite }: { youthId: string; mayWrite: boolean }) {
  const { t, locale } = useMessages();
  const [goals, setGoals] = useState<Goal[] | null>(null);
  const [text, setText] = useState('');
  const [saidOn, setSaidOn] = useState('');
  const [missing, setMissing] = useState<{ text?: boolean; saidOn?: boolean }>({});
  const [outcome, setOutcome] = useState<{ ok: boolean; problem: Problem; key: number } | null>(null);
  const load = useCallback(async () => {
    const r = await api.get<{ items: Goal[] }>(`${youthPath(youthId)}/goals`);
    setGoals(r.ok ? r.data.items : []);
  }, [youthId]);
  useEffect(() => {
    void load();
  }, [load]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const gaps = { text: !text.trim(), saidOn: !saidOn };
    setMissing(gaps);
    if (gaps.text || gaps.saidOn) {
      document.getElementById(gaps.text ? 'goal-text' : 'goal-said-on')?.focus();
      return;
    }
    const r = await api.post<unknown>(`${youthPath(youthId)}/goals`, { text: text.trim(), saidOn });
    if (r.ok) {
      await load();
      setText('');
      setSaidOn('');
    }
    setOutcome((o) => ({
      ok: r.ok,
      problem: r.ok ? message('meetings.goals.added') : problemOf(r),
      key: (o?.key ?? 0) + 1,
    }));
  };
  return (
    <section aria-labelledby="youth-goals-heading" data-testid="youth-goals">
      <h2 id="youth-goals-heading">{t('meetings.goals.heading')}</h2>
      <p className="harbor-measure">{t('meetings.goals.intro')}</p>
      {goals === null ? (
        <p role="status">{t('meetings.loading')}</p>
      ) : goals.length === 0 ? (
        <p>{t('meetings.goals.none')}</p>
      ) : (
        <ul className="harbor-lines">
          {goals.map((g) => (
            <li key={g.id} data-testid="youth-goal">
              <q>{g.text}</q>
              <span className="harbor-line__meta">{t('meetings.goals.said', { date: g.saidOn })}</span>
            </li>
          ))}
        </ul>
      )}
      {mayWrite && (
        <form className="usa-form harbor-no-print" noValidate onSubmit={(e) => void submit(e)}>
          {outcome && (
            <FocusAlert
              type={outcome.ok ? 'success' : 'error'}
              heading={t(outcome.ok ? 'meetings.saved' : 'meetings.notSaved')}
              focusKey={outcome.key}
            >
              <p className="usa-alert__text">{problemText(outcome.problem, t, locale)}</p>
            </FocusAlert>
          )}
          <TextAreaField
            id="goal-text"
            label={t('meetings.goals.text')}
            maxLength={2000}
            rows={2}
            error={missing.text ? t('meetings.error.text') : undefined}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <TextField
            id="goal-said-on"
            label={t('meetings.goals.saidOn')}
            type="date"
            error={missing.saidOn ? t('meetings.error.saidOn') : undefined}
            value={saidOn}
            onChange={(e) => setSaidOn(e.target.value)}
          />
          <button type="submit" className="usa-button usa-button--outline margin-top-2">
            {t('meetings.goals.add')}
          </button>
        </form>
      )}
    </section>
  );
}

/** Both sections, for the youth's page (one line there). */
export function YouthMeetingSections({ youthId, mayWrite }: { youthId: string; mayWrite: boolean }) {
  return (
    <>
      <YouthGoals youthId={youthId} mayWrite={mayWrite} />
      <YouthDisclosures youthId={youthId} />
    </>
  );
}
