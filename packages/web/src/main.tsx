import './styles/uswds.scss';
import './styles/app.css';
import { options } from 'preact';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { initI18n } from './i18n';
import { registerServiceWorker } from './register-service-worker';
import { router } from './router';
import { firstSession } from './session';

// The build runs the app on Preact (vite.config.ts), which runs effects (useEffect) after the next frame; React runs
// them sooner, and the pages rely on it (an effect moves focus to the step, the alert or the confirmation an update
// showed, and the browser tests look for it there at once). Here Preact runs them as React does: those of an update
// made in a user's event (a click, a key, typing) right after it is drawn, in the same task (Preact draws it in a
// microtask while the event is still being dispatched: window.event is set), any other update's in the next task
// (a MessageChannel message, as React's scheduler).
/** The user's events whose updates React treats as urgent ("discrete"), those of them the browser fires on a page. */
const USER_EVENTS = new Set([
  ...['click', 'dblclick', 'contextmenu', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'touchstart', 'touchend'],
  ...['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'change', 'submit', 'reset', 'invalid'],
  ...['focusin', 'focusout', 'focus', 'blur', 'copy', 'cut', 'paste'],
]);
const nextTask = new MessageChannel();
options.requestAnimationFrame = (runEffects) => {
  if (window.event && USER_EVENTS.has(window.event.type)) {
    queueMicrotask(runEffects);
  } else {
    nextTask.port1.onmessage = runEffects;
    nextTask.port2.postMessage(null);
  }
};

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
