import { stat } from 'node:fs/promises';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../audit/index.ts';
import type { SettingsService } from '../settings/index.ts';
import type { ImportFormat, ImportKind } from './domain/import-formats.ts';
import { checkImportFile, ImportFormatError, readImportFile, type FileRows } from './import-file-reader.ts';
import { touchImports, updateImport } from './import.repository.ts';
import {
  HEARTBEAT_MS,
  importErrors,
  processImport,
  processRowImport,
  startImportRun,
  type ImportError,
  type ImportLog,
  type RowHandler,
} from './import.service.ts';
import { XlsxTooLargeError } from './xlsx-limits.ts';

// At most `concurrency` imports of this process read and write at once, each in bounded memory
// (the CSV a record at a time, the XLSX within xlsx-limits.ts); the others wait as `queued`.
// The uploaded file stays on this process's disk, so this process runs it; its heartbeat on
// the queued rows tells other processes that they are not abandoned.

type Run = Awaited<ReturnType<typeof startImportRun>>;
type Waiting = { run: Run; path: string; submission: ImportSubmission };

export type ImportSubmission = {
  path: string;
  fileName: string;
  actor: Actor;
  /** Removes the uploaded file once the import has ended. */
  cleanup: () => Promise<void>;
  /** Called with the run once it is recorded, before any row is applied (a work list notes its import). */
  onRecorded?: (run: Run) => Promise<void>;
} & (
  | { kind: ImportKind }
  | {
      /** Another module's format, applied by its handler (a work list's target file). */
      format: ImportFormat;
      handler: () => Promise<RowHandler<unknown>>;
    }
);

const formatOfSubmission = (s: ImportSubmission) => ('format' in s ? s.format : s.kind);
const kindOfSubmission = (s: ImportSubmission) => ('format' in s ? s.format.kind : s.kind);

const shared = new WeakMap<Database, ImportRunner>();

/** The one runner of a process for a database: customer imports and target files share its limit. */
export function sharedImportRunner(
  database: Database,
  settings: SettingsService,
  concurrency: number,
  log: ImportLog,
): ImportRunner {
  let runner = shared.get(database);
  if (!runner) {
    runner = new ImportRunner(database, settings, concurrency, log);
    shared.set(database, runner);
  }
  return runner;
}

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
    const kind = kindOfSubmission(input);
    if (this.active < this.concurrency) {
      this.active++;
      let file: FileRows | undefined;
      try {
        file = await readImportFile(input.path, formatOfSubmission(input));
        const run = await startImportRun(this.database, input.actor, kind, input.fileName, size, 'running');
        await input.onRecorded?.(run);
        void this.process(run, file, input);
        return run;
      } catch (error) {
        await file?.close();
        this.release();
        throw error;
      }
    }
    // Only the cheap checks now (a CSV's header, an XLSX's sizes): the workbook is read when its turn comes.
    await checkImportFile(input.path, formatOfSubmission(input));
    const run = await startImportRun(this.database, input.actor, kind, input.fileName, size, 'queued');
    await input.onRecorded?.(run);
    this.waiting.push({ run, path: input.path, submission: input });
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
    if (shared.get(this.database) === this) shared.delete(this.database);
  }

  private async process(run: Run, file: FileRows, submission: ImportSubmission) {
    const { cleanup } = submission;
    try {
      if ('format' in submission)
        await processRowImport(
          this.database,
          { id: run.id, kind: run.kind, totalBytes: run.totalBytes },
          file,
          submission.handler,
          undefined,
          this.log,
        );
      else
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

  private async openAndProcess({ run, path, submission }: Waiting) {
    const { cleanup } = submission;
    let file: FileRows;
    try {
      file = await readImportFile(path, formatOfSubmission(submission));
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
    await this.process(run, file, submission);
  }
}
