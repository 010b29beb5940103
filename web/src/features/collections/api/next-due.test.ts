import { describe, expect, it } from 'vitest';
import { untilNextDue, type MyItem } from './collections';

const item = (status: string, next: string | null) => ({ status, next_attempt_at: next }) as MyItem;
const now = Date.parse('2026-01-04T09:00:00Z');

describe('untilNextDue', () => {
  const cases: [name: string, items: MyItem[] | undefined, expected: number | false][] = [
    ['nothing loaded yet', undefined, false],
    ['no waiting item', [item('pending', null), item('done', null)], false],
    ['a waiting item due in 10 minutes, plus half a second', [item('waiting', '2026-01-04T09:10:00Z')], 600_500],
    [
      'the earliest of several',
      [item('waiting', '2026-01-04T10:00:00Z'), item('waiting', '2026-01-04T09:02:00Z')],
      120_500,
    ],
    ['a retry time already past is due now: no timer for it', [item('waiting', '2026-01-04T08:00:00Z')], false],
    ['never sooner than a second', [item('waiting', '2026-01-04T09:00:00.100Z')], 1000],
    ['a done item with a stale retry time does not count', [item('done', '2026-01-04T09:05:00Z')], false],
  ];
  it.each(cases)('%s', (_name, items, expected) => {
    expect(untilNextDue(items, now)).toBe(expected);
  });
});
