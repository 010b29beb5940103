import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { databaseKinds, hasPostgres, openTestDatabase } from '../../testing/db-harness.ts';
import { loadImport } from '../../testing/import-fixture.ts';
import { systemActor } from '../audit/index.ts';
import type { ImportKind } from '../customers/index.ts';
import { SettingsService } from '../settings/index.ts';
import { createUser } from '../users/index.ts';
import { addDays } from './domain/daily-rules.ts';
import { listsOfDate, runDailyCollections } from './daily-run.service.ts';

async function load(database: Database, kind: ImportKind, lines: string[]) {
  const result = await loadImport(database, kind, lines);
  expect(result.rejected, `${kind} rejected rows`).toBe(0);
}

const actor = systemActor('test');
const settingsOf = (database: Database) =>
  new SettingsService(database, { weekend: [], calling_window: { start: '00:00', end: '24:00' } });

/** Deterministic generator for the random portfolios. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Riyadh is UTC+3 all year: local midnight of D is D−1 21:00 UTC.
const cutoffOf = (date: string) => Date.parse(`${addDays(date, -1)}T21:00:00Z`);

for (const kind of databaseKinds) {
  describe.skipIf(kind === 'postgres' && !hasPostgres)(`collections day [${kind}]`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });
    afterAll(async () => database?.close());

    it('applies the exact rules: windows, one item per customer, channels, tiers, phone order, time-zone edges', async () => {
      await createUser(database, actor, {
        username: 'col1',
        display_name: 'أ',
        role: 'agent',
        password: 'Palm-Tree-Riyadh-7',
        skills: ['collections'],
      });
      await createUser(database, actor, {
        username: 'col2',
        display_name: 'ب',
        role: 'agent',
        password: 'Palm-Tree-Riyadh-7',
        skills: ['collections'],
      });
      await load(database, 'customers', [
        'customer_no,name,category,mobile,landline,work_phone,sms_opt_out',
        'A1,عميل جوال,A,0551111111,0112222222,,false', // valid mobile → SMS
        'A2,عميل بلا جوال,A,,0113333333,0124444444,false', // no mobile → phone
        'A3,عميل ألغى الرسائل,B,0555555555,,,true', // opt-out → phone
        'A4,عميل رقمه خاطئ,A,05512,,,false', // no usable number → phone with null, IT task
        'A5,لا تتصل,B,,0116666666,,false',
      ]);
      await database.executeSql(`update customers set do_not_call = true where customer_no = 'A5'`);
      const D = '2026-12-06';
      await load(database, 'installments', [
        'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
        `A1,K1,شخصي,1,1500,SAR,${addDays(D, 5)}`, // reminder
        `A1,K1,شخصي,2,700,SAR,${addDays(D, 5)}`, // reminder, same customer → one item 2200
        `A1,K1,شخصي,3,3000,SAR,${addDays(D, -1)}`, // follow-up, tier 2 (exactly 3000)
        `A2,K2,شخصي,1,1000,SAR,${addDays(D, -1)}`, // follow-up tier 2 (exactly 1000), paid at 23:59:59 D−1 → not due
        `A2,K2,شخصي,2,999,SAR,${addDays(D, 5)}`, // reminder by phone
        `A3,K3,شخصي,1,800,SAR,${addDays(D, 5)}`, // reminder by phone (opted out)
        `A4,K4,شخصي,1,4000,SAR,${addDays(D, -1)}`, // follow-up tier 1, no usable number
        `A4,K4,شخصي,2,500,SAR,${addDays(D, -10)}`, // paid yesterday at 00:00 local (UTC written) → thanks
        `A5,K5,شخصي,1,900,SAR,${addDays(D, 5)}`, // do-not-call → left out
      ]);
      await load(database, 'payments', [
        'customer_no,contract_no,installment_no,amount,paid_at,reference',
        `A2,K2,1,1000,${addDays(D, -1)}T23:59:59,R1`, // before the cut-off: paid, thanks today
        `A4,K4,2,500,${addDays(D, -2)}T21:00:00Z,R2`, // = D−1 00:00 local: thanks today
        `A1,K1,1,500,${addDays(D, -1)}T10:00:00,R3`, // partial: still due 1000, no thanks
      ]);

      const summary = await runDailyCollections(database, settingsOf(database), null, actor, D, {
        send: false,
        today: D,
      });
      // A4 has no usable number for its follow-up and for its thanks.
      expect(summary.skipped).toEqual({ do_not_call: 1, sms_opt_out_to_phone: 1, no_usable_number: 2 });
      const doc = await listsOfDate(database, D);
      const list = (purpose: string, channel: string) =>
        doc.lists.find((l) => l.purpose === purpose && l.channel === channel)?.items ?? [];

      expect(list('reminder', 'sms')).toEqual([
        {
          customer_no: 'A1',
          amount: 1700,
          tier: null,
          phone: '+966551111111',
          agent: null,
          status: 'pending',
          installments: [
            { contract_no: 'K1', installment_no: 1, outstanding: 1000 },
            { contract_no: 'K1', installment_no: 2, outstanding: 700 },
          ],
        },
      ]);
      expect(list('reminder', 'phone').map((i) => [i.customer_no, i.phone])).toEqual(
        expect.arrayContaining([
          ['A2', '+966113333333'],
          ['A3', '+966555555555'],
        ]),
      );
      // A3 opted out of SMS: reminded by phone, on its valid mobile first.
      const followup = list('followup', 'phone');
      expect(followup.map((i) => [i.customer_no, i.tier, i.amount])).toEqual([
        ['A4', 1, 4000],
        ['A1', 2, 3000],
      ]);
      expect(followup.find((i) => i.customer_no === 'A4')).toMatchObject({ phone: null, status: 'waiting_correction' });
      expect(followup.every((i) => i.agent === 'col1' || i.agent === 'col2')).toBe(true);
      expect(new Set(followup.map((i) => i.agent)).size).toBe(2);
      expect(
        list('thanks', 'phone')
          .concat(list('thanks', 'sms'))
          .map((i) => i.customer_no)
          .sort(),
      ).toEqual(['A2', 'A4']);
      const tasks = await database.executeSql(
        `select reason from data_correction_tasks t join customers c on c.id = t.customer_id where c.customer_no = 'A4'`,
      );
      expect(tasks.rows).toEqual([{ reason: 'no_usable_number' }]);

      // Running the same date again creates nothing new.
      const again = await runDailyCollections(database, settingsOf(database), null, actor, D, {
        send: false,
        today: D,
      });
      expect(again.lists).toEqual([]);
      expect(again.notes).toContain('already_run');
      // The rerun names the first run, so the screen says one thing: already run, by whom, when.
      expect(again.first_run).toMatchObject({ started_by: actor.label });
      expect(summary.first_run).toBeNull();
      expect(JSON.stringify(await listsOfDate(database, D))).toBe(JSON.stringify(doc));
      // The date's record keeps the first run's summary, the one with the work, and the rerun with it.
      const record = await database.executeSql(
        `select status, jsonb_array_length(summary->'lists') as lists, summary->'reruns'->0->>'by' as rerun_by,
                (summary->'reruns'->0->>'items')::int as rerun_items
           from daily_runs where business_date = $1`,
        [D],
      );
      expect(record.rows).toEqual([
        { status: 'completed', lists: summary.lists.length, rerun_by: actor.label, rerun_items: 0 },
      ]);
    });
  });

  describe.skipIf(kind === 'postgres' && !hasPostgres)(
    `coverage invariants over random run sequences [${kind}]`,
    () => {
      it.each([1, 2, 3])(
        'sequence %i: every qualifying installment in exactly one item of each purpose',
        async (seed) => {
          const database = await openTestDatabase(kind);
          try {
            const random = generator(seed * 7919);
            const start = '2026-12-01';
            const customers = ['customer_no,name,category,mobile,landline'];
            const installments = ['customer_no,contract_no,credit_type,installment_no,amount,currency,due_date'];
            const payments = ['customer_no,contract_no,installment_no,amount,paid_at,reference'];
            type Inst = {
              key: string;
              customer: string;
              category: string;
              amount: number;
              due: string;
              payments: Array<{ at: number; amount: number }>;
            };
            const all: Inst[] = [];
            for (let c = 1; c <= 40; c++) {
              const category = random() < 0.5 ? 'A' : 'B';
              customers.push(
                `R${c},عميل ${c},${category},${random() < 0.6 ? `055${String(1000000 + c)}` : ''},011${String(2000000 + c)}`,
              );
              for (let k = 1; k <= 4; k++) {
                const due = addDays(start, Math.floor(random() * 40) - 5);
                const amount = 100 * (1 + Math.floor(random() * 50));
                const inst: Inst = { key: `K${c}/${k}`, customer: `R${c}`, category, amount, due, payments: [] };
                installments.push(`R${c},K${c},x,${k},${amount},SAR,${due}`);
                const r = random();
                // Payments around the due date, some at the exact local midnights, some partial.
                const count = r < 0.3 ? 0 : r < 0.8 ? 1 : 2;
                for (let p = 0; p < count; p++) {
                  const day = addDays(due, Math.floor(random() * 14) - 7);
                  const atMidnight = random() < 0.3;
                  const iso = atMidnight
                    ? `${addDays(day, -1)}T21:00:00Z`
                    : `${day}T${String(Math.floor(random() * 24)).padStart(2, '0')}:30:00+03:00`;
                  const part = count === 2 ? Math.round(amount / 2) : random() < 0.2 ? Math.round(amount / 3) : amount;
                  inst.payments.push({ at: Date.parse(iso), amount: part });
                  payments.push(`R${c},K${c},${k},${part},${iso},P${p}`);
                }
                all.push(inst);
              }
            }
            await load(database, 'customers', customers);
            await load(database, 'installments', installments);
            await load(database, 'payments', payments);

            // Runs on increasing dates, with skipped days and repeated days.
            const dates: string[] = [];
            for (
              let d = start;
              d <= addDays(start, 25);
              d = addDays(d, 1 + (random() < 0.3 ? Math.floor(random() * 3) : 0))
            ) {
              dates.push(d);
              if (random() < 0.2) dates.push(d);
            }
            for (const d of dates)
              await runDailyCollections(database, settingsOf(database), null, actor, d, { send: false, today: d });

            const covered = await database.executeSql(`
          select k.contract_no || '/' || i.installment_no as key, w.purpose, count(*)::int as n
            from work_item_installments w join installments i on i.id = w.installment_id join contracts k on k.id = i.contract_id
           group by 1, 2`);
            const coveredSet = new Map(covered.rows.map((r) => [`${r.purpose}:${r.key}`, r.n as number]));
            expect([...coveredSet.values()].every((c) => c === 1)).toBe(true);

            // The expectation, computed independently from the rules.
            const runDates = [...new Set(dates)];
            const outstandingAt = (i: Inst, cutoff: number) =>
              i.amount - i.payments.filter((p) => p.at < cutoff).reduce((s, p) => s + p.amount, 0);
            const fullAt = (i: Inst) => {
              let sum = 0;
              for (const p of [...i.payments].sort((a, b) => a.at - b.at)) {
                sum += p.amount;
                if (sum >= i.amount) return p.at;
              }
              return null;
            };
            const expected = new Set<string>();
            runDates.forEach((d, idx) => {
              const previous = idx === 0 ? null : runDates[idx - 1]!;
              for (const i of all) {
                const reminderFrom = previous ? addDays(previous, 5) : addDays(d, 4);
                if (i.due > reminderFrom && i.due <= addDays(d, 5) && outstandingAt(i, cutoffOf(d)) > 0)
                  expected.add(`reminder:${i.key}`);
                const followFrom = previous ? addDays(previous, -1) : addDays(d, -2);
                if (
                  i.category === 'A' &&
                  i.due > followFrom &&
                  i.due <= addDays(d, -1) &&
                  outstandingAt(i, cutoffOf(d)) > 0
                )
                  expected.add(`followup:${i.key}`);
                const full = fullAt(i);
                const from = cutoffOf(previous ?? addDays(d, -1));
                if (full !== null && full >= from && full < cutoffOf(d)) expected.add(`thanks:${i.key}`);
              }
            });
            expect([...coveredSet.keys()].sort()).toEqual([...expected].sort());
            expect(expected.size).toBeGreaterThan(20);
          } finally {
            await database.close();
          }
        },
      );
    },
  );
}
