import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { LOCALES, type Locale, negotiateLocale } from '@harbor/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { Config } from '../../config/index.js';
import { makeRoutesPublic } from '../../http/access.js';
import { CONTENT_DIR, FACT_SHEET_PATHS, loadPublicContent, type PublicContent } from './content.js';
import { factSheetPdf } from './fact-sheet-pdf.js';
import { renderNotFound, renderPage, type SiteFrame } from './render.js';

/**
 * The public site's own policy, stricter than the app's: its own files only, no forms, no workers, no frames, and no
 * violation reports (a visitor's browser sends nothing anywhere). Connections may go to Harbor itself only: the
 * pages make none, but a crawler's audit (Lighthouse's robots.txt check) fetches through the page.
 */
export const PUBLIC_SITE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** A response body prepared once: as is and, for text, gzip and brotli, with its validator. */
interface Prepared {
  type: string;
  body: Buffer;
  gzip?: Buffer;
  brotli?: Buffer;
  etag: string;
}

function prepare(type: string, body: Buffer | string): Prepared {
  const buffer = Buffer.isBuffer(body) ? body : Buffer.from(body);
  const text = !type.startsWith('application/pdf'); // a PDF's streams are compressed already
  return {
    type,
    body: buffer,
    ...(text
      ? {
          gzip: gzipSync(buffer, { level: 9 }),
          brotli: brotliCompressSync(buffer, { params: { [zlib.BROTLI_PARAM_QUALITY]: 9 } }),
        }
      : {}),
    etag: `"${createHash('sha256').update(buffer).digest('base64url').slice(0, 22)}"`,
  };
}

function send(request: FastifyRequest, reply: FastifyReply, file: Prepared, cache: string, status = 200) {
  reply.header('content-type', file.type).header('cache-control', cache).header('vary', 'Accept-Encoding');
  reply.header('etag', file.etag);
  if (file.type.startsWith('text/html')) reply.header('content-security-policy', PUBLIC_SITE_CSP);
  if (status === 200 && request.headers['if-none-match'] === file.etag) return reply.status(304).send();
  const accepted = String(request.headers['accept-encoding'] ?? '');
  if (file.brotli && /\bbr\b/.test(accepted)) {
    return reply.status(status).header('content-encoding', 'br').send(file.brotli);
  }
  if (file.gzip && /\bgzip\b/.test(accepted)) {
    return reply.status(status).header('content-encoding', 'gzip').send(file.gzip);
  }
  return reply.status(status).send(file.body);
}

function readAsset(dist: string, name: string, log: FastifyInstance['log']): Buffer {
  try {
    return readFileSync(join(dist, 'site', name));
  } catch {
    log.warn({ event: 'public_site.asset_missing', name }, 'the public site asset is not built; run `npm run build`');
    return Buffer.alloc(0);
  }
}

/**
 * The public information site: server-rendered pages in English (/en/...) and Spanish (/es/...), their printable
 * fact sheets, and `/`, which sends a visitor to the language the browser asks for. Every page is rendered and
 * compressed once at start; a request reads no file and no database, sets no cookie and is logged without address.
 */
