import { randomBytes } from 'node:crypto';
import { Command, InvalidArgumentError } from 'commander';
import type { Database } from '../../db/client.ts';
import { serveControlSocket } from '../../db/control-socket.ts';
import { buildApp } from '../../http/app.ts';
import { startJobs } from '../../jobs/boss.ts';
import { registerMaintenanceJobs } from '../../jobs/maintenance.ts';
import { systemActor } from '../../modules/audit/index.ts';
import { failAbandonedImports, IMPORT_STALE_SECONDS } from '../../modules/customers/index.ts';
import { loadDemo } from '../../modules/demo/index.ts';
import { registerMessagingJobs } from '../../modules/messaging/mount.ts';
import { registerCollectionsJobs } from '../../modules/collections/mount.ts';
import { registerSurveysJobs } from '../../modules/surveys/mount.ts';
import { registerMarketingJobs } from '../../modules/marketing/mount.ts';
import { registerTicketsJobs } from '../../modules/tickets/mount.ts';
import { findSampleMobiles } from '../../modules/customers/index.ts';
import { telephonyOf } from '../../modules/telephony/index.ts';
import { createUser, hasAnyUser } from '../../modules/users/index.ts';
import { openFromCli } from '../open.ts';
import { globalFlags, type Run } from '../run.ts';

const BOOTSTRAP_LOCK = 72_430_002;
const JOBS_LOCK = 72_430_003;
/** SIGTERM to exit: systemd's and Docker's default grace periods are 90 s and 10 s. */
const SHUTDOWN_SECONDS = 10;

export function startCommand(run: Run): Command {
  return globalFlags(
    new Command('start')
      .description('start the server, the web app and the background jobs')
      .option('--port <port>', 'HTTP port (default 8080, or PORT)', parsePort)
      .option('--host <address>', 'address to listen on (default 0.0.0.0, or HOST; 127.0.0.1 with --demo)')
      .option('--demo', 'load the demo data into a database that has no users yet; listen on 127.0.0.1 only'),
  ).action((opts) =>
    run(opts, async (out) => {
      const { config, database } = await openFromCli(opts);
      const logger = {
        level: config.logLevel,
        ...(process.stdout.isTTY && !opts.json
          ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss' } } }
          : {}),
      };
      const { app, ctx } = await buildApp({ database, config, logger });
      await reportAbandonedImports(database, (text) => app.log.warn(text));

      // Several processes may start at once on one PostgreSQL: one of them bootstraps.
      await database.withExclusiveLock(BOOTSTRAP_LOCK, async () => {
        if (await hasAnyUser(database)) return;
        if (opts.demo) {
          const demo = await loadDemo(database, ctx.settings);
          out.notice('Demo data loaded. Sign in with one of these accounts:');
          for (const l of demo.logins) out.notice(`  ${l.username.padEnd(12)} ${l.role.padEnd(11)} ${l.password}`);
        } else {
          // First start: one admin with a random password, shown only now.
          const password = `${randomBytes(9).toString('base64url')}-${randomBytes(3).toString('hex')}`;
          await createUser(database, systemActor('first-start'), {
            username: 'admin',
            display_name: 'مدير النظام',
            role: 'admin',
            password,
          });
          out.notice(`First start: created user "admin" with password ${password}`);
          out.notice('Write it down now: it is not shown again (reset it with `tawasul users set-password`).');
        }
      });

      // pg-boss creates its tables and queues on start; processes starting together take turns.
      const boss = await database.withExclusiveLock(JOBS_LOCK, async () => {
        const started = await startJobs({
          database,
          databaseUrl: config.databaseUrl,
          expireSeconds: config.jobExpireSeconds,
          onError: (e) => app.log.error({ err: e }, 'job queue error'),
        });
        await registerMaintenanceJobs(started, database);
        await registerMessagingJobs(started, ctx, app.log);
        await registerCollectionsJobs(started, ctx, app.log);
        await registerTicketsJobs(started, ctx, app.log);
        await registerSurveysJobs(started, ctx, app.log);
        await registerMarketingJobs(started, ctx, app.log);
        return started;
      });

      // The telephone: the adapter of TAWASUL_TELEPHONY and the routing runtime; with --demo the
      // simulator brings callers (from the demo customers' numbers) and simulated colleagues.
      try {
        const runtime = await telephonyOf(ctx, {
          demo: Boolean(opts.demo),
          knownNumbers: await findSampleMobiles(database.db, 300),
          log: (level, message, data) => app.log[level](data ?? {}, message),
        });
        out.notice(`Telephony: ${runtime.port.name}${runtime.simulator && opts.demo ? ' (a simulated center)' : ''}.`);
      } catch (error) {
        app.log.error({ err: error }, 'telephony did not start; calls are unavailable until it does');
      }

      // The demo's passwords are published: a demo listens on this machine only unless told otherwise.
      const host = config.host ?? (opts.demo ? '127.0.0.1' : '0.0.0.0');
      await app.listen({ port: config.port, host });
      const address = app.server.address();
      const port = typeof address === 'object' && address ? address.port : config.port;
      const url = `http://localhost:${port}`;
      out.line(`Tawasul is running on ${url} (${database.description})`);
      if (opts.demo && config.host === undefined) {
        out.notice(
          'Demo: listening on 127.0.0.1 only, since the demo passwords are public. Give --host 0.0.0.0 to open it to the network.',
        );
      } else {
        out.notice(`Listening on ${host}, port ${port}.`);
      }
      out.summary({ ok: true, url, host, database: database.kind });

      // The embedded database allows one process: `tawasul backup` asks this one for its snapshot.
      const closeControl =
        database.kind === 'pglite' && !config.dataDir.startsWith('memory://')
          ? await serveControlSocket(config.dataDir, database)
          : undefined;

      await new Promise<void>((resolve) => {
        let stopping = false;
        const stop = async (signal: NodeJS.Signals) => {
          if (stopping) return;
          stopping = true;
          app.log.info({ signal }, 'shutting down: no new jobs or connections, finishing what is in flight');
          let finished = false;
          // Whatever still runs after 10 s (a stuck job, a hung connection) does not hold the stop.
          setTimeout(() => {
            app.log.error('shutdown took longer than 10 s: exiting now');
            process.exit(finished ? 0 : 1);
          }, SHUTDOWN_SECONDS * 1000).unref();
          // Stop taking jobs and new requests at once; each waits for its own in-flight work.
          await Promise.all([
            boss
              .stop({ graceful: true, wait: true, timeout: (SHUTDOWN_SECONDS - 2) * 1000 })
              .catch((error: unknown) => app.log.error({ err: error }, 'job queue did not stop cleanly')),
            app.close(),
          ]);
          await closeControl?.();
          await database.close();
          finished = true;
          app.log.info('stopped');
          resolve();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    }),
  );
}

/**
 * Imports left `queued` or `running` by a process that stopped end as failed. The embedded
 * database has one process at a time, so all of them are abandoned; on PostgreSQL only those
 * without a heartbeat for IMPORT_STALE_SECONDS (other processes may be running theirs), and the
 * every-minute maintenance job catches the rest.
 */
export async function reportAbandonedImports(database: Database, warn: (text: string) => void) {
  const ids = await failAbandonedImports(database, database.kind === 'pglite' ? 0 : IMPORT_STALE_SECONDS);
  if (ids.length > 0)
    warn(`${ids.length} import(s) interrupted by a stop of the server marked failed: ${ids.join(', ')}`);
  return ids;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('a port is a number from 0 to 65535');
  return port;
}
