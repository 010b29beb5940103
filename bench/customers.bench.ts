// Issue 3 benchmarks.
// - Import of N customer rows (four phone columns each) from CSV, on PostgreSQL and on the
//   embedded database: rows/s, peak memory, and the ratio to a bare COPY of the same file.
// - Search latency p50/p99 over N customers for a name, a number and a phone form, through the
//   API, with the ratio to the bare indexed query.
// BENCH_IMPORT_ROWS and BENCH_SEARCH_ROWS (default 1,000,000) make quicker runs possible.
import { createReadStream, createWriteStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { from as copyFrom } from 'pg-copy-streams';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { loadConfig } from '../server/src/config.ts';
import { buildApp } from '../server/src/http/app.ts';
import { systemActor } from '../server/src/modules/audit/index.ts';
import { openImportFile, processImport, startImportRun } from '../server/src/modules/customers/index.ts';
import { SettingsService } from '../server/src/modules/settings/index.ts';
import { createUser } from '../server/src/modules/users/index.ts';
import {
  openTestDatabase,
  postgresReachable,
  testDatabaseUrl,
  type DatabaseKind,
} from '../server/src/testing/test-database.ts';
import { printFigure } from './harness.ts';

const importRows = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const searchRows = Number(process.env.BENCH_SEARCH_ROWS ?? 1_000_000);
const names = ['محمد', 'أحمد', 'عبدالله', 'خالد', 'فهد', 'سارة', 'نورة', 'فاطمة', 'ريم', 'أسامة'];
const families = ['العتيبي', 'القحطاني', 'الغامدي', 'الزهراني', 'الدوسري', 'الشهري', 'الحربي', 'المطيري'];

async function writeCustomersCsv(path: string, rows: number) {
  const out = createWriteStream(path);
  out.write(
    'customer_no,name,type,category,country,city,mobile,landline,work_phone,home_phone,email,fax,key_account,sms_opt_out\n',
  );
  for (let n = 1; n <= rows; n++) {
    const tail = String(n % 10_000_000).padStart(7, '0');
    const line = `B${n},${names[n % 10]} ${names[(n >> 3) % 10]} ${families[n % 8]},current,${'ABC'[n % 3]},SA,الرياض,055${tail},011${tail},012${tail},013${tail},,,false,false\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Peak resident memory while `work` runs, sampled every 50 ms. */
async function withPeakMemory<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number; seconds: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  try {
    const result = await work();
    return { result, peakMb: peak / 1048576, seconds: (performance.now() - started) / 1000 };
  } finally {
    clearInterval(timer);
  }
}

const rawTable = `create table bench_raw (customer_no text, name text, type text, category text, country text, city text, mobile text,
  landline text, work_phone text, home_phone text, email text, fax text, key_account text, sms_opt_out text)`;

async function bareCopySeconds(kind: DatabaseKind, path: string): Promise<number> {
  if (kind === 'postgres') {
    const client = new pg.Client({ connectionString: testDatabaseUrl });
    await client.connect();
    try {
      await client.query('drop table if exists bench_raw');
      await client.query(rawTable);
      const started = performance.now();
      // The same file streamed with COPY: the ceiling for getting these rows into PostgreSQL.
      await pipeline(
        createReadStream(path),
        client.query(copyFrom(`copy bench_raw from stdin with (format csv, header true)`)),
      );
      return (performance.now() - started) / 1000;
    } finally {
      await client.query('drop table if exists bench_raw');
      await client.end();
    }
  }
  const db = await PGlite.create();
  try {
    await db.exec(rawTable);
    const blob = new Blob([await readFile(path)]);
    const started = performance.now();
    await db.query(`copy bench_raw from '/dev/blob' with (format csv, header true)`, [], { blob });
    return (performance.now() - started) / 1000;
  } finally {
    await db.close();
  }
}

async function importBenchmark(kinds: DatabaseKind[]) {
  console.log(`\n# import of ${importRows.toLocaleString('en')} customer rows with four phone columns`);
  const dir = await mkdtemp(join(tmpdir(), 'tawasul-bench-'));
  const path = join(dir, 'customers.csv');
  try {
    await writeCustomersCsv(path, importRows);
    for (const kind of kinds) {
      const copy = await bareCopySeconds(kind, path);
      const database = await openTestDatabase(kind);
      try {
        const settings = new SettingsService(database, {});
        const { result, peakMb, seconds } = await withPeakMemory(async () => {
          const opened = await openImportFile(path, 'customers');
          const run = await startImportRun(database, systemActor('bench'), 'customers', 'bench.csv', opened.totalBytes);
          return processImport(
            database,
            settings,
            { id: run.id, kind: 'customers', totalBytes: opened.totalBytes },
            opened.file,
          );
        });
        printFigure(`bare COPY on ${kind} (ceiling)`, { rows_per_s: importRows / copy, seconds: copy });
        printFigure(`import on ${kind}`, {
          rows_per_s: importRows / seconds,
          seconds,
          peak_rss_mb: peakMb,
          ratio_to_copy: copy / seconds,
          inserted: result.inserted,
          rejected: result.rejected,
        });
      } finally {
        await database.close();
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

async function searchBenchmark(kinds: DatabaseKind[]) {
  console.log(`\n# search over ${searchRows.toLocaleString('en')} customers (p50/p99 in ms, 200 queries each)`);
  for (const kind of kinds) {
    const database = await openTestDatabase(kind);
    try {
      // Rows are generated in the database: the benchmark measures search, not loading.
      await database.executeSql(`
        insert into customers (customer_no, name, name_norm, type, category, country)
        select 'S' || g, 'اسم ' || g, 'اسم ' || g || ' ' || (array['احمد','محمد','اسامه','فاطمه','نوره'])[1 + g % 5] || ' ' || g % 9973, 'current', 'A', 'SA'
          from generate_series(1, ${searchRows}) g`);
      await database.executeSql(`
        insert into contact_points (customer_id, kind, raw, e164, valid, number_type)
        select id, 'mobile', '05' || lpad((substring(customer_no from 2))::text, 8, '0'), '+9665' || lpad((substring(customer_no from 2))::text, 8, '0'), true, 'mobile'
          from customers`);
      await database.executeSql('analyze');
      const { app } = await buildApp({
        database,
        config: loadConfig({ TAWASUL_WEB_DIST: '/nonexistent' }),
        loginRatePerMinute: 1000,
      });
      await createUser(database, systemActor('bench'), {
        username: 'bench.sup',
        display_name: 'قياس',
        role: 'supervisor',
        password: 'Measure-Speed-2026',
      });
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'bench.sup', password: 'Measure-Speed-2026' },
      });
      const cookie = `tawasul_session=${login.cookies[0]!.value}`;
      const pick = (i: number) => 1 + ((i * 7919) % searchRows);
      const cases: Array<[string, (i: number) => string, (i: number) => [string, unknown[]]]> = [
        [
          'a name fragment (rare)',
          (i) => `اسامه ${pick(i) % 9973}`,
          (i) => [`select id from customers where name_norm like $1 limit 50`, [`%اسامه ${pick(i) % 9973}%`]],
        ],
        [
          'a customer number',
          (i) => `S${pick(i)}`,
          (i) => [`select id from customers where customer_no = $1`, [`S${pick(i)}`]],
        ],
        [
          'a phone typed +966 5X XXX XXXX',
          (i) => {
            const d = String(pick(i)).padStart(8, '0');
            return `+966 5${d.slice(0, 1)} ${d.slice(1, 4)} ${d.slice(4)}`;
          },
          (i) => [
            `select customer_id from contact_points where e164 = $1`,
            [`+9665${String(pick(i)).padStart(8, '0')}`],
          ],
        ],
      ];
      for (const [label, query, bare] of cases) {
        const api: number[] = [];
        const raw: number[] = [];
        for (let i = 0; i < 200; i++) {
          const [text, values] = bare(i);
          let t = performance.now();
          await database.executeSql(text, values);
          raw.push(performance.now() - t);
          t = performance.now();
          const r = await app.inject({
            method: 'GET',
            url: `/api/v1/customers?q=${encodeURIComponent(query(i))}`,
            headers: { cookie },
          });
          api.push(performance.now() - t);
          if (r.statusCode !== 200) throw new Error(`search failed: ${r.body}`);
        }
        api.sort((a, b) => a - b);
        raw.sort((a, b) => a - b);
        printFigure(`search ${label} on ${kind}`, {
          p50_ms: percentile(api, 0.5),
          p99_ms: percentile(api, 0.99),
          bare_p50_ms: percentile(raw, 0.5),
          bare_p99_ms: percentile(raw, 0.99),
          ratio_p50: percentile(api, 0.5) / Math.max(percentile(raw, 0.5), 0.001),
        });
      }
      await app.close();
    } finally {
      await database.close();
    }
  }
}

export async function runCustomersBenchmark() {
  const kinds: DatabaseKind[] = (await postgresReachable()) ? ['postgres', 'pglite'] : ['pglite'];
  if (kinds.length === 1)
    console.log('SKIPPED: PostgreSQL not reachable — customers benchmarks on the embedded database only');
  await importBenchmark(kinds);
  await searchBenchmark(kinds);
}
