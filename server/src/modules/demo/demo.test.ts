import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { databaseKinds, hasPostgres, openTestDatabase } from '../../testing/db-harness.ts';
import { loadImport } from '../../testing/import-fixture.ts';
import { demoPortfolio } from './demo-portfolio.ts';
import { backdateDemoCustomers } from './demo.repository.ts';

// The demo's clock (issue 11): no payment later than the moment the demo starts, and customers
// who have been customers for a while, not since the import.

describe('demoPortfolio', () => {
  it.each(['2026-12-02', '2027-03-01', '2026-01-01'])('stamps every payment before today (%s)', (today) => {
    const { payments } = demoPortfolio(today, 400);
    const rows = payments.trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(100);
    const late = rows.map((r) => r.split(',')[4]!).filter((paidAt) => paidAt.slice(0, 10) >= today);
    expect(late).toEqual([]);
  });
});

for (const kind of databaseKinds) {
  describe.skipIf(kind === 'postgres' && !hasPostgres)(`demo customers' "customer since" [${kind}]`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });
    afterAll(async () => {
      await database.close();
    });

    it('is a month before the first installment, or weeks back for a prospect; other customers are left alone', async () => {
      await loadImport(database, 'customers', [
        'customer_no,name,type',
        'C000001,عميل تجريبي,current',
        'C000002,عميل محتمل,prospect',
        'X1,عميل حقيقي,current',
      ]);
      await loadImport(database, 'installments', [
        'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
        'C000001,K1,شخصي,1,500,SAR,2026-04-15',
        'C000001,K1,شخصي,2,500,SAR,2026-05-15',
        'X1,K2,شخصي,1,500,SAR,2026-04-15',
      ]);
      await backdateDemoCustomers(database.db);
      const rows = (
        await database.executeSql(
          `select customer_no, created_at::date::text as since, created_at > now() - interval '1 hour' as recent
             from customers order by customer_no`,
        )
      ).rows as Array<{ customer_no: string; since: string; recent: boolean }>;
      expect(rows[0]).toMatchObject({ customer_no: 'C000001', since: '2026-03-15', recent: false });
      expect(rows[1]).toMatchObject({ customer_no: 'C000002', recent: false });
      expect(rows[2]).toMatchObject({ customer_no: 'X1', recent: true });
    });
  });
}
