import { DEFAULT_TIME_ZONE, formatInZone } from '@harbor/core';
import { useCallback } from 'react';
import { useMessages } from './i18n';
import { useSession } from './session';

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
