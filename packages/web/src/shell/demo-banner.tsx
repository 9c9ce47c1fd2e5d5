import type { InstanceInfo } from '@harbor/core';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useMessages } from '../i18n';

/**
 * "Demonstration data", at the top of every page, while the server says its database holds the fictional county of
 * `harbor demo seed` (GET /api/v1/instance, asked once when the app loads). Shown only on the server's word: with no
 * answer (offline) there is no banner, so a county's own data is never labelled fictional.
 */
export function DemoBanner() {
  const { t } = useMessages();
  const [demo, setDemo] = useState(false);

  useEffect(() => {
    let current = true;
    void api.get<InstanceInfo>('/api/v1/instance', { expectUnauthorized: true }).then((result) => {
      if (current && result.ok) setDemo(result.data.demo !== null);
    });
    return () => {
      current = false;
    };
  }, []);

  if (!demo) return null;
  return (
    <section className="harbor-demo-banner" aria-labelledby="harbor-demo-heading" data-testid="demo-banner">
      <div className="usa-alert usa-alert--warning usa-alert--slim usa-alert--no-icon">
        <div className="usa-alert__body">
          <p className="usa-alert__text">
            <strong id="harbor-demo-heading">{t('shell.demo.heading')}</strong> {t('shell.demo.body')}
          </p>
        </div>
      </div>
    </section>
  );
}
