import { stat } from 'node:fs/promises';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../audit/index.ts';
import type { SettingsService } from '../settings/index.ts';
import type { ImportKind } from './domain/import-formats.ts';
import { checkImportFile, ImportFormatError, readImportFile, type FileRows } from './import-file-reader.ts';
import { touchImports, updateImport } from './import.repository.ts';
import {
  HEARTBEAT_MS,
  importErrors,
  processImport,
  startImportRun,
  type ImportError,
  type ImportLog,
} from './import.service.ts';
import { XlsxTooLargeError } from './xlsx-limits.ts';

// At most `concurrency` imports of this process read and write at once, each in bounded memory
// (the CSV a record at a time, the XLSX within xlsx-limits.ts); the others wait as `queued`.
// The uploaded file stays on this process's disk, so this process runs it; its heartbeat on
// the queued rows tells other processes that they are not abandoned.

type Run = Awaited<ReturnType<typeof startImportRun>>;
type Waiting = { run: Run; path: string; kind: ImportKind; cleanup: () => Promise<void> };

export type ImportSubmission = {
  path: string;
  kind: ImportKind;
  fileName: string;
  actor: Actor;
  /** Removes the uploaded file once the import has ended. */
  cleanup: () => Promise<void>;
};

export class ImportRunner {
  private active = 0;
  private readonly waiting: Waiting[] = [];
  private readonly heartbeat: NodeJS.Timeout;

  constructor(
    private readonly database: Database,
    private readonly settings: SettingsService,
    private readonly concurrency: number,
    private readonly log: ImportLog,
  ) {
    this.heartbeat = setInterval(() => {
      const ids = this.waiting.map((w) => w.run.id);
      touchImports(this.database.db, ids).catch((error: unknown) =>
        this.log.error({ err: error }, 'queued imports heartbeat failed'),
      );
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /**
   * Checks the file and records the run, then starts it now or queues it. A file that is not in
   * the format or over the size limits throws (ImportFormatError, XlsxTooLargeError) before
   * anything is recorded.
   */
  async submit(input: ImportSubmission): Promise<Run> {
    const { size } = await stat(input.path);
    if (this.active < this.concurrency) {
      this.active++;
      let file: FileRows | undefined;
      try {
        file = await readImportFile(input.path, input.kind);
        const run = await startImportRun(this.database, input.actor, input.kind, input.fileName, size, 'running');
        void this.process(run, file, input.cleanup);
        return run;
      } catch (error) {
        await file?.close();
        this.release();
        throw error;
      }
    }
    // Only the cheap checks now (a CSV's header, an XLSX's sizes): the workbook is read when its turn comes.
    await checkImportFile(input.path, input.kind);
    const run = await startImportRun(this.database, input.actor, input.kind, input.fileName, size, 'queued');
    this.waiting.push({ run, path: input.path, kind: input.kind, cleanup: input.cleanup });
    this.startWaiting();
    return run;
  }

  /** 1 for the next import to start, null when the import is not waiting in this process. */
  queuePosition(id: string): number | null {
    const at = this.waiting.findIndex((w) => w.run.id === id);
    return at < 0 ? null : at + 1;
  }

  /** Imports reading or writing now. */
  get running(): number {
    return this.active;
  }

  close(): void {
    clearInterval(this.heartbeat);
  }

  private async process(run: Run, file: FileRows, cleanup: () => Promise<void>) {
    try {
      await processImport(
        this.database,
        this.settings,
        { id: run.id, kind: run.kind as ImportKind, totalBytes: run.totalBytes },
        file,
        undefined,
        this.log,
      );
    } catch (error) {
      this.log.error({ err: error, importId: run.id }, 'import failed');
    } finally {
      await cleanup().catch(() => undefined);
      this.release();
    }
  }

  private release() {
    this.active--;
    this.startWaiting();
  }

  private startWaiting() {
    while (this.active < this.concurrency && this.waiting.length > 0) {
      const next = this.waiting.shift()!;
      this.active++;
      void this.openAndProcess(next);
    }
  }

  private async openAndProcess({ run, path, kind, cleanup }: Waiting) {
    let file: FileRows;
    try {
      file = await readImportFile(path, kind);
    } catch (error) {
      const known = error instanceof ImportFormatError || error instanceof XlsxTooLargeError;
      if (!known) this.log.error({ err: error, importId: run.id }, 'opening a queued import failed');
      const safe: ImportError = known
        ? { code: error.code, message: error.en, message_ar: error.ar }
        : importErrors.import_failed;
      await updateImport(this.database.db, run.id, { status: 'failed', error: safe, finishedAt: new Date() }).catch(
        (e: unknown) => this.log.error({ err: e, importId: run.id }, 'recording the end of an import failed'),
      );
      await cleanup().catch(() => undefined);
      this.release();
      return;
    }
    await this.process(run, file, cleanup);
  }
}
