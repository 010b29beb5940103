// Loads CSV lines through the real import (the same path as `tawasul import` and the web),
// so tests start from data that passed every import rule.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../db/client.ts';
import { systemActor } from '../modules/audit/index.ts';
import { openImportFile, processImport, startImportRun, type ImportKind } from '../modules/customers/index.ts';
import { SettingsService } from '../modules/settings/index.ts';

let dir: string | undefined;
let n = 0;

export async function loadImport(database: Database, kind: ImportKind, lines: string[]) {
  dir ??= mkdtempSync(join(tmpdir(), 'tawasul-fixture-'));
  const path = join(dir, `${n++}.csv`);
  writeFileSync(path, lines.join('\n') + '\n');
  const opened = await openImportFile(path, kind);
  const run = await startImportRun(database, systemActor('test'), kind, 'test', opened.totalBytes);
  return processImport(
    database,
    new SettingsService(database, {}),
    { id: run.id, kind, totalBytes: opened.totalBytes },
    opened.file,
  );
}
