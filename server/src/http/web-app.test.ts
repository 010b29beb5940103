import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { buildApp } from './app.ts';

const bigScript = Array.from({ length: 2000 }, (_, i) => `console.log(${i});`).join('\n');

it('serves the built web app at / and answers every unknown page with index.html (SPA), in Arabic RTL', async () => {
  const dist = mkdtempSync(join(tmpdir(), 'tawasul-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><html lang="ar" dir="rtl"><body>تواصل</body></html>');
  writeFileSync(join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
  writeFileSync(join(dist, 'assets', 'big-5678.js'), bigScript);
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
    // Compressed when the browser says it can: br first, else gzip; never when it cannot.
    const big = await app.inject({
      method: 'GET',
      url: '/assets/big-5678.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(big.headers['content-encoding']).toBe('br');
    expect(big.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotliDecompressSync(big.rawPayload).toString()).toBe(bigScript);
    const gzipped = await app.inject({
      method: 'GET',
      url: '/assets/big-5678.js',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(bigScript);
    const plain = await app.inject({ method: 'GET', url: '/assets/big-5678.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(bigScript);
    // JSON too (the OpenAPI document here).
    const json = await app.inject({ method: 'GET', url: '/api/docs/json', headers: { 'accept-encoding': 'gzip' } });
    expect(json.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(json.rawPayload).toString()).openapi).toBe('3.1.0');
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
