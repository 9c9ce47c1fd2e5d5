import type { MessageValues } from './i18n';

type Translate = (
  key: 'duration.minutes' | 'duration.seconds' | 'duration.minutesSeconds',
  values?: MessageValues,
) => string;

/** A span of time in words, rounded up to whole seconds: "1 minute and 5 seconds", "45 segundos". */
export function durationInWords(ms: number, t: Translate): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  if (minutes === 0) return t('duration.seconds', { count: seconds });
  if (seconds === 0) return t('duration.minutes', { count: minutes });
  return t('duration.minutesSeconds', {
    minutes: t('duration.minutes', { count: minutes }),
    seconds: t('duration.seconds', { count: seconds }),
  });
}

/** Groups a long key for reading: "JBSW Y3DP EHPK 3PXP". */
export function groupsOf(text: string, size = 4): string[] {
  const groups: string[] = [];
  for (let i = 0; i < text.length; i += size) groups.push(text.slice(i, i + size));
  return groups;
}
