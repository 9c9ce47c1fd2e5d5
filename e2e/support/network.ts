import type { Page } from 'playwright-core';

export interface Download {
  /** The address's path (/assets/index-AbC123.js). */
  path: string;
  /** Chromium's resource type: Document, Script, Stylesheet, Font, Fetch... */
  type: string;
  mimeType: string;
  /** Content-Encoding of the answer ('identity' when none). */
  encoding: string;
  /** The body's bytes as they came over the network (compressed as sent). */
  bytes: number;
  /** Everything received for it: the body and the answer's headers. */
  wireBytes: number;
}

export interface Downloads {
  /** Every finished download of the page so far. */
  all(): Download[];
  /** The JavaScript among them, and its totals in bytes (bodies as sent; with the headers). */
  scripts(): { files: Download[]; bytes: number; wireBytes: number };
  /** Resolves once no request of the page has been running for `quietMs`. */
  idle(quietMs?: number): Promise<void>;
}

/**
 * What the browser downloads for a page, from Chromium's network events (DevTools protocol): each answer's body as
 * it came over the network (the sum of Network.dataReceived's encodedDataLength), so compression counts as it does
 * for a phone, and everything received for it (Network.loadingFinished's encodedDataLength, headers included).
 * Attach before opening the page.
 */
export async function watchDownloads(page: Page): Promise<Downloads> {
  const cdp = await page.context().newCDPSession(page);
  const running = new Map<string, { path: string; type: string; mimeType: string; encoding: string; body: number }>();
  const done: Download[] = [];
  let lastChange = Date.now();
  cdp.on('Network.requestWillBeSent', (event) => {
    running.set(event.requestId, {
      path: new URL(event.request.url).pathname,
      type: event.type ?? 'Other',
      mimeType: '',
      encoding: 'identity',
      body: 0,
    });
    lastChange = Date.now();
  });
  cdp.on('Network.responseReceived', (event) => {
    const request = running.get(event.requestId);
    if (!request) return;
    const headers = Object.fromEntries(Object.entries(event.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
    request.type = event.type;
    request.mimeType = event.response.mimeType;
    request.encoding = String(headers['content-encoding'] ?? 'identity');
  });
  cdp.on('Network.dataReceived', (event) => {
    const request = running.get(event.requestId);
    if (request) request.body += event.encodedDataLength;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const request = running.get(event.requestId);
    if (!request) return;
    running.delete(event.requestId);
    const { body, ...rest } = request;
    done.push({ ...rest, bytes: body, wireBytes: event.encodedDataLength });
    lastChange = Date.now();
  });
  cdp.on('Network.loadingFailed', (event) => {
    running.delete(event.requestId);
    lastChange = Date.now();
  });
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });

  const isScript = (d: Download) => d.type === 'Script' || /javascript/.test(d.mimeType);
  return {
    all: () => [...done],
    scripts() {
      const files = done.filter(isScript);
      return {
        files,
        bytes: files.reduce((sum, f) => sum + f.bytes, 0),
        wireBytes: files.reduce((sum, f) => sum + f.wireBytes, 0),
      };
    },
    async idle(quietMs = 500) {
      const deadline = Date.now() + 30_000;
      while (running.size > 0 || Date.now() - lastChange < quietMs) {
        if (Date.now() > deadline)
          throw new Error(`requests still running: ${[...running.values()].map((r) => r.path).join(', ')}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}
