// `npm run bench`: every benchmark prints its figures and its ratio to a ceiling measured in
// the same run. Figures are printed, never asserted. BENCH_ONLY=name runs one benchmark.
import { runAcdBenchmark } from './acd.bench.ts';
import { runAgentsBenchmark } from './agents.bench.ts';
import { runAuthMeBenchmark } from './auth-me.bench.ts';
import { runCustomersBenchmark } from './customers.bench.ts';
import { runDailyRunBenchmark } from './daily-run.bench.ts';
import { runDialerBenchmark } from './dialer.bench.ts';
import { runImportsMemoryBenchmark } from './imports-memory.bench.ts';
import { runLiveBenchmark } from './live.bench.ts';
import { runSimulatorWorldBenchmark } from './simulator-world.bench.ts';
import { runSmsOutboxBenchmark } from './sms-outbox.bench.ts';
import { runTicketsBenchmark } from './tickets.bench.ts';
import { runCallCenterBenchmark } from './call-center.bench.ts';
import { runWallboardBenchmark } from './wallboard.bench.ts';

const benchmarks: Record<string, () => Promise<void>> = {
  'auth-me': runAuthMeBenchmark,
  agents: runAgentsBenchmark,
  'sms-outbox': runSmsOutboxBenchmark,
  customers: runCustomersBenchmark,
  'imports-memory': runImportsMemoryBenchmark,
  'daily-run': runDailyRunBenchmark,
  tickets: runTicketsBenchmark,
  live: runLiveBenchmark,
  acd: runAcdBenchmark,
  'simulator-world': runSimulatorWorldBenchmark,
  'call-center': runCallCenterBenchmark,
  dialer: runDialerBenchmark,
  wallboard: runWallboardBenchmark,
};

const only = process.env.BENCH_ONLY;
for (const [name, run] of Object.entries(benchmarks)) {
  if (only && only !== name) continue;
  await run();
}
process.exit(0);
