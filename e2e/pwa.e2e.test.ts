import { describe, expect, it } from 'vitest';
import { newContext, open, visibleText } from './support/browser.js';
import { useHarborAndBrowser } from './support/harbor.js';
import { msg } from './support/messages.js';

const env = useHarborAndBrowser();

interface ManifestIcon {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('progressive web app', () => {
  it('links a valid web app manifest whose icons are reachable', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await open(page, `${env.harbor.url}/staff`);
    const href = await page.getAttribute('link[rel="manifest"]', 'href');
    expect(href).toBeTruthy();
    const manifestUrl = new URL(href!, env.harbor.url).href;
    const response = await context.request.get(manifestUrl);
    expect(response.status()).toBe(200);
    const manifest = JSON.parse(await response.text()) as Record<string, unknown> & { icons: ManifestIcon[] };
    expect(manifest).toMatchObject({ name: 'Harbor', short_name: 'Harbor', start_url: '/app', display: 'standalone' });
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);

    const wanted = [
      { size: 192, purpose: 'any' },
      { size: 512, purpose: 'any' },
      { size: 512, purpose: 'maskable' },
    ];
    for (const { size, purpose } of wanted) {
      const icon = manifest.icons.find(
        (i) => i.sizes === `${size}x${size}` && (i.purpose ?? 'any').split(' ').includes(purpose),
      );
      expect(icon, `${purpose} icon ${size}`).toBeDefined();
      const image = await context.request.get(new URL(icon!.src, manifestUrl).href);
      expect(image.status(), icon!.src).toBe(200);
      expect(image.headers()['content-type']).toContain('image/png');
      expect(pngSize(await image.body())).toEqual({ width: size, height: size });
    }
    await context.close();
  });

  it('registers a service worker for the whole origin and works offline once installed', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await open(page, `${env.harbor.url}/staff`);
    const registration = await page.evaluate(async () => {
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error('no service worker')), 20_000),
      );
      const ready = await Promise.race([navigator.serviceWorker.ready, timeout]);
      return { scope: ready.scope, script: ready.active?.scriptURL };
    });
    expect(registration).toEqual({ scope: `${env.harbor.url}/`, script: `${env.harbor.url}/sw.js` });

    // Reload so the worker controls the page, then check what it does.
    await page.reload();
    await page.locator('main h1').waitFor();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    // Server routes are never answered with the app shell, and API answers are never cached.
    const health = await page.goto(`${env.harbor.url}/healthz`);
    expect(health?.headers()['content-type']).toContain('application/json');
    // The public information site is the server's, also for a browser where the app's worker is installed.
    await page.goto(`${env.harbor.url}/`);
    expect(new URL(page.url()).pathname).toBe('/en/');
    expect(await page.locator('#quick-exit').count()).toBe(1);
    await open(page, `${env.harbor.url}/staff`);
    await page.evaluate(() => fetch('/api/v1/no-such-endpoint', { headers: { accept: 'application/json' } }));
    const cachedUrls = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) urls.push(request.url);
      }
      return urls;
    });
    expect(cachedUrls.some((url) => url.includes('/index.html'))).toBe(true);
    expect(cachedUrls.filter((url) => /\/(api|healthz|readyz)(\/|$|\?)/.test(new URL(url).pathname))).toEqual([]);

    // The app shell is precached: with the network gone, pages still open.
    await context.setOffline(true);
    await open(page, `${env.harbor.url}/about`);
    expect(await visibleText(page.locator('main h1'))).toBe(msg('en', 'about.heading'));
    await context.setOffline(false);
    await context.close();
  });
});
