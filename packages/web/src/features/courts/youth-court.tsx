import { useCallback, useEffect, useState } from 'react';
import { useMessages } from '../../i18n';
import { type Enrollment, listEnrollments, listPrograms, type Program } from './api';
import { EnrollForm } from './enroll-form';
import { EnrollmentCard } from './enrollment-card';

/**
 * The youth's page's "Specialty court" section: each enrollment (STAR, DREAM, a county's own) with its phase history,
 * hearings and response log, what the team may do next, and enrollment in a program for a youth in none.
 */
export function YouthCourt({ youthId, mayWrite }: { youthId: string; mayWrite: boolean }) {
  const { t } = useMessages();
  const [programs, setPrograms] = useState<Program[]>([]);
  const [enrollments, setEnrollments] = useState<Enrollment[] | null>(null);
  const [changed, setChanged] = useState(0);
  const refresh = useCallback(async () => {
    const [p, e] = await Promise.all([listPrograms(), listEnrollments(youthId)]);
    if (p.ok) setPrograms(p.data.items);
    setEnrollments(e.ok ? e.data.items : []);
  }, [youthId]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const done = async () => {
    await refresh();
    setChanged((n) => n + 1);
  };
  const active = enrollments?.some((e) => e.status === 'active') ?? false;
  return (
    <section id="court" aria-labelledby="youth-court-heading" data-testid="youth-court">
      <h2 id="youth-court-heading">{t('courtsWeb.youth.heading')}</h2>
      <p className="harbor-measure">{t('courtsWeb.youth.intro')}</p>
      <p role="status" className="usa-sr-only">
        {changed > 0 ? t('courtsWeb.saved') : ''}
      </p>
      {enrollments === null ? (
        <p>{t('admin.loading')}</p>
      ) : enrollments.length === 0 ? (
        <p>{t('courtsWeb.youth.none')}</p>
      ) : (
        enrollments.map((e) => (
          <EnrollmentCard
            key={e.id}
            enrollment={e}
            program={programs.find((p) => p.id === e.programId)}
            mayWrite={mayWrite}
            onChanged={done}
          />
        ))
      )}
      {mayWrite && !active && enrollments !== null && (
        <EnrollForm youthId={youthId} programs={programs} onEnrolled={done} />
      )}
    </section>
  );
}
