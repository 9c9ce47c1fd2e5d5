import { useEffect } from 'react';
import { useMessages } from './i18n';
import type { AppMessageKey } from './messages';

/** Sets document.title for the current page, in the current language, and keeps it in step with the switch. */
export function usePageTitle(key: AppMessageKey): void {
  const { t } = useMessages();
  useEffect(() => {
    document.title = t('document.title', { page: t(key) });
  }, [t, key]);
}
