/**
 * Registers the service worker that vite-plugin-pwa generates (dist/sw.js). Done from this module rather than an
 * inline script because the server's Content-Security-Policy allows scripts from 'self' only.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () => {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).catch((error: unknown) => {
      // Harbor works without it (only offline use is lost), so this is not an error for the user.
      console.warn('Harbor: service worker registration failed', error);
    });
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
