import type { Locale } from '@harbor/core';
import { useEffect, useState } from 'react';
import { type OfferedInstruments, offeredInstruments } from '../../offline/instruments';
import { inLocale } from './text';

export type Offered = OfferedInstruments | null | 'loading';

/** The offered instruments; loading them also keeps each one on the device, for screening offline later. */
export function useOffered(): Offered {
  const [offered, setOffered] = useState<Offered>('loading');
  useEffect(() => {
    let live = true;
    void offeredInstruments().then((result) => {
      if (live) setOffered(result);
    });
    return () => {
      live = false;
    };
  }, []);
  return offered;
}

/** Instrument titles by id, in the user's language. */
export function titlesOf(offered: Offered, locale: Locale): Map<string, string> {
  if (offered === 'loading' || offered === null) return new Map();
  return new Map(offered.instruments.map((i) => [i.id, inLocale(i.title, locale)]));
}