export async function publicSiteRoutes(
  app: FastifyInstance,
  options: { config: Config; webDist: string; contentDir?: string },
): Promise<void> {
  makeRoutesPublic(app);
  // Pages, not API: the API document (/api/openapi.json) leaves them out.
  app.addHook('onRoute', (route) => {
    route.schema = { ...route.schema, hide: true };
  });
  const content: PublicContent = loadPublicContent(options.contentDir ?? CONTENT_DIR);
  const siteUrl = options.config.publicUrl.origin;

  const assets = new Map<string, Prepared>();
  const addAsset = (name: string, type: string) => {
    const body = readAsset(options.webDist, name, app.log);
    const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
    const [base, extension] = name.split('.');
    const hashed = `${base}.${hash}.${extension}`;
    assets.set(hashed, prepare(type, body));
    return `/site/${hashed}`;
  };
  const stylesheet = addAsset('site.css', 'text/css; charset=utf-8');
  const script = addAsset('site.js', 'text/javascript; charset=utf-8');

  // The fact sheets are made when first asked for (most visits never do), then kept.
  const pdfs = new Map<string, Promise<Prepared>>();
  const factSheet = (locale: Locale) => {
    const path = FACT_SHEET_PATHS[locale];
    let pdf = pdfs.get(path);
    if (!pdf) {
      pdf = factSheetPdf(content, locale, `${siteUrl}/${locale}/`).then((bytes) =>
        prepare('application/pdf', Buffer.from(bytes)),
      );
      pdfs.set(path, pdf);
    }
    return pdf;
  };

  const frame: SiteFrame = {
    content,
    siteUrl,
    quickExitUrl: options.config.quickExitUrl,
    stylesheet,
    script,
  };
  const pages = new Map<string, Prepared>();
  for (const [path, page] of content.byPath)
    pages.set(path, prepare('text/html; charset=utf-8', renderPage(frame, page)));
  const notFound = Object.fromEntries(
    LOCALES.map((locale) => [locale, prepare('text/html; charset=utf-8', renderNotFound(frame, locale))]),
  ) as Record<Locale, Prepared>;

  // Pages are revalidated on every visit (the content changes with a release); hashed assets never change.
  const PAGE_CACHE = 'no-cache';
  const ASSET_CACHE = 'public, max-age=31536000, immutable';

  const toLanguage = { response: { 302: z.null().describe('To /en/ or /es/, by Accept-Language') } };
  app.get('/', { schema: toLanguage }, async (request, reply) => {
    const locale = negotiateLocale(request.headers['accept-language']);
    return reply
      .status(302)
      .header('vary', 'Accept-Language')
      .header('cache-control', 'no-cache')
      .redirect(`/${locale}/`);
  });

  for (const locale of LOCALES) {
    const serve = async (request: FastifyRequest<{ Params: { slug?: string } }>, reply: FastifyReply) => {
      const path = `/${locale}/${request.params.slug ?? ''}`;
      if (path === FACT_SHEET_PATHS[locale]) {
        reply.header('content-disposition', `inline; filename="${path.split('/').pop()}"`);
        return send(request, reply, await factSheet(locale), PAGE_CACHE);
      }
      const page = pages.get(path);
      if (page) return send(request, reply, page, PAGE_CACHE);
      return send(request, reply, notFound[locale], 'no-store', 404);
    };
    app.get(`/${locale}/`, serve);
    app.get(`/${locale}/:slug`, serve);
    app.get(`/${locale}/*`, (request, reply) => send(request, reply, notFound[locale], 'no-store', 404));
  }

  app.get<{ Params: { file: string } }>('/site/:file', async (request, reply) => {
    const asset = assets.get(request.params.file);
    if (!asset)
      return send(request, reply, notFound[negotiateLocale(request.headers['accept-language'])], 'no-store', 404);
    return send(request, reply, asset, ASSET_CACHE);
  });

  const robots = prepare(
    'text/plain; charset=utf-8',
    [
      'User-agent: *',
      'Allow: /en/',
      'Allow: /es/',
      'Disallow: /app',
      'Disallow: /api/',
      'Disallow: /sign-in',
      `Sitemap: ${siteUrl}/sitemap.xml`,
      '',
    ].join('\n'),
  );
  app.get('/robots.txt', (request, reply) => send(request, reply, robots, PAGE_CACHE));

  const sitemap = prepare(
    'application/xml; charset=utf-8',
    [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
      ...[...content.byPath.values()].map(
        (page) => `<url><loc>${siteUrl}${page.path}</loc><lastmod>${page.lastReviewed}</lastmod></url>`,
      ),
      '</urlset>',
      '',
    ].join('\n'),
  );
  app.get('/sitemap.xml', (request, reply) => send(request, reply, sitemap, PAGE_CACHE));
}
