import { DEFAULT_TIME_ZONE, formatInZone } from '@harbor/core';
import { useCallback } from 'react';
import { useMessages } from './i18n';
import { useSession } from './session';

/** The county's time zone (HARBOR_TIME_ZONE, from the session), for the wall-clock times people type in. */
export function useCountyZone(): string {
  const { state } = useSession();
  return (state.status === 'signedIn' ? state.info.timeZone : undefined) ?? DEFAULT_TIME_ZONE;
}

/** The zone's short name now ("PST", "PDT"), to say what clock a time field reads. */
export function zoneName(zone: string, locale: 'en' | 'es', at = new Date()): string {
  return (
    new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { timeZone: zone, timeZoneName: 'short' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? zone
  );
}

/** The zone by its everyday name and its city: "Pacific Time (Los Angeles)", "hora del Pacífico (Los Angeles)". */
export function zoneLongName(zone: string, locale: 'en' | 'es', at = new Date()): string {
  const name =
    new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value ?? zone;
  const city = zone.split('/').pop()?.replaceAll('_', ' ');
  return city && city !== zone ? `${name} (${city})` : name;
}

/**
 * Times as the county reads them: in its time zone (HARBOR_TIME_ZONE, Los Angeles by default) whatever the device's own
 * zone, with the zone's abbreviation, in the user's language.
 */
export function useCountyTime(): (iso: string) => string {
  const { locale } = useMessages();
  const { state } = useSession();
  const zone = (state.status === 'signedIn' ? state.info.timeZone : undefined) ?? DEFAULT_TIME_ZONE;
  return useCallback((iso: string) => formatInZone(new Date(iso), zone, locale), [zone, locale]);
}
