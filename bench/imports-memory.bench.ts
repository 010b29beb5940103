// Issue 11 benchmark: the peak memory (resident set) of a `tawasul import` process fed a hostile
// XLSX (the zip bomb of the issue: 8 MB that inflate to 3.6 GB of shared strings, which took
// 4.56 GB and two of them killed the server) and 1,000,000 good rows, as CSV and as XLSX.
// Each import runs in its own child process, which reports its maxRSS on exit; the figures are
// compared with the 600 MB budget and with the same process importing a one-row file (the floor).
// BENCH_IMPORT_ROWS (default 1,000,000), BENCH_IMPORT_XLSX_ROWS (default the same) and
// BENCH_BOMB_MB (default 3600) make quicker runs possible.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants, crc32, createDeflateRaw } from 'node:zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import pg from 'pg';
import { postgresReachable, testDatabaseUrl } from '../server/src/testing/test-database.ts';
import { printFigure } from './harness.ts';

const rows = Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000);
const xlsxRows = Number(process.env.BENCH_IMPORT_XLSX_ROWS ?? rows);
const bombMb = Number(process.env.BENCH_BOMB_MB ?? 3600);
const budgetMb = 600;
const bin = fileURLToPath(new URL('../server/bin/tawasul.mjs', import.meta.url));
// Loaded before the command: prints the process's peak resident memory (kB) when it exits.
const reportMaxRss = `data:text/javascript,process.on('exit',()=>process.stderr.write('MAXRSS '+process.resourceUsage().maxRSS+'\\n'))`;

const names = ['محمد', 'أحمد', 'عبدالله', 'خالد', 'فهد', 'سارة', 'نورة', 'فاطمة', 'ريم', 'أسامة'];
const families = ['العتيبي', 'القحطاني', 'الغامدي', 'الزهراني', 'الدوسري', 'الشهري', 'الحربي', 'المطيري'];
const header = ['customer_no', 'name', 'type', 'category', 'country', 'city', 'mobile', 'landline'];
const row = (n: number) => {
  const tail = String(n % 10_000_000).padStart(7, '0');
  return [
    `M${n}`,
    `${names[n % 10]} ${names[(n >> 3) % 10]} ${families[n % 8]}`,
    'current',
    'ABC'[n % 3]!,
    'SA',
    'الرياض',
    `055${tail}`,
    `011${tail}`,
  ];
};

