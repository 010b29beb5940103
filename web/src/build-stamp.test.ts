/// <reference types="node" />
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildInputs, isUpToDate, sourceHash } from '../scripts/build-if-changed.mjs';

// `npm start` rebuilt the web app every time (1.5 minutes): now only when what the build reads changed.

function fakeRepo() {
  const root = mkdtempSync(join(tmpdir(), 'tawasul-stamp-'));
  const web = join(root, 'web');
  mkdirSync(join(web, 'src', 'app'), { recursive: true });
  mkdirSync(join(web, 'dist'), { recursive: true });
  writeFileSync(join(web, 'src', 'app', 'app.tsx'), 'export const a = 1;');
  writeFileSync(join(web, 'src', 'app', 'app.test.ts'), 'test');
  writeFileSync(join(web, 'index.html'), '<div id="root"></div>');
  writeFileSync(join(web, 'vite.config.ts'), 'export default {};');
  writeFileSync(join(root, 'package-lock.json'), '{}');
  return { root, web };
}

describe('the web build stamp', () => {
  it('hashes the sources, the config files and the lockfile, not the tests', () => {
    const { web } = fakeRepo();
    expect(buildInputs(web)).toEqual([
      'package-lock.json',
      'web/index.html',
      'web/src/app/app.tsx',
      'web/vite.config.ts',
    ]);
  });

  it('is up to date only for the sources it was built from', () => {
    const { root, web } = fakeRepo();
    expect(isUpToDate(web)).toBe(false); // never built
    writeFileSync(join(web, 'dist', 'index.html'), '<html>');
    writeFileSync(join(web, 'dist', '.build-stamp'), `${sourceHash(web)}\n`);
    expect(isUpToDate(web)).toBe(true);
    // A test file changes nothing in the build.
    writeFileSync(join(web, 'src', 'app', 'app.test.ts'), 'another test');
    expect(isUpToDate(web)).toBe(true);
    for (const [file, content] of [
      [join(web, 'src', 'app', 'app.tsx'), 'export const a = 2;'],
      [join(web, 'src', 'app', 'new.tsx'), 'export const b = 1;'],
      [join(root, 'package-lock.json'), '{"lockfileVersion":3}'],
      [join(web, 'vite.config.ts'), 'export default { base: "/" };'],
    ] as const) {
      const before = sourceHash(web);
      writeFileSync(file, content);
      expect(isUpToDate(web), file).toBe(false);
      expect(sourceHash(web)).not.toBe(before);
      writeFileSync(join(web, 'dist', '.build-stamp'), sourceHash(web));
    }
  });
});
