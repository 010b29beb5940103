/** What a command prints: human lines on stdout, and with --json a final JSON summary line. */
export class Output {
  constructor(readonly json: boolean) {}

  line(text: string) {
    if (!this.json) process.stdout.write(`${text}\n`);
  }

  /** Printed even with --json: what must not be missed (a password shown once). */
  notice(text: string) {
    process.stdout.write(`${text}\n`);
  }

  /** Always printed; with --json it is the last line on stdout. */
  summary(value: Record<string, unknown>, human?: string) {
    if (this.json) process.stdout.write(`${JSON.stringify(value)}\n`);
    else if (human) process.stdout.write(`${human}\n`);
  }

  error(text: string) {
    process.stderr.write(`${text}\n`);
  }
}

/** Exit codes of every command. */
export const exitCodes = { ok: 0, failed: 1, usage: 2 } as const;

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
