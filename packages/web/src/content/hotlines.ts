import { HOTLINE_LIST } from '@harbor/core';
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

/**
 * The `index`th number of a line of core's one list of hotlines (directory/hotlines.ts, which the public site, the
 * protocol and the directory read too). Read from the list itself, not the protocol's HOTLINES: the first pages carry
 * none of the protocol.
 */
export function numberOf(lineId: string, index = 0): { tel: string; display: string } {
  const number = HOTLINE_LIST.find((h) => h.id === lineId)?.numbers[index];
  if (!number) throw new Error(`no hotline "${lineId}" number ${index}`);
  return { tel: number.tel, display: number.display };
}

/** The footer's lines: 988, the LACDMH ACCESS Helpline, the DCFS hotline (three numbers), the trafficking hotline. */
export const HOTLINES_SHOWN: readonly Hotline[] = [
  { id: 'lifeline988', ...numberOf('lifeline_988') },
  { id: 'access', ...numberOf('lacdmh_access') },
  {
    id: 'dcfs',
    ...numberOf('dcfs_child_protection_hotline'),
    more: [
      { label: 'footer.hotline.dcfs.outOfState', ...numberOf('dcfs_child_protection_hotline', 1) },
      { label: 'footer.hotline.dcfs.tdd', ...numberOf('dcfs_child_protection_hotline', 2) },
    ],
  },
  { id: 'trafficking', ...numberOf('national_human_trafficking_hotline') },
];
