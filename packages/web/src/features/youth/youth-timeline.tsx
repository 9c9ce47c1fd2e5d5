import type { ProtocolDefinition } from '@harbor/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api';
import { useCountyTime } from '../../county-time';
import { type Translate, useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import { protocolsOf, stepTitle } from '../../protocols';
import { screeningLevelText } from '../../screening-level';
import { getTimeline, type TimelineEntry } from './api';

/** How each kind of entry reads. A new kind (notes, referrals, meetings) adds its line here. */
function entryText(
  e: TimelineEntry,
  t: Translate,
  protocol: ProtocolDefinition | undefined,
  locale: 'en' | 'es',
  meetingTypes: ReadonlyMap<string, string>,
): string {
  const member = e.member ?? { name: '', role: '', agencyName: '' };
  const role = member.role ? t(`roleName.${member.role}` as AppMessageKey) : '';
  switch (e.kind) {
    case 'record_opened':
      return t('youthPage.timeline.record_opened');
    case 'screening':
      return t('youthPage.timeline.screening', {
        correction: String(e.correction === true),
        level: e.level ? screeningLevelText({ level: e.level, notEnoughInformation: e.notEnoughInformation }, t) : '—',
      });
    case 'response_opened':
      return t('youthPage.timeline.response_opened', { openedBy: e.openedBy ?? 'screening' });
    case 'step_closed':
      return t('youthPage.timeline.step_closed', {
        status: e.stepStatus ?? 'completed',
        step: stepTitle(protocol, e.stepId ?? '', locale),
      });
    case 'telephone_report':
      return t('youthPage.timeline.telephone_report');
    case 'safety_step':
      return t('youthPage.timeline.safety_step');
    case 'care_team_joined':
      return t('youthPage.timeline.care_team_joined', { name: member.name, role, agency: member.agencyName });
    case 'care_team_left':
      return t('youthPage.timeline.care_team_left', { name: member.name, role, agency: member.agencyName });
    case 'break_glass':
      return t('youthPage.timeline.break_glass', { name: member.name, agency: member.agencyName });
    case 'referral':
      return t('youthPage.timeline.referral', {
        service: e.serviceName ?? '',
        status: t(`referral.status.${e.referralStatus ?? 'draft'}`),
      });
    case 'court':
      return t('courtsWeb.timeline', {
        event: e.courtEvent ?? 'enrolled',
        program: (e.courtProgramId ?? '').toUpperCase(),
        hearing: e.hearingOn ?? '',
      });
    case 'mdt_meeting':
      return t('youthPage.timeline.mdt_meeting', {
        type: meetingTypes.get(e.meetingTypeId ?? '') ?? e.meetingTypeId ?? '',
        status: t(`meetings.status.${e.meetingStatus ?? 'scheduled'}`),
      });
  }
}

/** Where an entry leads: its screening, response or MDT meeting. */
const linkOf = (e: TimelineEntry): string | null =>
  e.screeningId
    ? `/app/screenings/${e.screeningId}`
    : e.responseId
      ? `/app/responses/${e.responseId}`
      : e.meetingId
        ? `/app/meetings/${e.meetingId}`
        : null;

/**
 * The youth's timeline as the server built it through the records gate: the entries and fields the reader may see
 * (a health step's note for clinical roles only, the safety step's reason for those who act on it).
 */
export function YouthTimeline({ youthId }: { youthId: string }) {
  const { t, locale } = useMessages();
  const countyTime = useCountyTime();
  const [entries, setEntries] = useState<TimelineEntry[] | null>(null);
  const [protocols, setProtocols] = useState<Map<string, ProtocolDefinition>>(new Map());
  const [meetingTypes, setMeetingTypes] = useState<ReadonlyMap<string, string>>(new Map());
  const hasMeetings = entries?.some((e) => e.kind === 'mdt_meeting') ?? false;
  // The meeting types' names, in the reader's language (asked again when it changes).
  // biome-ignore lint/correctness/useExhaustiveDependencies: locale decides the language of the answer
  useEffect(() => {
    if (!hasMeetings) return;
    void api
      .get<{ items: { id: string; name: string }[] }>('/api/v1/mdt/meeting-types')
      .then((r) => r.ok && setMeetingTypes(new Map(r.data.items.map((type) => [type.id, type.name]))));
  }, [hasMeetings, locale]);
  useEffect(() => {
    void getTimeline(youthId).then(async (result) => {
      const list = result.ok ? result.data.entries : [];
      setProtocols(
        await protocolsOf(
          list.map((e) => ({ protocolId: e.protocolId ?? null, protocolVersion: e.protocolVersion ?? null })),
        ),
      );
      setEntries(list);
    });
  }, [youthId]);
  return (
    <section aria-labelledby="youth-timeline-heading">
      <h2 id="youth-timeline-heading">{t('youthPage.section.timeline')}</h2>
      <p className="harbor-measure">{t('youthPage.timeline.intro')}</p>
      {entries === null ? (
        <p role="status">{t('admin.loading')}</p>
      ) : entries.length === 0 ? (
        <p>{t('youthPage.timeline.none')}</p>
      ) : (
        <ol className="harbor-lines" data-testid="youth-timeline">
          {entries.map((e, index) => {
            const text = entryText(e, t, protocols.get(`${e.protocolId}@${e.protocolVersion}`), locale, meetingTypes);
            const to = linkOf(e);
            return (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries of different kinds share ids; the order is the server's
              <li key={index} data-testid="timeline-entry" data-kind={e.kind}>
                {to ? (
                  <Link className="usa-link" to={to}>
                    {text}
                  </Link>
                ) : (
                  text
                )}
                {e.note && <span className="display-block">{t('youthPage.timeline.note', { note: e.note })}</span>}
                {e.reason && (
                  <span className="display-block">{t('youthPage.timeline.reason', { reason: e.reason })}</span>
                )}
                <span className="harbor-line__meta">
                  {e.by ? t('youthPage.timeline.by', { time: countyTime(e.at), by: e.by }) : countyTime(e.at)}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
