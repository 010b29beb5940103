import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { buildApp } from './app.ts';

it('serves the built web app at / and answers every unknown page with index.html (SPA), in Arabic RTL', async () => {
  const dist = mkdtempSync(join(tmpdir(), 'tawasul-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="ar" dir="rtl"><body>تواصل</body></html>');
  writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  const database = await openDatabase({ dataDir: 'memory://' });
  const { app } = await buildApp({ database, config: loadConfig({ TAWASUL_WEB_DIST: dist }) });
  try {
    for (const url of ['/', '/users', '/customers/C000123', '/login?redirect=%2Fsettings']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toContain('<html lang="ar" dir="rtl">');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
    const asset = await app.inject({ method: 'GET', url: '/assets/app-1234.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    const api = await app.inject({ method: 'GET', url: '/api/v1/nothing' });
    expect(api.statusCode).toBe(404);
    expect(api.json().code).toBe('route_not_found');
    const missingAsset = await app.inject({ method: 'POST', url: '/users' });
    expect(missingAsset.statusCode).toBe(404);
  } finally {
    await app.close();
    await database.close();
  }
});
