import './styles/uswds.scss';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { initI18n } from './i18n';
import { registerServiceWorker } from './register-service-worker';
import { router } from './router';
import { firstSession } from './session';

// The first page is drawn knowing who is signed in (index.html fetches it beside the app, so the answer is normally
// here already) and in its language (English comes with the app; another one's messages arrive first): nothing is
// drawn twice, and nothing moves when the answer comes. Not a top-level await: opened offline, the session is read
// from the device's storage by a module fetched with import(), which imports from this chunk, so this chunk must have
// finished running by then.
async function start(): Promise<void> {
  await Promise.all([firstSession(), initI18n()]);
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
  registerServiceWorker();
}

void start();
