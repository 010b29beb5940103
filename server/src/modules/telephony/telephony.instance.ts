// The telephony runtime of an app context: made once per process, on first use (routes) or by
// `tawasul start` (which also decides whether the simulator brings a living demo center).
import type { AppContext } from '../../http/context.ts';
import type { Timers } from '../../shared/clock.ts';
import type { Speed } from './adapters/simulator/virtual-clock.ts';
import type { TelephonyPort } from './port.ts';
import { databaseStore } from './runtime/database-store.ts';
import type { CallCenterLog } from './runtime/call-center.ts';
import { createTelephonyRuntime, type TelephonyRuntime } from './telephony.runtime.ts';

type TelephonyHost = Pick<AppContext, 'database' | 'config' | 'settings'>;

const runtimes = new WeakMap<object, Promise<TelephonyRuntime>>();

export type StartTelephonyOptions = {
  /** `tawasul start --demo`: simulated callers and colleagues unless TAWASUL_SIM_TRAFFIC says otherwise. */
  demo?: boolean;
  log?: CallCenterLog;
  knownNumbers?: readonly string[];
  /** Tests drive the simulator's clock themselves ('max'). */
  simulatorSpeed?: Speed;
  /** Tests script the switch (testing/scripted-port.ts) instead of the configured adapter. */
  port?: { port: TelephonyPort; timers: Timers };
};

/** The runtime of `ctx`, started with `options` the first time. */
export function telephonyOf(ctx: TelephonyHost, options: StartTelephonyOptions = {}): Promise<TelephonyRuntime> {
  let runtime = runtimes.get(ctx);
  if (!runtime) {
    const traffic = ctx.config.telephony.simulator.traffic ?? (options.demo ? 'demo' : 'none');
    runtime = createTelephonyRuntime({
      database: ctx.database,
      config: ctx.config,
      settings: ctx.settings,
      store: databaseStore(ctx.database, ctx.config.telephony.adapter),
      traffic: traffic === 'demo',
      ...(options.log ? { log: options.log } : {}),
      ...(options.knownNumbers ? { knownNumbers: options.knownNumbers } : {}),
      ...(options.simulatorSpeed !== undefined ? { simulatorSpeed: options.simulatorSpeed } : {}),
      ...(options.port ? { port: options.port } : {}),
    });
    runtimes.set(ctx, runtime);
    // A failed start is not kept: the next use tries again (the switch may be back).
    runtime.catch(() => runtimes.delete(ctx));
  }
  return runtime;
}

export async function closeTelephony(ctx: TelephonyHost): Promise<void> {
  const runtime = runtimes.get(ctx);
  runtimes.delete(ctx);
  if (runtime) await (await runtime.catch(() => null))?.close();
}
