import { useMessages } from '../../i18n';
import type { AppMessageKey } from '../../messages';
import type { Enrollment, Program } from './api';
import { CourtHearings } from './court-hearings';
import { CourtResponses } from './court-responses';
import { EnrollmentActions } from './enrollment-actions';

/** One enrollment: the program, its status and phase, the phase history, then the hearings and the response log. */
export function EnrollmentCard(props: {
  enrollment: Enrollment;
  program: Program | undefined;
  mayWrite: boolean;
  onChanged: () => Promise<void>;
}) {
  const { t } = useMessages();
  const { enrollment: e, program } = props;
  const phaseName = (id: string) => program?.phases.find((p) => p.id === id)?.name ?? id;
  const headingId = `court-enrollment-${e.id}`;
  return (
    <article aria-labelledby={headingId} className="margin-bottom-4" data-testid="court-enrollment">
      <h3 id={headingId}>{program?.name ?? e.programId}</h3>
      <dl className="harbor-facts">
        {e.status && (
          <>
            <dt>{t('courtsWeb.enrollment.status')}</dt>
            <dd data-testid="court-status">{t(`court.status.${e.status}` as AppMessageKey)}</dd>
          </>
        )}
        {e.phaseId && (
          <>
            <dt>{t('courtsWeb.enrollment.phase')}</dt>
            <dd data-testid="court-phase">{phaseName(e.phaseId)}</dd>
          </>
        )}
        {e.enrolledOn && (
          <>
            <dt>{t('courtsWeb.enrollment.enrolledOn')}</dt>
            <dd>{e.enrolledOn}</dd>
          </>
        )}
        {e.endedOn && (
          <>
            <dt>{t('courtsWeb.enrollment.endedOn')}</dt>
            <dd>
              {e.endedOn}
              {e.exitReason ? ` (${t(`court.exit.${e.exitReason}` as AppMessageKey)})` : ''}
            </dd>
          </>
        )}
        {e.probationOfficer && (
          <>
            <dt>{t('courtsWeb.enrollment.officer')}</dt>
            <dd>{e.probationOfficer.name}</dd>
          </>
        )}
      </dl>
      {e.phases && e.phases.length > 0 && (
        <>
          <h4>{t('courtsWeb.phases.heading')}</h4>
          <ol className="usa-list" data-testid="court-phases">
            {e.phases.map((p) => (
              <li key={`${p.phaseId}-${p.enteredOn}`}>
                {t('courtsWeb.phases.entered', { phase: phaseName(p.phaseId), day: p.enteredOn })}
                {p.teamDecision ? ` ${t('courtsWeb.phases.decision', { decision: p.teamDecision })}` : ''}
              </li>
            ))}
          </ol>
        </>
      )}
      {props.mayWrite && e.status === 'active' && program && (
        <EnrollmentActions enrollment={e} program={program} onChanged={props.onChanged} />
      )}
      <CourtHearings enrollment={e} mayWrite={props.mayWrite} onChanged={props.onChanged} />
      <CourtResponses enrollment={e} mayWrite={props.mayWrite} onChanged={props.onChanged} />
    </article>
  );
}
