import { ageOn } from '@harbor/core';
import { useEffect, useState } from 'react';
import { api } from '../../api';
import type { Translate } from '../../i18n';
import { useOnline } from '../../offline/online';

export interface YouthNamed {
  name: string;
  age: number | null;
}

/**
 * The name and age of the youth a screening on this device is for, fetched from their record when online (a read of
 * their identity, audited); null while unknown or offline. The device keeps only the record's id.
 */
export function useYouthName(youthId: string | null): YouthNamed | null {
  const online = useOnline();
  const [named, setNamed] = useState<YouthNamed | null>(null);
  useEffect(() => {
    if (!youthId || !online) return;
    let live = true;
    void api
      .get<{
        legalName?: { given: string; family: string } | null;
        namesUsed?: string[];
        dateOfBirth?: string | null;
        estimatedAge?: number | null;
        ageEstimatedOn?: string | null;
      }>(`/api/v1/youth/${encodeURIComponent(youthId)}`)
      .then((result) => {
        if (!live || !result.ok) return;
        const y = result.data;
        const name = y.legalName ? `${y.legalName.given} ${y.legalName.family}` : (y.namesUsed?.[0] ?? '');
        setNamed({ name, age: ageOn(y, new Date()) });
      });
    return () => {
      live = false;
    };
  }, [youthId, online]);
  return named;
}

/** "María José Hernández, 15 years old", "a youth not identified yet", or, offline, "the youth you chose". */
export function youthText(youthId: string | null, named: YouthNamed | null | undefined, t: Translate): string {
  if (!youthId) return t('screeningForm.youth.unidentified');
  if (!named) return t('screeningForm.youth.nameLater');
  return named.age === null
    ? t('screeningForm.youth.named', { name: named.name })
    : t('screeningForm.youth.namedAge', { name: named.name, age: named.age });
}
