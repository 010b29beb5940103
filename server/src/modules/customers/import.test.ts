import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { systemActor } from '../audit/index.ts';
import { SettingsService } from '../settings/index.ts';
import { databaseKinds, hasPostgres, openTestDatabase } from '../../testing/db-harness.ts';
import type { Database } from '../../db/client.ts';
import { ImportFormatError } from './import-file-reader.ts';
import { openImportFile, processImport, startImportRun } from './import.service.ts';
import type { ImportKind } from './domain/import-formats.ts';
import { rejectionReportCsv } from './import-report.ts';

const dir = mkdtempSync(join(tmpdir(), 'tawasul-import-'));
let fileNo = 0;
function file(content: string | Buffer, ext = 'csv'): string {
  const path = join(dir, `f${fileNo++}.${ext}`);
  writeFileSync(path, content);
  return path;
}

async function importFile(database: Database, kind: ImportKind, path: string) {
  const opened = await openImportFile(path, kind);
  const run = await startImportRun(database, systemActor('test'), kind, 'test', opened.totalBytes);
  const result = await processImport(
    database,
    new SettingsService(database, {}),
    { id: run.id, kind, totalBytes: opened.totalBytes },
    opened.file,
  );
  let report = '';
  for await (const chunk of rejectionReportCsv(database.db, run.id)) report += chunk;
  return { ...result, report };
}

const customersHeader =
  'customer_no,name,type,category,country,city,mobile,landline,work_phone,home_phone,email,fax,key_account,sms_opt_out';

