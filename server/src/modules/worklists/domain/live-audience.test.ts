import { describe, expect, it } from 'vitest';
import { mayReceive, type Recipient } from '../../events/index.ts';
import { workItemChanged, workListChanged } from './live-audience.ts';

const agent = (id: string): Recipient => ({ id, role: 'agent', skills: ['collections'], groups: [] });
const staff = (role: Recipient['role']): Recipient => ({ id: 'x', role, skills: [], groups: [] });

describe('work events reach the overseers and the agents whose items changed', () => {
  const item = workItemChanged('item-1', ['agent-a', null]);
  const reassigned = workItemChanged('item-1', ['agent-a', 'agent-b']);
  const list = workListChanged('list-1', ['agent-a', 'agent-b']);
  const day = workListChanged(undefined);
  const marketingList = workListChanged('list-2', [], 'marketing');
  const cases: [name: string, event: typeof item, recipient: Recipient, expected: boolean][] = [
    ['the agent of the item', item, agent('agent-a'), true],
    ['another collections agent', item, agent('agent-b'), false],
    ['both agents of a reassigned item', reassigned, agent('agent-b'), true],
    ['a supervisor', item, staff('supervisor'), true],
    ['a manager', list, staff('manager'), true],
    ['an agent the list was dealt to', list, agent('agent-b'), true],
    ['an agent the list was not dealt to', list, agent('agent-c'), false],
    ['IT does not oversee lists', list, staff('it'), false],
    ['marketing does not', item, staff('marketing'), false],
    ['marketing does not see a collections list change', list, staff('marketing'), false],
    ['marketing sees its own list change', marketingList, staff('marketing'), true],
    ['a supervisor sees a marketing list change', marketingList, staff('supervisor'), true],
    ["the day's lists reach no agent", day, agent('agent-a'), false],
    ["the day's lists reach the admin", day, staff('admin'), true],
  ];
  it.each(cases)('%s', (_name, event, recipient, expected) => {
    expect(mayReceive(recipient, event.to)).toBe(expected);
  });

  it('a list event without id names no thing; a null assignee is no one', () => {
    expect(day).toEqual({ type: 'work-list.changed', to: { roles: ['admin', 'manager', 'supervisor'], users: [] } });
    expect(item.to.users).toEqual(['agent-a']);
  });
});
