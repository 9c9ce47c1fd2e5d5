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

/** Sources: LA County DCFS (Child Protection Hotline), LACDMH (ACCESS Helpline, CSECY fact sheet), 988 Lifeline. */
export const HOTLINES: readonly Hotline[] = [
  { id: 'lifeline988', tel: '988', display: '988' },
  { id: 'access', tel: '+18008547771', display: '(800) 854-7771' },
  {
    id: 'dcfs',
    tel: '+18005404000',
    display: '(800) 540-4000',
    more: [
      { label: 'footer.hotline.dcfs.outOfState', tel: '+12136394500', display: '(213) 639-4500' },
      { label: 'footer.hotline.dcfs.tdd', tel: '+18002726699', display: '(800) 272-6699' },
    ],
  },
  { id: 'trafficking', tel: '+18883737888', display: '(888) 373-7888' },
];
