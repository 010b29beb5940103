#!/usr/bin/env node
// Builds the web app only when its sources changed since the last build: `npm start` used to
// rebuild it every time (1.5 minutes). The stamp in web/dist holds a hash of everything the
// build reads (web/src, web/public, the config files, the lockfile).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const webRoot = fileURLToPath(new URL('..', import.meta.url));
const STAMP = '.build-stamp';

/** The files a build reads, relative to the repository root, sorted. */
export function buildInputs(web = webRoot) {
  const root = join(web, '..');
  const files = [];
  const walk = (dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && !/\.test\.tsx?$/.test(entry.name)) files.push(path);
    }
  };
  walk(join(web, 'src'));
  walk(join(web, 'public'));
  for (const name of ['index.html', 'package.json', 'tsconfig.json', 'vite.config.ts', 'postcss.config.js']) {
    const path = join(web, name);
    if (existsSync(path)) files.push(path);
  }
  const lockfile = join(root, 'package-lock.json');
  if (existsSync(lockfile)) files.push(lockfile);
  return files.map((f) => relative(root, f)).sort();
}

/** One hash over the names and contents of the build's inputs. */
export function sourceHash(web = webRoot) {
  const root = join(web, '..');
  const hash = createHash('sha256');
  for (const file of buildInputs(web)) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(root, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

/** Whether web/dist was built from exactly these sources. */
export function isUpToDate(web = webRoot) {
  const dist = join(web, 'dist');
  const stamp = join(dist, STAMP);
  if (!existsSync(join(dist, 'index.html')) || !existsSync(stamp)) return false;
  return readFileSync(stamp, 'utf8').trim() === sourceHash(web);
}

function main() {
  if (!process.argv.includes('--force') && isUpToDate()) {
    console.log('The web app is up to date (web/dist matches its sources): not rebuilt.');
    return 0;
  }
  const hash = sourceHash();
  const started = Date.now();
  console.log('Building the web app (its sources changed since the last build) …');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['run', 'build', '--workspace', 'web'], {
    cwd: join(webRoot, '..'),
    stdio: 'inherit',
  });
  if (result.status !== 0) return result.status ?? 1;
  writeFileSync(join(webRoot, 'dist', STAMP), `${hash}\n`);
  console.log(`Built in ${Math.round((Date.now() - started) / 1000)} s.`);
  return 0;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  process.exitCode = main();
}