for (const kind of databaseKinds) {
  describe.skipIf(kind === 'postgres' && !hasPostgres)(`import [${kind}]`, () => {
    let database: Database;
    const rows = async (text: string, values: unknown[] = []) => (await database.executeSql(text, values)).rows;

    it('imports customers with phones, then reports a re-import of the same file as unchanged', async () => {
      database = await openTestDatabase(kind);
      const path = file(
        [
          customersHeader,
          'C001,أحمد الحربي,current,A,SA,الرياض,0551234567,0112345678,,,ahmed@example.sa,,false,false',
          'C002,"فاطمة, الزهراني",current,B,SA,جدة,+966 50 123 4567,,,,,,true,true',
          'C003,"<script>alert(1)</script>",prospect,,SA,,05512,,,,,,,',
        ].join('\r\n') + '\r\n',
      );
      const first = await importFile(database, 'customers', path);
      expect(first).toMatchObject({ inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
      const again = await importFile(database, 'customers', path);
      expect(again).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, rejected: 0 });
      const c2 = await rows(
        `select name, key_account, sms_opt_out, category from customers where customer_no = 'C002'`,
      );
      expect(c2[0]).toMatchObject({ name: 'فاطمة, الزهراني', key_account: true, sms_opt_out: true, category: 'B' });
      const c3 = await rows(`select name, type, category from customers where customer_no = 'C003'`);
      expect(c3[0]).toMatchObject({ name: '<script>alert(1)</script>', type: 'prospect', category: null });
      // A bad phone is kept as written and marked invalid, not rejected.
      const bad = await rows(
        `select raw, valid, e164 from contact_points cp join customers c on c.id = cp.customer_id where c.customer_no = 'C003'`,
      );
      expect(bad).toEqual([{ raw: '05512', valid: false, e164: expect.anything() }]);
      const good = await rows(
        `select kind, e164, valid, number_type from contact_points cp join customers c on c.id = cp.customer_id where c.customer_no = 'C001' order by kind`,
      );
      expect(good).toEqual([
        { kind: 'email', e164: null, valid: true, number_type: 'email' },
        { kind: 'landline', e164: '+966112345678', valid: true, number_type: 'fixed_line' },
        { kind: 'mobile', e164: '+966551234567', valid: true, number_type: 'mobile' },
      ]);
    });

    it('updates a changed customer and a changed phone, and removes an emptied one', async () => {
      const path = file(
        [
          customersHeader,
          'C001,أحمد الحربي,current,B,SA,الرياض,0551234567,,,,ahmed@example.sa,,false,false',
          'C002,"فاطمة, الزهراني",current,B,SA,جدة,0509999999,,,,,,true,true',
        ].join('\n'),
      );
      const result = await importFile(database, 'customers', path);
      expect(result).toMatchObject({ inserted: 0, updated: 2, unchanged: 0 });
      const landline = await rows(
        `select 1 from contact_points cp join customers c on c.id = cp.customer_id where c.customer_no = 'C001' and kind = 'landline'`,
      );
      expect(landline).toHaveLength(0);
      const mobile = await rows(
        `select e164 from contact_points cp join customers c on c.id = cp.customer_id where c.customer_no = 'C002' and kind = 'mobile'`,
      );
      expect(mobile[0]!.e164).toBe('+966509999999');
    });

    it.each([
      ['missing customer number', ',Name,current,A,SA,,,,,,,,,', 'customer_no', 'missing'],
      ['missing name', 'C010,,current,A,SA,,,,,,,,,', 'name', 'missing'],
      ['unknown type', 'C011,Name,vip,A,SA,,,,,,,,,', 'type', 'bad_type'],
      ['unknown category', 'C012,Name,current,D,SA,,,,,,,,,', 'category', 'bad_category'],
      ['unknown country', 'C013,Name,current,A,XX,,,,,,,,,', 'country', 'bad_country'],
      ['unparseable boolean', 'C014,Name,current,A,SA,,,,,,,,perhaps,', 'key_account', 'bad_boolean'],
      ['10,000-character name', `C015,${'ع'.repeat(10_000)},current,A,SA,,,,,,,,,`, 'name', 'too_long'],
      ['bad email', 'C016,Name,current,A,SA,,,,,,not-an-email,,,', 'email', 'bad_email'],
    ])('rejects a row with %s, naming the column, and applies the others', async (_name, line, column, code) => {
      const path = file([customersHeader, line, 'C099,سطر سليم,current,C,SA,,,,,,,,,'].join('\n'));
      const result = await importFile(database, 'customers', path);
      expect(result.rejected).toBe(1);
      expect(result.inserted + result.unchanged).toBe(1);
      expect(result.report).toContain(`2,${column},`);
      expect(result.report).toContain(`,${code},`);
    });

    it('rejects the second row of a key that appears twice in one file', async () => {
      const result = await importFile(
        database,
        'customers',
        file([customersHeader, 'C200,أول,current,A,SA,,,,,,,,,', 'C200,ثاني,current,A,SA,,,,,,,,,'].join('\n')),
      );
      expect(result).toMatchObject({ inserted: 1, rejected: 1 });
      expect(result.report).toContain('3,customer_no,C200,duplicate_in_file');
      expect((await rows(`select name from customers where customer_no = 'C200'`))[0]!.name).toBe('أول');
    });

    it('reads headers in another order, Arabic headers, extra columns, BOM, quoted newlines and empty lines', async () => {
      const text =
        '\ufeffالاسم,extra column,رقم العميل,الجوال,الفئة\n"اسم\nبسطرين",x,C300,0551112222,A\n\n,,,,\nخالد,y,C301,,B\n';
      const result = await importFile(database, 'customers', file(text));
      expect(result).toMatchObject({ inserted: 2, rejected: 0 });
      expect((await rows(`select name from customers where customer_no = 'C300'`))[0]!.name).toBe('اسم\nبسطرين');
    });

    it('reads a Windows-1256 file and a UTF-16 file', async () => {
      // "سعيد" in Windows-1256: س=0xD3 ع=0xDA ي=0xED د=0xCF
      const cp1256 = Buffer.concat([
        Buffer.from('customer_no,name\r\nC400,'),
        Buffer.from([0xd3, 0xda, 0xed, 0xcf]),
        Buffer.from('\r\n'),
      ]);
      expect(await importFile(database, 'customers', file(cp1256))).toMatchObject({ inserted: 1 });
      expect((await rows(`select name from customers where customer_no = 'C400'`))[0]!.name).toBe('سعيد');
      const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('customer_no,name\nC401,ليلى\n', 'utf16le')]);
      expect(await importFile(database, 'customers', file(utf16))).toMatchObject({ inserted: 1 });
      expect((await rows(`select name from customers where customer_no = 'C401'`))[0]!.name).toBe('ليلى');
    });

    it.each([
      ['wrong headers', 'a,b,c\n1,2,3\n', 'missing_columns'],
      ['an empty file', '', 'empty_file'],
      [
        'a binary file renamed .csv',
        Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]),
        'not_a_table',
      ],
      ['a column twice', 'customer_no,name,name\nC1,a,b\n', 'duplicate_columns'],
    ])('refuses %s before applying anything', async (_name, content, code) => {
      const path = file(content as string);
      await expect(openImportFile(path, 'customers')).rejects.toSatisfy(
        (e) => e instanceof ImportFormatError && e.code === code,
      );
    });

    it('imports installments and payments; derives outstanding and the paid-in-full instant', async () => {
      const inst = file(
        [
          'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
          'C001,K1,تمويل شخصي,1,1500,SAR,2026-12-06',
          'C001,K1,تمويل شخصي,2,1500.50,SAR,2027-01-06',
          'C002,K2,تمويل سيارة,1,3000,,2026-12-06',
          'C999,K9,x,1,100,SAR,2026-12-06',
          'C002,K1,x,3,100,SAR,2026-12-06',
          'C001,K1,x,4,-5,SAR,2026-12-06',
          'C001,K1,x,5,100,SAR,2026-02-30',
        ].join('\n'),
      );
      const result = await importFile(database, 'installments', inst);
      expect(result).toMatchObject({ inserted: 3, rejected: 4 });
      expect(result.report).toContain('5,customer_no,C999,unknown_customer');
      expect(result.report).toContain('6,contract_no,K1,contract_of_other_customer');
      expect(result.report).toContain("7,amount,'-5,bad_amount");
      expect(result.report).toContain('8,due_date,2026-02-30,bad_date');
      expect((await importFile(database, 'installments', inst)).unchanged).toBe(3);

      const pay = file(
        [
          'customer_no,contract_no,installment_no,amount,paid_at,reference',
          'C001,K1,1,500,2026-12-01T10:00:00,R1',
          'C001,K1,1,1000,2026-12-05T23:59:59,R2',
          'C002,K2,1,1000,2026-12-05T21:00:00Z,R3',
          'C001,K2,1,5,2026-12-05T10:00:00,R4',
          'C001,K1,9,5,2026-12-05T10:00:00,R5',
        ].join('\n'),
      );
      const paid = await importFile(database, 'payments', pay);
      expect(paid).toMatchObject({ inserted: 3, rejected: 2 });
      expect(paid.report).toContain('5,contract_no,K2,unknown_contract');
      expect(paid.report).toContain('6,installment_no,9,unknown_installment');
      expect((await importFile(database, 'payments', pay)).unchanged).toBe(3);

      const state = await rows(
        `select c.contract_no, i.installment_no, i.amount_minor::int as amount_minor, i.paid_minor::int as paid_minor, i.paid_in_full_at from installments i join contracts c on c.id = i.contract_id order by 1, 2`,
      );
      // K1/1 was paid in full by the second payment, at 23:59:59 Riyadh time (20:59:59 UTC).
      expect(state[0]).toMatchObject({
        contract_no: 'K1',
        installment_no: 1,
        amount_minor: 150000,
        paid_minor: 150000,
      });
      expect(new Date(state[0]!.paid_in_full_at as string).toISOString()).toBe('2026-12-05T20:59:59.000Z');
      // K1/2 has no payment; K2/1 is partly paid (1000 of 3000): no paid-in-full instant.
      expect(state[1]).toMatchObject({ installment_no: 2, amount_minor: 150050, paid_minor: 0, paid_in_full_at: null });
      expect(state[2]).toMatchObject({ contract_no: 'K2', paid_minor: 100000, paid_in_full_at: null });
    });

    it('reads an XLSX file with formulas, dates and serial numbers', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('أقساط');
      sheet.addRow(['customer_no', 'contract_no', 'credit_type', 'installment_no', 'amount', 'currency', 'due_date']);
      sheet.addRow([
        'C002',
        'K2',
        'تمويل سيارة',
        2,
        { formula: '1000*2', result: 2000 },
        'SAR',
        new Date(Date.UTC(2027, 0, 6)),
      ]);
      sheet.addRow(['C002', 'K2', 'تمويل سيارة', 3, 2000, 'SAR', 46423]);
      const path = join(dir, 'book.xlsx');
      await workbook.xlsx.writeFile(path);
      const result = await importFile(database, 'installments', path);
      expect(result).toMatchObject({ inserted: 2, rejected: 0 });
      const due = await rows(
        `select installment_no, amount_minor::int as amount_minor, due_date::text as due from installments i join contracts c on c.id = i.contract_id where c.contract_no = 'K2' order by 1`,
      );
      expect(due.slice(1)).toEqual([
        { installment_no: 2, amount_minor: 200000, due: '2027-01-06' },
        { installment_no: 3, amount_minor: 200000, due: '2027-02-05' },
      ]);
      await database.close();
    });
  });
}
