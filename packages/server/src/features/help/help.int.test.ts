import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../testing/app.js';

// The route reads the configuration only (no table), so one database engine is enough.
describe('GET /api/v1/help/contact', () => {
  let h: TestApp | undefined;
  afterEach(async () => {
    await h?.close();
    h = undefined;
  });

  it('answers null without a session when the county set no contact', async () => {
    h = await createTestApp('sqlite');
    const res = await h.app.inject({ url: '/api/v1/help/contact' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ contact: null });
  });

  it('gives the county’s contact to anyone, signed in or not, and lists the route in the API description', async () => {
    h = await createTestApp('sqlite', {
      env: { HARBOR_HELP_CONTACT: 'Harbor help desk', HARBOR_HELP_PHONE: '(213) 555-0100' },
    });
    const res = await h.app.inject({ url: '/api/v1/help/contact', headers: { 'accept-language': 'es' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      contact: { name: 'Harbor help desk', phone: { display: '(213) 555-0100', tel: '2135550100' }, email: null },
    });
    expect(res.headers['set-cookie']).toBeUndefined();
    const spec = (await h.app.inject({ url: '/api/openapi.json' })).json();
    expect(Object.keys(spec.paths)).toContain('/api/v1/help/contact');
  });
});
