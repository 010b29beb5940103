/// <reference types="node" />
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

// Issue 11: the sign-in page loaded 208 kB of script and 49 kB of styles gzipped (one 658 kB
// bundle with every language's texts, all of Mantine's CSS). Its budget (issue 11, item 21) is
// 150 kB of script gzipped; its styles get their own budget so that all of Mantine's CSS cannot
// come back. Measured on the files `npm run build` wrote (npm test builds before the tests).

const SCRIPT_BUDGET = 150 * 1024;
const STYLE_BUDGET = 12 * 1024;

type ManifestChunk = { file: string; imports?: string[]; css?: string[]; isEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;

/** The files a browser downloads for these manifest entries: each chunk, its static imports, their CSS. */
export function filesOf(manifest: Manifest, entries: readonly string[]): string[] {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build manifest`);
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const entry of entries) visit(entry);
  return [...files].sort();
}

/** What the sign-in page loads: the app's entry, the page, and its two Arabic text files. */
const signInEntries = [
  'index.html',
  'src/features/auth/routes/login-page.tsx',
  'src/i18n/locales/ar/common.json',
  'src/i18n/locales/ar/auth.json',
];

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const manifestPath = join(dist, '.vite', 'manifest.json');

function gzipped(file: string): number {
  return gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
}

describe('which files a route loads (filesOf)', () => {
  const manifest: Manifest = {
    'index.html': { file: 'assets/index.js', css: ['assets/index.css'], imports: ['_shared.js'], isEntry: true },
    '_shared.js': { file: 'assets/shared.js', imports: ['index.html'] },
    'src/page.tsx': {
      file: 'assets/page.js',
      imports: ['index.html', '_shared.js', '_input.js'],
      css: ['assets/page.css'],
    },
    '_input.js': { file: 'assets/input.js' },
    'src/other.tsx': { file: 'assets/other.js', imports: ['_big.js'] },
    '_big.js': { file: 'assets/big.js' },
  };

  it.each([
    {
      name: 'the entry, its import and its CSS (an import cycle back to the entry ends)',
      entries: ['index.html'],
      files: ['assets/index.css', 'assets/index.js', 'assets/shared.js'],
    },
    {
      name: 'a page adds its own chunk, imports and CSS, once each',
      entries: ['index.html', 'src/page.tsx'],
      files: [
        'assets/index.css',
        'assets/index.js',
        'assets/input.js',
        'assets/page.css',
        'assets/page.js',
        'assets/shared.js',
      ],
    },
  ])('$name', ({ entries, files }) => {
    expect(filesOf(manifest, entries)).toEqual(files);
  });

  it('refuses an entry the build does not have', () => {
    expect(() => filesOf(manifest, ['src/missing.tsx'])).toThrow(/not in the build manifest/);
  });
});

describe('the sign-in page budget', () => {
  it('the build wrote a manifest (run `npm run build` first)', () => {
    expect(existsSync(manifestPath), `${manifestPath} is missing: run npm run build`).toBe(true);
  });

  it.each([
    { kind: 'script', extension: /\.js$/, budget: SCRIPT_BUDGET },
    { kind: 'styles', extension: /\.css$/, budget: STYLE_BUDGET },
  ])('loads at most its budget of $kind, gzipped', ({ kind, extension, budget }) => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    const files = filesOf(manifest, signInEntries).filter((file) => extension.test(file));
    expect(files.length).toBeGreaterThan(0);
    const sizes = files.map((file) => ({ file, gzip: gzipped(file) }));
    const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
    const report = sizes
      .sort((a, b) => b.gzip - a.gzip)
      .map(({ file, gzip }) => `${(gzip / 1024).toFixed(1).padStart(6)} kB  ${file}`)
      .join('\n');
    expect(total, `sign-in ${kind}: ${(total / 1024).toFixed(1)} kB gzipped\n${report}`).toBeLessThanOrEqual(budget);
  });

  it('does not download English, the signed-in layout, charts or the date pickers', () => {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
    const files = new Set(filesOf(manifest, signInEntries));
    const later = [
      'src/i18n/locales/en/common.json',
      'src/i18n/locales/en/auth.json',
      'src/i18n/locales/ar/collections.json',
      'src/features/shell/components/app-layout.tsx',
      'src/features/tickets/routes/ticket-reports-page.tsx',
      'src/ui/notifications-package.ts',
    ];
    for (const key of later) {
      const chunk = manifest[key];
      expect(chunk, `${key} should be its own chunk in the build`).toBeDefined();
      expect(files.has(chunk!.file), `${key} is part of the sign-in page`).toBe(false);
    }
  });
});