async function writeCsv(path: string, count: number) {
  const out = createWriteStream(path);
  out.write(`${header.join(',')}\n`);
  for (let n = 1; n <= count; n++) if (!out.write(`${row(n).join(',')}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

async function writeXlsx(path: string, count: number) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true });
  const sheet = workbook.addWorksheet('عملاء');
  sheet.addRow(header).commit();
  for (let n = 1; n <= count; n++) sheet.addRow(row(n)).commit();
  sheet.commit();
  await workbook.commit();
}

/**
 * A zip written entry by entry with node:zlib (deflate, level 9), streaming: the 3.6 GB of the
 * bomb are never in memory. Sizes go in a data descriptor and the central directory.
 */
async function writeZip(path: string, entries: Array<{ name: string; data: AsyncIterable<Buffer> }>) {
  const out = createWriteStream(path);
  const write = async (buffer: Buffer) => {
    if (!out.write(buffer)) await once(out, 'drain');
  };
  let offset = 0;
  const directory: Buffer[] = [];
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6); // sizes in a data descriptor; UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(nameBytes.length, 26);
    await write(Buffer.concat([local, nameBytes]));
    let crc = 0;
    let size = 0;
    let compressed = 0;
    const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
    const pumped = (async () => {
      for await (const chunk of deflate as AsyncIterable<Buffer>) {
        compressed += chunk.length;
        await write(chunk);
      }
    })();
    for await (const chunk of data) {
      crc = crc32(chunk, crc);
      size += chunk.length;
      if (!deflate.write(chunk)) await once(deflate, 'drain');
    }
    deflate.end();
    await pumped;
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(0x08074b50, 0);
    descriptor.writeUInt32LE(crc, 4);
    descriptor.writeUInt32LE(compressed, 8);
    descriptor.writeUInt32LE(size, 12);
    await write(descriptor);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0808, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    directory.push(central, nameBytes);
    offset += 30 + nameBytes.length + compressed + 16;
  }
  const centralBytes = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralBytes.length, 12);
  end.writeUInt32LE(offset, 16);
  await write(Buffer.concat([centralBytes, end]));
  out.end();
  await once(out, 'finish');
}

/** A real workbook whose xl/sharedStrings.xml is `mb` MB of one repeated string. */
async function writeBomb(path: string, mb: number) {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('عملاء').addRow(['customer_no', 'name']);
  const parts = await JSZip.loadAsync((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  const entries: Array<{ name: string; data: AsyncIterable<Buffer> }> = [];
  for (const [name, entry] of Object.entries(parts.files)) {
    if (entry.dir || name === 'xl/sharedStrings.xml') continue;
    const bytes = await entry.async('nodebuffer');
    entries.push({
      name,
      data: (async function* () {
        yield bytes;
      })(),
    });
  }
  const block = Buffer.from(
    '<si><t>AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA</t></si>'.repeat(16_000),
  );
  const blocks = Math.ceil((mb * 1024 * 1024) / block.length);
  async function* strings() {
    yield Buffer.from('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">');
    for (let i = 0; i < blocks; i++) yield block;
    yield Buffer.from('</sst>');
  }
  entries.push({ name: 'xl/sharedStrings.xml', data: strings() });
  await writeZip(path, entries);
}

type Child = { code: number | null; maxRssMb: number; seconds: number; summary: Record<string, unknown> };

type Target = { kind: 'postgres' | 'embedded'; env(name: string): Promise<Record<string, string>> };

/** A fresh database per child: on PostgreSQL one created beside the test database, else a data directory. */
function postgresTarget(created: string[]): Target {
  return {
    kind: 'postgres',
    async env(name) {
      const database = `tawasul_bench_${name}_${process.pid}`;
      const client = new pg.Client({ connectionString: testDatabaseUrl });
      await client.connect();
      await client.query(`drop database if exists ${database}`);
      await client.query(`create database ${database}`);
      await client.end();
      created.push(database);
      const url = new URL(testDatabaseUrl);
      url.pathname = `/${database}`;
      return { DATABASE_URL: url.toString() };
    },
  };
}

function embeddedTarget(dir: string): Target {
  return { kind: 'embedded', env: async (name) => ({ TAWASUL_DATA_DIR: join(dir, `db-${name}`) }) };
}

async function dropDatabases(names: string[]) {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  for (const name of names) await client.query(`drop database if exists ${name}`);
  await client.end();
}

/** Runs `tawasul import` in a child process on a fresh database. */
async function importInChild(file: string, target: Target, name: string): Promise<Child> {
  const { DATABASE_URL: _inherited, ...base } = process.env;
  const env = { ...base, ...(await target.env(name)) };
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', reportMaxRss, bin, 'import', 'customers', file, '--json'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stderr += c));
  const [code] = (await once(child, 'exit')) as [number | null];
  const maxRss = Number(/MAXRSS (\d+)/.exec(stderr)?.[1] ?? NaN);
  const last = stdout.trim().split('\n').at(-1) ?? '{}';
  let summary: Record<string, unknown> = {};
  try {
    summary = JSON.parse(last) as Record<string, unknown>;
  } catch {
    summary = { output: last.slice(0, 200), stderr: stderr.slice(-300) };
  }
  return { code, maxRssMb: maxRss / 1024, seconds: (performance.now() - started) / 1000, summary };
}

export async function runImportsMemoryBenchmark() {
  const dir = await mkdtemp(join(tmpdir(), 'tawasul-bench-imports-'));
  const created: string[] = [];
  // The embedded database lives in the importing process (its floor alone is ~560 MB): the
  // import's own memory is measured against PostgreSQL when it is reachable.
  const target = (await postgresReachable()) ? postgresTarget(created) : embeddedTarget(dir);
  if (target.kind === 'embedded')
    console.log(
      'SKIPPED on PostgreSQL (not reachable): imports-memory on the embedded database, whose memory counts in the process',
    );
  console.log(
    `\n# peak memory of \`tawasul import\` (child process, ${target.kind} database): hostile XLSX and ${rows.toLocaleString('en')} good rows; budget ${budgetMb} MB`,
  );
  try {
    const floorFile = join(dir, 'one.csv');
    await writeFile(floorFile, `${header.join(',')}\n${row(1).join(',')}\n`);
    const floor = await importInChild(floorFile, target, 'floor');
    printFigure('one-row import (floor)', { peak_rss_mb: floor.maxRssMb, seconds: floor.seconds });

    const figure = (name: string, child: Child, extra: Record<string, string | number> = {}) =>
      printFigure(name, {
        peak_rss_mb: child.maxRssMb,
        ratio_to_budget: child.maxRssMb / budgetMb,
        ratio_to_floor: child.maxRssMb / floor.maxRssMb,
        seconds: child.seconds,
        exit: child.code ?? -1,
        ...extra,
      });

    const bomb = join(dir, 'bomb.xlsx');
    await writeBomb(bomb, bombMb);
    const bombResult = await importInChild(bomb, target, 'bomb');
    const refusal = (bombResult.summary.error as { code?: string } | undefined)?.code ?? 'none';
    figure(`hostile XLSX (${(await stat(bomb)).size >> 20} MB -> ${bombMb} MB strings)`, bombResult, {
      refused: refusal,
    });

    const csv = join(dir, 'good.csv');
    await writeCsv(csv, rows);
    const csvResult = await importInChild(csv, target, 'csv');
    figure(`${rows.toLocaleString('en')} good rows, CSV`, csvResult, {
      rows_per_s: rows / csvResult.seconds,
      inserted: Number(csvResult.summary.inserted ?? -1),
    });

    if (xlsxRows > 0) {
      const xlsx = join(dir, 'good.xlsx');
      await writeXlsx(xlsx, xlsxRows);
      const xlsxResult = await importInChild(xlsx, target, 'xlsx');
      figure(`${xlsxRows.toLocaleString('en')} good rows, XLSX`, xlsxResult, {
        rows_per_s: xlsxRows / xlsxResult.seconds,
        inserted: Number(xlsxResult.summary.inserted ?? -1),
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
    if (created.length > 0) await dropDatabases(created);
  }
}
