import { describe, expect, it } from 'vitest';
import { mayReceive, type Recipient } from '../../events/index.ts';
import { agentStateChanged, callUpdated } from './live-audience.ts';

const user = (id: string, role: Recipient['role']): Recipient => ({ id, role, skills: ['service'], groups: [] });

describe('who hears about calls and agent states', () => {
  const call = callUpdated('call-1', 'agent-a');
  const state = agentStateChanged('sara', 'agent-a');
  it.each([
    ['a supervisor', user('s', 'supervisor'), true],
    ['a manager', user('m', 'manager'), true],
    ['an admin', user('x', 'admin'), true],
    ['the agent himself', user('agent-a', 'agent'), true],
    ['another agent with the same skill', user('agent-b', 'agent'), false],
    ['IT', user('i', 'it'), false],
  ])('%s: %s', (_name, recipient, hears) => {
    expect(mayReceive(recipient, call.to)).toBe(hears);
    expect(mayReceive(recipient, state.to)).toBe(hears);
  });

  it('names the call or the agent only; an import names nothing and reaches the overseers', () => {
    expect(call).toMatchObject({ type: 'call.updated', id: 'call-1' });
    expect(state).toMatchObject({ type: 'agent.state', id: 'sara' });
    const many = callUpdated(undefined, null);
    expect(many).toEqual({ type: 'call.updated', to: { roles: ['admin', 'manager', 'supervisor'] } });
  });
});
