import { PgDialect } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { filterPredicates, filterWhere } from './target-filter.repository.ts';
import { targetFilterSchema, type TargetFilter } from './domain/target-filter.ts';

const dialect = new PgDialect();
const ctx = { today: '2026-12-02', timeZone: 'Asia/Riyadh' };
const render = (filter: TargetFilter) => filterPredicates(filter, ctx).map((p) => dialect.sqlToQuery(p));

describe('filterPredicates: each field → one predicate', () => {
  const cases: Array<[string, TargetFilter, RegExp, unknown[]]> = [
    ['categories', { categories: ['A', 'B'] }, /c\.category in \(\$1, \$2\)/, ['A', 'B']],
    ['types', { types: ['prospect'] }, /c\.type in \(\$1\)/, ['prospect']],
    [
      'cities, trimmed and case-folded',
      { cities: [' Riyadh ', 'جدة'] },
      /lower\(btrim\(c\.city\)\) in/,
      ['riyadh', 'جدة'],
    ],
    ['countries, upper-cased', { countries: ['sa', 'AE'] }, /c\.country in \(\$1, \$2\)/, ['SA', 'AE']],
    ['products held', { products: ['Auto'] }, /exists \(select 1 from contracts k .* in \(\$1\)\)/, ['auto']],
    ['key account', { key_account: true }, /c\.key_account = \$1/, [true]],
    [
      'not contacted since a date (installation time zone)',
      { not_contacted_since: '2026-11-01' },
      /^not exists \(select 1 from customer_timeline t .* t\.at >= \(\$1::date::timestamp at time zone \$2\)\)$/,
      ['2026-11-01', 'Asia/Riyadh'],
    ],
    [
      'contacted since a date',
      { contacted_since: '2026-11-01' },
      /^exists \(select 1 from customer_timeline t/,
      ['2026-11-01', 'Asia/Riyadh'],
    ],
    [
      'paid up: nothing past due and unpaid',
      { paid_up: true },
      /^not exists \(select 1 from installments i .* i\.due_date < \$1::date and i\.paid_minor < i\.amount_minor\)$/,
      ['2026-12-02'],
    ],
    ['not paid up', { paid_up: false }, /^exists \(select 1 from installments i/, ['2026-12-02']],
  ];
  it.each(cases)('%s', (_name, filter, pattern, params) => {
    const [archived, predicate, ...rest] = render(filter);
    expect(archived!.sql).toBe('c.archived_at is null');
    expect(rest).toEqual([]);
    expect(predicate!.sql).toMatch(pattern);
    expect(predicate!.params).toEqual(params);
  });

  it('an empty filter keeps every customer not archived', () => {
    expect(render({}).map((p) => p.sql)).toEqual(['c.archived_at is null']);
  });

  it('empty lists add no predicate (none is not "in ()")', () => {
    expect(render({ categories: [], cities: [], products: [] })).toHaveLength(1);
  });

  it('values are parameters, never SQL text (hostile input)', () => {
    const hostile = "x') or 1=1 --";
    const { sql, params } = dialect.sqlToQuery(filterWhere({ cities: [hostile], products: [hostile] }, ctx));
    expect(sql).not.toContain('1=1');
    expect(params).toContain(hostile);
  });

  it('fields are and-ed', () => {
    const { sql } = dialect.sqlToQuery(filterWhere({ categories: ['A'], paid_up: true }, ctx));
    expect(sql.split(' and ').length).toBeGreaterThanOrEqual(3);
  });
});

describe('targetFilterSchema: bad input', () => {
  const bad: Array<[string, unknown]> = [
    ['unknown field', { nope: 1 }],
    ['unknown category', { categories: ['D'] }],
    ['country not ISO-2', { countries: ['SAU'] }],
    ['empty city', { cities: ['  '] }],
    ['a 1 MB city', { cities: ['x'.repeat(1_000_000)] }],
    ['date out of range', { not_contacted_since: '9999-12-31' }],
    ['too many cities', { cities: Array.from({ length: 51 }, (_, i) => `c${i}`) }],
  ];
  it.each(bad)('%s is refused', (_name, input) => {
    expect(targetFilterSchema.safeParse(input).success).toBe(false);
  });
});
