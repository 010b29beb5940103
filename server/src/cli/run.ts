import type { Command } from 'commander';
import { ConfigError } from '../config.ts';
import { DataDirInUseError } from '../db/client.ts';
import { isAppError } from '../http/errors.ts';
import { exitCodes, Output, UsageError } from './output.ts';

export type Run = (opts: { json?: boolean }, work: (out: Output) => Promise<number | void>) => Promise<void>;

/** The flags every command takes. */
export function globalFlags(command: Command): Command {
  return command
    .option(
      '--data-dir <dir>',
      'embedded database directory (default ./data, or TAWASUL_DATA_DIR); ignored when DATABASE_URL is set',
    )
    .option('--json', 'print a JSON summary as the last line of output');
}

/** Runs a command's work and turns its outcome into an exit code and a summary. */
export function makeRunner(setExitCode: (code: number) => void): Run {
  return async (opts, work) => {
    const out = new Output(Boolean(opts.json));
    try {
      const code = await work(out);
      setExitCode(code ?? exitCodes.ok);
    } catch (error) {
      const { code, summary } = describeFailure(error);
      out.error(summary.message);
      for (const detail of summary.details) out.error(`  - ${detail}`);
      out.summary({ ok: false, error: { code: summary.code, message: summary.message, details: summary.details } });
      setExitCode(code);
    }
  };
}

function describeFailure(error: unknown): {
  code: number;
  summary: { code: string; message: string; details: string[] };
} {
  if (error instanceof ConfigError) {
    return {
      code: exitCodes.usage,
      summary: { code: 'bad_configuration', message: 'Invalid configuration:', details: error.problems },
    };
  }
  if (error instanceof UsageError) {
    return { code: exitCodes.usage, summary: { code: 'bad_usage', message: error.message, details: [] } };
  }
  if (isAppError(error)) {
    const details = (error.errors ?? []).map((e) => `${e.field}: ${e.message} (${e.message_ar})`);
    const usage = error.status === 400 || error.status === 422;
    return {
      code: usage ? exitCodes.usage : exitCodes.failed,
      summary: { code: error.code, message: `${error.message} — ${error.messageAr}`, details },
    };
  }
  if (error instanceof DataDirInUseError) {
    return { code: exitCodes.failed, summary: { code: 'data_dir_in_use', message: error.message, details: [] } };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: exitCodes.failed, summary: { code: 'failed', message, details: [] } };
}
