import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database } from '../../db/client.ts';
import { systemActor } from '../audit/index.ts';
import { openImportFile, processImport, startImportRun, type ImportKind } from '../customers/index.ts';
import type { SettingsService } from '../settings/index.ts';

/** Demo data goes through the real import, so it is idempotent and exercises the same rules. */
export async function importDemoFile(
  database: Database,
  settings: SettingsService,
  kind: ImportKind,
  name: string,
  content: string,
) {
  const dir = await mkdtemp(join(tmpdir(), 'tawasul-demo-'));
  try {
    const path = join(dir, name);
    await writeFile(path, content);
    const opened = await openImportFile(path, kind);
    const run = await startImportRun(database, systemActor('demo'), kind, name, opened.totalBytes);
    const { inserted, updated, unchanged, rejected } = await processImport(
      database,
      settings,
      { id: run.id, kind, totalBytes: opened.totalBytes },
      opened.file,
    );
    return { inserted, updated, unchanged, rejected };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
