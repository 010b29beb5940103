import type { BusEvent } from '../../events/index.ts';

/** An import run's progress, for the roles that run and watch imports (GET /imports) and target files (marketing). */
export function importProgress(runId: string): BusEvent {
  return {
    type: 'import.progress',
    id: runId,
    to: { roles: ['admin', 'manager', 'supervisor', 'it', 'marketing'] },
  };
}
