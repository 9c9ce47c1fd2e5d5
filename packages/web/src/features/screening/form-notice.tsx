import { FocusAlert } from '../../components/focus-alert';
import { useMessages } from '../../i18n';
import type { FormNotice as Notice } from './use-screening-outbox';

/** The confirmation after saving (on the server, or on this device only) or after taking the server's version. */
export function FormNotice({ notice, attempt }: { notice: Notice | null; attempt: number }) {
  const { t } = useMessages();
  switch (notice?.kind) {
    case 'savedServer':
      return (
        <FocusAlert
          key="savedServer"
          type="success"
          heading={t('screeningForm.saved.server')}
          focusKey={attempt}
          testId="saved-server"
        />
      );
    case 'savedDevice':
      return (
        <FocusAlert
          key="savedDevice"
          type="info"
          heading={t('screeningForm.saved.device')}
          focusKey={attempt}
          testId="saved-device"
        >
          <p className="usa-alert__text">{t('screeningForm.saved.deviceBody')}</p>
        </FocusAlert>
      );
    case 'taken':
      return (
        <FocusAlert
          key="taken"
          type="success"
          heading={t('screeningForm.conflict.taken')}
          focusKey={attempt}
          testId="taken"
        />
      );
    default:
      return null;
  }
}
