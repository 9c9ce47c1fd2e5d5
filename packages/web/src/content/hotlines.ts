import { HOTLINES } from '@harbor/core';
import type { AppMessageKey } from '../messages';

/** A phone line shown in the footer. Numbers are the same in every language; names and descriptions are messages. */
export interface Hotline {
  id: 'lifeline988' | 'access' | 'dcfs' | 'trafficking';
  /** For the tel: link (E.164, or the short code). */
  tel: string;
  display: string;
  /** Further numbers for the same line, each with a label message. */
  more?: { label: AppMessageKey; tel: string; display: string }[];
}

/** The number of core's HOTLINES with this id (the one list: the public site, the protocol and the directory use it). */
export function numberOf(id: string): { tel: string; display: string } {
  const line = HOTLINES.find((h) => h.id === id);
  if (!line) throw new Error(`no hotline "${id}"`);
  return { tel: line.tel, display: line.number };
}

/** The footer's lines: 988, the LACDMH ACCESS Helpline, the DCFS hotline (three numbers), the trafficking hotline. */
export const HOTLINES_SHOWN: readonly Hotline[] = [
  { id: 'lifeline988', ...numberOf('988') },
  { id: 'access', ...numberOf('lacdmh_access') },
  {
    id: 'dcfs',
    ...numberOf('dcfs_child_protection_hotline'),
    more: [
      { label: 'footer.hotline.dcfs.outOfState', ...numberOf('dcfs_out_of_state') },
      { label: 'footer.hotline.dcfs.tdd', ...numberOf('dcfs_tdd') },
    ],
  },
  { id: 'trafficking', ...numberOf('national_human_trafficking_hotline') },
];
