import { describe, expect, it } from 'vitest';
import { homePanels, myItemCounts, queueCounts, worklistCounts } from './day';

describe('homePanels: each role its day', () => {
  it.each([
    ['a collections and service agent', 'agent', ['collections', 'service'], ['myItems', 'myTickets']],
    ['a service agent (no list)', 'agent', ['service'], ['myTickets']],
    ['a supervisor', 'supervisor', [], ['worklists', 'groupQueue']],
    ['a manager', 'manager', [], ['run', 'worklists', 'slaRisks']],
    ['an admin', 'admin', [], ['run', 'worklists', 'slaRisks']],
    ['IT', 'it', [], ['myTickets']],
    ['claims', 'claims', [], ['myTickets']],
    ['marketing (nothing of the day yet)', 'marketing', [], []],
  ])('%s', (_name, role, skills, panels) => expect(homePanels(role, skills)).toEqual(panels));
});

describe('myItemCounts', () => {
  it('splits the day into to call now, waiting and done', () => {
    const item = (top: boolean, due_now: boolean, status: string) => ({ top, due_now, status });
    expect(
      myItemCounts([
        item(true, true, 'pending'),
        item(false, true, 'pending'),
        item(false, false, 'pending'),
        item(false, false, 'done'),
        item(false, true, 'unreachable'),
      ]),
    ).toEqual({ total: 5, dueNow: 2, waiting: 1, done: 2 });
  });
  it('an empty day', () => expect(myItemCounts([])).toEqual({ total: 0, dueNow: 0, waiting: 0, done: 0 }));
});

describe('queueCounts', () => {
  it('counts open tickets, those past their SLA and those near it; closed ones are not open', () => {
    const t = (status: string, sla_state: string, breached = false) => ({ status, sla_state, breached }) as never;
    expect(
      queueCounts([t('open', 'ok'), t('new', 'warning'), t('pending', 'breached', true), t('closed', 'missed', true)]),
    ).toEqual({ open: 3, breached: 1, warning: 1 });
  });
});

describe('worklistCounts', () => {
  it('counts lists, items, phone lists to distribute and completed lists to sign', () => {
    const l = (channel: 'sms' | 'phone', status: string, total: number) => ({ channel, status, total }) as never;
    expect(
      worklistCounts([
        l('sms', 'approved', 40),
        l('phone', 'approved', 12),
        l('phone', 'completed', 5),
        l('phone', 'in_progress', 3),
      ]),
    ).toEqual({ lists: 4, items: 60, toDistribute: 1, toSign: 1 });
  });
});
