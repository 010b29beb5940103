import { afterEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../../shared/clock.ts';
import { TelephonyCommandError, type TelephonyEvent } from '../../port.ts';
import { AriHttpError, AriUnreachableError } from './ari-client.ts';
import { ariDialPlanSchema, parseAriUrl } from './ari-config.ts';
import { parseAriTimestamp } from './ari-types.ts';
import { AriTelephonyAdapter, endCause, toCommandError, type AriConnectionState } from './ari-telephony.adapter.ts';
import { FakeAriServer } from './testing/fake-ari-server.ts';

// The ARI adapter against a fake Asterisk on loopback. The fake's clock is virtual and set by
// each test (Riyadh time, +03:00); every expected `at` below is that clock, in UTC, by hand.

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const agents: Record<string, string> = { 'agent-7': 'PJSIP/1001', 'agent-8': 'PJSIP/1002', 'sup-1': 'PJSIP/2001' };

async function setup(server: Parameters<typeof FakeAriServer.start>[0] = {}) {
  const ari = await FakeAriServer.start(server);
  cleanups.push(() => ari.close());
  const adapter = new AriTelephonyAdapter({
    ...parseAriUrl(ari.url()),
    ...ariDialPlanSchema.parse({ trunkTemplate: 'PJSIP/{digits}@trunk', mohClass: 'arabic-calm' }),
    agentEndpoint: (agent) => {
      const endpoint = agents[agent];
      if (!endpoint) throw new Error(`no endpoint for ${agent}`);
      return endpoint;
    },
    reconnectMinMs: 10,
    reconnectMaxMs: 40,
    requestTimeoutMs: 2000,
  });
  const events: TelephonyEvent[] = [];
  const states: AriConnectionState[] = [];
  adapter.onEvent((event) => events.push(event));
  adapter.onConnection((state) => states.push(state));
  await adapter.start();
  cleanups.push(() => adapter.close());
  return { ari, adapter, events, states };
}

async function until<T>(probe: () => T | undefined | false, what: string): Promise<T> {
  for (let i = 0; i < 600; i++) {
    const value = probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`timed out waiting for ${what}`);
}

function waitEvent(events: TelephonyEvent[], match: Partial<TelephonyEvent> & { type: TelephonyEvent['type'] }) {
  return until(
    () => events.find((e) => Object.entries(match).every(([k, v]) => (e as Record<string, unknown>)[k] === v)),
    JSON.stringify(match),
  );
}

/** Every ARI event sent so far has been read by the adapter (one socket, in order): a key on `legId` came back. */
async function settled(ari: FakeAriServer, events: TelephonyEvent[], legId: string) {
  const digit = String(events.filter((e) => e.type === 'dtmf').length % 10);
  const before = events.filter((e) => e.type === 'dtmf' && e.legId === legId).length;
  ari.sendDtmf(legId, digit);
  await until(() => events.filter((e) => e.type === 'dtmf' && e.legId === legId).length > before, 'settled');
}

/** The events of one leg as `type@HH:MM:SS.mmm` (UTC), for order and time at once. */
function timeline(events: TelephonyEvent[], legId: string): string[] {
  return events.filter((e) => e.legId === legId).map((e) => `${e.type}@${e.at.toISOString().slice(11, 23)}`);
}

async function answeredInbound(
  ari: FakeAriServer,
  adapter: AriTelephonyAdapter,
  events: TelephonyEvent[],
  call = { ani: '+966551234567', dnis: '920001234' },
) {
  const legId = ari.inboundCall(call);
  await waitEvent(events, { type: 'offered', legId });
  await adapter.answer(legId);
  await waitEvent(events, { type: 'answered', legId });
  return legId;
}

async function agentLeg(ari: FakeAriServer, adapter: AriTelephonyAdapter, events: TelephonyEvent[], agent = 'agent-7') {
  ari.script(agents[agent]!, { outcome: 'answer', ringMs: 4000 });
  const legId = await adapter.originate({ destination: { kind: 'agent', agent } });
  await waitEvent(events, { type: 'answered', legId });
  return legId;
}

describe('TAWASUL_ARI_URL', () => {
  it.each([
    [
      'the documented form',
      'http://tawasul:s3cret@127.0.0.1:8088/ari?app=tawasul',
      {
        baseUrl: 'http://127.0.0.1:8088/ari',
        eventsUrl: 'ws://127.0.0.1:8088/ari/events',
        username: 'tawasul',
        password: 's3cret',
        app: 'tawasul',
      },
    ],
    [
      'https with an escaped password, a trailing slash and no app (defaults to tawasul)',
      'https://ari:p%40ss%3Aword@pbx.example.sa:8089/ari/',
      {
        baseUrl: 'https://pbx.example.sa:8089/ari',
        eventsUrl: 'wss://pbx.example.sa:8089/ari/events',
        username: 'ari',
        password: 'p@ss:word',
        app: 'tawasul',
      },
    ],
  ])('parses %s', (_name, url, expected) => {
    expect(parseAriUrl(url)).toEqual(expected);
  });

  it.each([
    ['no credentials', 'http://127.0.0.1:8088/ari?app=tawasul', /user and password/],
    ['a user without a password', 'http://tawasul@127.0.0.1:8088/ari', /user and password/],
    ['another scheme', 'ws://u:p@127.0.0.1:8088/ari', /http:\/\/ or https:\/\//],
    ['a bad app name', 'http://u:p@127.0.0.1:8088/ari?app=call%20center', /Stasis application name/],
    ['not a URL', 'asterisk', /expected http/],
  ])('refuses %s', (_name, url, message) => {
    expect(() => parseAriUrl(url)).toThrow(message);
  });

  it('refuses a trunk template without the number', () => {
    expect(ariDialPlanSchema.safeParse({ trunkTemplate: 'PJSIP/trunk' }).success).toBe(false);
    expect(ariDialPlanSchema.parse({ trunkTemplate: 'PJSIP/{number}@stc' })).toEqual({
      trunkTemplate: 'PJSIP/{number}@stc',
      mohClass: 'default',
      recordingFormat: 'wav',
    });
  });
});

describe('ARI timestamps', () => {
  it.each([
    ['Riyadh, offset without a colon', '2026-12-06T09:00:00.120+0300', '2026-12-06T06:00:00.120Z'],
    ['UTC written +0000', '2026-12-06T06:00:00.000+0000', '2026-12-06T06:00:00.000Z'],
    ['a negative offset', '2026-12-05T22:30:00.000-0730', '2026-12-06T06:00:00.000Z'],
    ['an offset with a colon', '2026-12-06T09:00:00.000+03:00', '2026-12-06T06:00:00.000Z'],
  ])('reads %s', (_name, text, iso) => {
    expect(parseAriTimestamp(text).toISOString()).toBe(iso);
  });

  it('refuses what is not a timestamp', () => {
    expect(() => parseAriTimestamp('yesterday')).toThrow(/not an ARI timestamp/);
  });
});

describe('ARI causes and refusals in the port’s words', () => {
  const originated = { role: 'originated' as const, everConnected: false, answered: false };
  it.each([
    ['16 normal clearing', originated, 16, 'normal'],
    ['17 user busy', originated, 17, 'busy'],
    ['18 no user responding', originated, 18, 'no_answer'],
    ['19 no answer', originated, 19, 'no_answer'],
    ['34 congestion', originated, 34, 'failed'],
    ['21 call rejected', originated, 21, 'failed'],
    ['0 with Dial BUSY', { ...originated, dialStatus: 'BUSY' }, 0, 'busy'],
    ['0 with Dial NOANSWER', { ...originated, dialStatus: 'NOANSWER' }, 0, 'no_answer'],
    ['0 with Dial CHANUNAVAIL', { ...originated, dialStatus: 'CHANUNAVAIL' }, 0, 'failed'],
    ['0 after an answer', { ...originated, answered: true }, 0, 'normal'],
    [
      'an inbound caller never connected, cause 34 (the runtime decides abandon)',
      { role: 'inbound' as const, everConnected: false, answered: true },
      34,
      'normal',
    ],
    [
      'an inbound caller connected, cause 34',
      { role: 'inbound' as const, everConnected: true, answered: true },
      34,
      'failed',
    ],
    ['the cause Tawasul hung up with', { ...originated, requestedCause: 'machine' as const }, 16, 'machine'],
  ])('%s', (_name, leg, cause, expected) => {
    expect(endCause(leg, cause)).toBe(expected);
  });

  it.each([
    [new AriHttpError(404, 'POST', '/channels/x/answer', 'Channel not found'), 'leg_not_found'],
    [new AriHttpError(409, 'POST', '/channels/x/answer', 'Channel not in Stasis application'), 'leg_state'],
    [new AriHttpError(412, 'POST', '/channels/x/play', 'Channel in invalid state'), 'leg_state'],
    [new AriHttpError(422, 'POST', '/bridges/b/addChannel', 'Channel not in Stasis application'), 'leg_state'],
    [new AriHttpError(401, 'GET', '/channels', 'Authentication required'), 'switch_unavailable'],
    [new AriHttpError(500, 'POST', '/channels', 'Allocation failed'), 'switch_unavailable'],
    [new AriUnreachableError('ECONNREFUSED'), 'switch_unavailable'],
  ])('%s → %s', (error, code) => {
    expect(toCommandError(error).code).toBe(code);
  });
});

describe('ARI adapter against a fake Asterisk', () => {
  it('offers an inbound call with ANI/DNIS, queues it on music, bridges it with an agent dialled on PJSIP', async () => {
    const { ari, adapter, events } = await setup();
    ari.setTime('2026-12-06T09:00:00.000+03:00');
    const caller = ari.inboundCall({ ani: '+966551234567', dnis: '920001234' });
    const offered = await waitEvent(events, { type: 'offered', legId: caller });
    expect(offered).toEqual({
      type: 'offered',
      legId: caller,
      direction: 'inbound',
      ani: '+966551234567',
      dnis: '920001234',
      at: new Date('2026-12-06T06:00:00.000Z'),
    });

    ari.advance(1500);
    await adapter.answer(caller);
    ari.advance(500);
    await adapter.hold(caller);
    await waitEvent(events, { type: 'held', legId: caller });

    ari.advance(10_000);
    ari.script('PJSIP/1001', { outcome: 'answer', ringMs: 4000 });
    const agent = await adapter.originate({
      destination: { kind: 'agent', agent: 'agent-7' },
      tag: 'call-1',
      callerId: '+966551234567',
      timeoutSeconds: 20,
    });
    await waitEvent(events, { type: 'answered', legId: agent });
    ari.advance(1000);
    await adapter.connect(caller, agent);
    await waitEvent(events, { type: 'connected', legId: agent });

    ari.advance(60_000);
    ari.remoteHangup(caller);
    await waitEvent(events, { type: 'ended', legId: caller });
    ari.advance(2000);
    await adapter.hangup(agent);
    await waitEvent(events, { type: 'ended', legId: agent });

    expect(timeline(events, caller)).toEqual([
      'offered@06:00:00.000',
      'answered@06:00:01.500',
      'held@06:00:02.000',
      'unheld@06:00:17.000',
      'connected@06:00:17.000',
      'ended@06:01:17.000',
    ]);
    expect(timeline(events, agent)).toEqual([
      'ringing@06:00:12.000',
      'answered@06:00:16.000',
      'connected@06:00:17.000',
      'ended@06:01:19.000',
    ]);
    expect(events.find((e) => e.type === 'ringing')).toMatchObject({
      destination: { kind: 'agent', agent: 'agent-7' },
      tag: 'call-1',
    });
    expect(events.filter((e) => e.type === 'connected').map((e) => [e.legId, e.otherLegId])).toEqual([
      [agent, caller],
      [caller, agent],
    ]);
    expect(events.filter((e) => e.type === 'ended').map((e) => e.type === 'ended' && e.cause)).toEqual([
      'normal',
      'normal',
    ]);

    // What Asterisk was asked, in order (the empty call bridge is taken down once both left).
    await until(() => ari.requestsTo('DELETE', /^\/bridges\//).length === 1, 'bridge destroyed');
    const calls = ari.requests.map((r) => `${r.method} ${r.path}`);
    expect(calls).toEqual([
      'GET /channels',
      'GET /bridges',
      `POST /channels/${caller}/answer`,
      'POST /bridges',
      'POST /bridges/tawasul-holding/moh',
      'POST /bridges/tawasul-holding/addChannel',
      'POST /channels',
      'POST /bridges',
      `POST /bridges/tawasul-holding/removeChannel`,
      expect.stringMatching(/^POST \/bridges\/tawasul-mix-[0-9a-f-]+\/addChannel$/),
      expect.stringMatching(/^POST \/bridges\/tawasul-mix-[0-9a-f-]+\/addChannel$/),
      `DELETE /channels/${agent}`,
      expect.stringMatching(/^DELETE \/bridges\/tawasul-mix-/),
    ]);
    const [holding, mixing] = ari.requestsTo('POST', /^\/bridges$/);
    expect(holding!.query).toMatchObject({ type: 'holding', bridgeId: 'tawasul-holding' });
    expect(mixing!.query).toMatchObject({ type: 'mixing' });
    expect(ari.requestsTo('POST', /\/moh$/)[0]!.query).toEqual({ mohClass: 'arabic-calm' });
    expect(ari.requestsTo('POST', /^\/channels$/)[0]!.query).toEqual({
      endpoint: 'PJSIP/1001',
      app: 'tawasul',
      appArgs: 'tawasul-originate',
      channelId: agent,
      callerId: '+966551234567',
      timeout: '20',
    });
    expect(ari.requestsTo('DELETE', /^\/channels\//)[0]!.query).toEqual({ reason: 'normal' });
    expect(await adapter.liveLegs()).toEqual([]);
  });

  it.each([
    ['cause 16', 16],
    ['cause 34 (a network failure before anyone answered: still the runtime’s to call abandoned)', 34],
  ])('a caller hanging up in the holding bridge ends normal and is never unheld (%s)', async (_name, cause) => {
    const { ari, adapter, events } = await setup();
    ari.setTime('2026-12-06T10:15:00.000+03:00');
    const caller = await answeredInbound(ari, adapter, events);
    await adapter.hold(caller);
    await waitEvent(events, { type: 'held', legId: caller });
    ari.advance(42_000);
    ari.remoteHangup(caller, cause);
    const ended = await waitEvent(events, { type: 'ended', legId: caller });
    expect(ended).toMatchObject({ cause: 'normal', at: new Date('2026-12-06T07:15:42.000Z') });
    expect(timeline(events, caller).map((t) => t.split('@')[0])).toEqual(['offered', 'answered', 'held', 'ended']);
    await expect(adapter.unhold(caller)).rejects.toMatchObject({ code: 'leg_not_found' });
  });

  it('stops a prompt on a key (barge-in) and reports it interrupted; without barge-in it plays to the end', async () => {
    const { ari, adapter, events } = await setup();
    ari.setTime('2026-12-06T11:00:00.000+03:00');
    const caller = await answeredInbound(ari, adapter, events);

    ari.advance(1000);
    await adapter.play(caller, { media: 'tawasul/ivr-main-ar' });
    ari.advance(2300);
    ari.sendDtmf(caller, '2');
    const played = await waitEvent(events, { type: 'played', legId: caller });
    expect(played).toMatchObject({ interrupted: true, at: new Date('2026-12-06T08:00:03.300Z') });
    expect(ari.requestsTo('POST', /\/play$/)[0]!.query).toMatchObject({ media: 'sound:tawasul/ivr-main-ar' });
    const [stop] = ari.requestsTo('DELETE', /^\/playbacks\//);
    expect(stop!.path).toBe(`/playbacks/${ari.requestsTo('POST', /\/play$/)[0]!.query.playbackId}`);

    await adapter.play(caller, { media: 'recording:queue-position-ar' }, { bargeIn: false });
    ari.advance(500);
    ari.sendDtmf(caller, '9');
    await waitEvent(events, { type: 'dtmf', legId: caller, digit: '9' });
    const playbackId = ari.requestsTo('POST', /\/play$/)[1]!.query.playbackId!;
    expect(ari.requestsTo('POST', /\/play$/)[1]!.query.media).toBe('recording:queue-position-ar');
    ari.advance(4000);
    ari.finishPlayback(playbackId);
    await until(() => events.filter((e) => e.type === 'played').length === 2, 'second played');

    expect(timeline(events, caller).slice(2)).toEqual([
      'dtmf@08:00:03.300',
      'played@08:00:03.300',
      'dtmf@08:00:03.800',
      'played@08:00:07.800',
    ]);
    expect(events.filter((e) => e.type === 'played').map((e) => e.type === 'played' && e.interrupted)).toEqual([
      true,
      false,
    ]);
    expect(ari.requestsTo('DELETE', /^\/playbacks\//)).toHaveLength(1);
    await expect(adapter.play(caller, { text: 'أهلاً' })).rejects.toMatchObject({ code: 'not_supported' });
  });

  it.each([
    ['busy (17)', { outcome: 'busy' as const }, ['ended@06:00:00.000'], 'busy'],
    [
      'no answer (19)',
      { outcome: 'no_answer' as const, ringMs: 30_000 },
      ['ringing@06:00:00.000', 'ended@06:00:30.000'],
      'no_answer',
    ],
    ['failed (34)', { outcome: 'failed' as const, cause: 34 }, ['ended@06:00:00.000'], 'failed'],
    [
      'answered',
      { outcome: 'answer' as const, ringMs: 7000 },
      ['ringing@06:00:00.000', 'answered@06:00:07.000'],
      undefined,
    ],
  ])('originates to a customer through the trunk: %s', async (_name, script, expected, cause) => {
    const { ari, adapter, events } = await setup();
    ari.setTime('2026-12-06T09:00:00.000+03:00');
    ari.script('PJSIP/966551234567@trunk', script);
    const leg = await adapter.originate({
      destination: { kind: 'number', number: '+966551234567' },
      callerId: '920001234',
      tag: 'list-9:row-3',
    });
    await until(() => timeline(events, leg).length === expected.length, expected.join(','));
    expect(timeline(events, leg)).toEqual(expected);
    if (cause) expect(events.at(-1)).toMatchObject({ type: 'ended', cause });
    expect(ari.requestsTo('POST', /^\/channels$/)[0]!.query).toMatchObject({
      endpoint: 'PJSIP/966551234567@trunk',
      callerId: '920001234',
      app: 'tawasul',
      appArgs: 'tawasul-originate',
    });
  });

  it('refuses answering-machine detection and commands on unknown legs without asking Asterisk', async () => {
    const { ari, adapter } = await setup();
    const before = ari.requests.length;
    await expect(
      adapter.originate({ destination: { kind: 'number', number: '+966551234567' }, detectMachine: true }),
    ).rejects.toMatchObject({ code: 'not_supported' });
    for (const command of [
      () => adapter.answer('nope'),
      () => adapter.hold('nope'),
      () => adapter.hangup('nope'),
      () => adapter.connect('nope', 'nada'),
      () => adapter.startRecording('nope'),
      () => adapter.snoop('nope', 'sup-1', 'listen'),
    ]) {
      await expect(command()).rejects.toBeInstanceOf(TelephonyCommandError);
      await expect(command()).rejects.toMatchObject({ code: 'leg_not_found' });
    }
    expect(ari.requests.length).toBe(before);
  });

  it('maps ARI refusals: an endpoint Asterisk does not know → leg_state; Asterisk gone → switch_unavailable', async () => {
    const { ari, adapter, events } = await setup();
    await expect(adapter.originate({ destination: { kind: 'agent', agent: 'agent-8' } })).rejects.toMatchObject({
      code: 'leg_state',
    });
    await expect(adapter.originate({ destination: { kind: 'agent', agent: 'agent-99' } })).rejects.toMatchObject({
      code: 'leg_state',
      message: 'no phone for agent agent-99: no endpoint for agent-99',
    });
    const caller = await answeredInbound(ari, adapter, events);
    await expect(adapter.answer(caller)).rejects.toMatchObject({ code: 'leg_state' });
    await expect(adapter.unhold(caller)).rejects.toMatchObject({ code: 'leg_state' });
    await ari.close();
    await expect(adapter.hold(caller)).rejects.toMatchObject({ code: 'switch_unavailable' });
    expect(await adapter.liveLegs()).toEqual([caller]);
  });

  it('records the call’s bridge under a name and reports start and stop', async () => {
    const { ari, adapter, events } = await setup();
    ari.setTime('2026-12-06T09:00:00.000+03:00');
    const caller = await answeredInbound(ari, adapter, events);
    const agent = await agentLeg(ari, adapter, events);
    await adapter.connect(caller, agent);
    await waitEvent(events, { type: 'connected', legId: caller });
    ari.advance(3000);
    const name = await adapter.startRecording(caller);
    expect(name).toMatch(/^tawasul-[0-9a-f-]{36}$/);
    const [record] = ari.requestsTo('POST', /\/record$/);
    expect(record!.path).toMatch(/^\/bridges\/tawasul-mix-[0-9a-f-]+\/record$/);
    expect(record!.query).toEqual({ name, format: 'wav', ifExists: 'fail' });
    await expect(adapter.startRecording(caller)).rejects.toMatchObject({ code: 'leg_state' });
    ari.advance(90_000);
    await adapter.stopRecording(caller);
    await until(() => events.filter((e) => e.type === 'recording').length === 2, 'recording stopped');
    expect(events.filter((e) => e.type === 'recording')).toEqual([
      { type: 'recording', legId: caller, name, state: 'started', at: new Date('2026-12-06T06:00:07.000Z') },
      { type: 'recording', legId: caller, name, state: 'stopped', at: new Date('2026-12-06T06:01:37.000Z') },
    ]);
    expect(ari.requestsTo('POST', /^\/recordings\/live\//)[0]!.path).toBe(`/recordings/live/${name}/stop`);

    // On hold and back: the same bridge, the same pair, no second `connected`.
    const bridgeId = ari.channels.get(agent)!.bridgeId!;
    await adapter.hold(caller);
    await waitEvent(events, { type: 'held', legId: caller });
    expect(ari.bridges.get(bridgeId)!.channels).toEqual([agent]);
    await adapter.unhold(caller);
    await waitEvent(events, { type: 'unheld', legId: caller });
    await until(() => ari.bridges.get(bridgeId)!.channels.length === 2, 'back in the call bridge');
    expect(ari.channels.get(caller)!.bridgeId).toBe(bridgeId);
    await settled(ari, events, caller);
    expect(events.filter((e) => e.type === 'connected')).toHaveLength(2);
  });

  it.each([
    ['listen', 'both', 'none'],
    ['whisper', 'both', 'out'],
  ] as const)('snoops to %s: spy=%s whisper=%s, bridged with the supervisor’s phone', async (mode, spy, whisper) => {
    const { ari, adapter, events } = await setup();
    const caller = await answeredInbound(ari, adapter, events);
    const agent = await agentLeg(ari, adapter, events);
    await adapter.connect(caller, agent);
    ari.script('PJSIP/2001', { outcome: 'answer', ringMs: 1000 });
    const supervisor = await adapter.snoop(agent, 'sup-1', mode);
    const snoopRequest = await until(() => ari.requestsTo('POST', /\/snoop$/)[0], 'snoop request');
    expect(snoopRequest.path).toBe(`/channels/${agent}/snoop`);
    expect(snoopRequest.query).toMatchObject({ spy, whisper, app: 'tawasul', appArgs: 'tawasul-snoop' });
    const snoopId = snoopRequest.query.snoopId!;
    await until(() => ari.channels.get(supervisor)?.bridgeId && ari.channels.get(snoopId)?.bridgeId, 'snoop bridge');
    const snoopBridge = ari.bridges.get(ari.channels.get(supervisor)!.bridgeId!)!;
    expect(snoopBridge.bridge_type).toBe('mixing');
    expect(snoopBridge.channels.sort()).toEqual([snoopId, supervisor].sort());
    // The supervisor's phone is a leg (ringing, answered); he is never "connected" to the call.
    await settled(ari, events, caller);
    expect(timeline(events, supervisor).map((t) => t.split('@')[0])).toEqual(['ringing', 'answered']);
    expect(events.find((e) => e.type === 'ringing' && e.legId === supervisor)).toMatchObject({
      destination: { kind: 'agent', agent: 'sup-1' },
      tag: `snoop:${agent}:${mode}`,
    });
    expect(
      events.filter((e) => e.type === 'connected' && (e.legId === supervisor || e.otherLegId === supervisor)),
    ).toEqual([]);
    expect(events.some((e) => e.legId === snoopId)).toBe(false);

    // The call ends: the supervisor is released and his snoop plumbing taken down.
    ari.remoteHangup(caller);
    await adapter.hangup(agent);
    await waitEvent(events, { type: 'ended', legId: supervisor });
    await until(() => !ari.channels.has(snoopId) && !ari.bridges.has(snoopBridge.id), 'snoop cleanup');
  });

  it('barges a supervisor into the call’s mixing bridge', async () => {
    const { ari, adapter, events } = await setup();
    const caller = await answeredInbound(ari, adapter, events);
    const agent = await agentLeg(ari, adapter, events);
    await adapter.connect(caller, agent);
    await waitEvent(events, { type: 'connected', legId: caller });
    ari.script('PJSIP/2001', { outcome: 'answer' });
    const supervisor = await adapter.snoop(agent, 'sup-1', 'barge');
    const bridgeId = ari.channels.get(caller)!.bridgeId!;
    await until(() => ari.bridges.get(bridgeId)!.channels.includes(supervisor), 'supervisor in the bridge');
    expect(ari.bridges.get(bridgeId)!.channels).toEqual([caller, agent, supervisor]);
    expect(ari.requestsTo('POST', /\/snoop$/)).toEqual([]);
    await settled(ari, events, caller);
    expect(events.filter((e) => e.type === 'connected')).toHaveLength(2);
  });

  it('transfers blind: the agent is released, the caller waits on music, the new agent joins on answer', async () => {
    const { ari, adapter, events } = await setup();
    ari.setTime('2026-12-06T09:00:00.000+03:00');
    const caller = await answeredInbound(ari, adapter, events);
    const first = await agentLeg(ari, adapter, events, 'agent-7');
    await adapter.connect(caller, first);
    await waitEvent(events, { type: 'connected', legId: caller });
    ari.advance(30_000);
    ari.script('PJSIP/1002', { outcome: 'manual' });
    await adapter.transfer(caller, { kind: 'agent', agent: 'agent-8' }, 'blind');
    const second = ari.requestsTo('POST', /^\/channels$/).at(-1)!.query.channelId!;
    await waitEvent(events, { type: 'ended', legId: first });
    expect(ari.bridges.get(ari.channels.get(caller)!.bridgeId!)!.moh).toBe('arabic-calm');
    ari.ringRemote(second);
    const ringing = await waitEvent(events, { type: 'ringing', legId: second });
    expect(ringing).toMatchObject({ tag: `transfer:${caller}`, destination: { kind: 'agent', agent: 'agent-8' } });
    ari.advance(5000);
    ari.answerRemote(second);
    await until(
      () => events.find((e) => e.type === 'connected' && e.legId === caller && e.otherLegId === second),
      'connected to the second agent',
    );
    expect(timeline(events, caller).map((t) => t.split('@')[0])).toEqual([
      'offered',
      'answered',
      'connected',
      'transferred',
      'connected',
    ]);
    expect(events.find((e) => e.type === 'transferred')).toMatchObject({
      to: { kind: 'agent', agent: 'agent-8' },
      mode: 'blind',
      at: new Date('2026-12-06T06:00:34.000Z'),
    });
    expect(events.find((e) => e.type === 'ended' && e.legId === first)).toMatchObject({ cause: 'normal' });
    const bridgeId = ari.channels.get(caller)!.bridgeId!;
    expect(ari.bridges.get(bridgeId)!.channels).toEqual([caller, second]);
    expect(ari.requestsTo('POST', /\/moh$/).map((r) => r.path)).toEqual([`/bridges/${bridgeId}/moh`]);
    await until(() => ari.requestsTo('DELETE', /\/moh$/).length === 1, 'music stopped');
  });

  it('leaves the call as it was when the switch refuses a blind transfer’s destination', async () => {
    const { ari, adapter, events } = await setup();
    const caller = await answeredInbound(ari, adapter, events);
    const first = await agentLeg(ari, adapter, events, 'agent-7');
    await adapter.connect(caller, first);
    await waitEvent(events, { type: 'connected', legId: caller });
    await expect(adapter.transfer(caller, { kind: 'agent', agent: 'agent-8' }, 'blind')).rejects.toMatchObject({
      code: 'leg_state',
    });
    ari.sendDtmf(caller, '5');
    await waitEvent(events, { type: 'dtmf', legId: caller });
    expect(events.some((e) => e.type === 'transferred')).toBe(false);
    expect(ari.channels.has(first)).toBe(true);
    expect(ari.requestsTo('DELETE', /^\/channels\//)).toEqual([]);
    expect(ari.requestsTo('POST', /\/moh$/)).toEqual([]);
  });

  it('hangs up the transfer’s destination when the caller left while it rang', async () => {
    const { ari, adapter, events } = await setup();
    const caller = await answeredInbound(ari, adapter, events);
    const first = await agentLeg(ari, adapter, events, 'agent-7');
    await adapter.connect(caller, first);
    ari.script('PJSIP/1002', { outcome: 'manual' });
    await adapter.transfer(caller, { kind: 'agent', agent: 'agent-8' }, 'blind');
    const second = ari.requestsTo('POST', /^\/channels$/).at(-1)!.query.channelId!;
    ari.ringRemote(second);
    await waitEvent(events, { type: 'ringing', legId: second });
    ari.remoteHangup(caller);
    await waitEvent(events, { type: 'ended', legId: caller });
    ari.answerRemote(second);
    const ended = await waitEvent(events, { type: 'ended', legId: second });
    expect(ended).toMatchObject({ cause: 'normal' });
    expect(timeline(events, second).map((t) => t.split('@')[0])).toEqual(['ringing', 'answered', 'ended']);
    expect(events.some((e) => e.type === 'connected' && e.legId === second)).toBe(false);
  });

  it('transfers attended: the held caller joins the consulted agent and the first agent is released', async () => {
    const { ari, adapter, events } = await setup();
    const caller = await answeredInbound(ari, adapter, events);
    const first = await agentLeg(ari, adapter, events, 'agent-7');
    await adapter.connect(caller, first);
    await adapter.hold(caller);
    await waitEvent(events, { type: 'held', legId: caller });
    const consult = await agentLeg(ari, adapter, events, 'agent-8');
    await adapter.connect(first, consult);
    await waitEvent(events, { type: 'connected', legId: consult });
    await adapter.transfer(caller, { kind: 'agent', agent: 'agent-8' }, 'attended', consult);
    await until(
      () => events.find((e) => e.type === 'connected' && e.legId === caller && e.otherLegId === consult),
      'caller with the consulted agent',
    );
    await waitEvent(events, { type: 'ended', legId: first });
    expect(timeline(events, caller).map((t) => t.split('@')[0])).toEqual([
      'offered',
      'answered',
      'connected',
      'held',
      'transferred',
      'unheld',
      'connected',
    ]);
    expect(events.find((e) => e.type === 'transferred')).toMatchObject({ mode: 'attended', consultLegId: consult });
    expect(ari.channels.has(first)).toBe(false);
    await expect(adapter.transfer(caller, { kind: 'agent', agent: 'agent-8' }, 'attended')).rejects.toMatchObject({
      code: 'leg_state',
    });
  });

  it('recovers from a WebSocket drop: calls go on, vanished legs end dropped, new callers are offered', async () => {
    const { ari, adapter, events, states } = await setup();
    ari.setTime('2026-12-06T09:00:00.000+03:00');
    const caller = await answeredInbound(ari, adapter, events);
    const agent = await agentLeg(ari, adapter, events);
    await adapter.connect(caller, agent);
    const waiting = await answeredInbound(ari, adapter, events, { ani: '+966500000001', dnis: '920001234' });
    await adapter.hold(waiting);
    await waitEvent(events, { type: 'held', legId: waiting });
    const seen = events.length;

    ari.setTime('2026-12-06T09:05:00.000+03:00');
    ari.dropConnections();
    await until(() => states.some((s) => s.state === 'disconnected'), 'disconnected');
    // While nobody listens: the agent's phone hangs up, a new caller arrives.
    ari.remoteHangup(agent);
    ari.advance(2000);
    const late = ari.inboundCall({ ani: '+966500000002', dnis: '920005678' });
    ari.setTime('2026-12-06T09:05:07.000+03:00');
    await until(() => states.filter((s) => s.state === 'connected').length === 2, 'reconnected');

    expect(events.slice(seen)).toEqual([
      { type: 'ended', legId: agent, cause: 'dropped', at: new Date('2026-12-06T06:05:07.000Z') },
      {
        type: 'offered',
        legId: late,
        direction: 'inbound',
        ani: '+966500000002',
        dnis: '920005678',
        at: new Date('2026-12-06T06:05:02.000Z'),
      },
    ]);
    expect(ari.connections).toBe(2);
    expect((await adapter.liveLegs()).sort()).toEqual([caller, waiting, late].sort());

    // The rebuilt state works: the caller (alone in its bridge) goes on hold, the waiting one comes back.
    await adapter.hold(caller);
    await waitEvent(events, { type: 'held', legId: caller });
    await adapter.unhold(waiting);
    await waitEvent(events, { type: 'unheld', legId: waiting });
    await expect(adapter.hangup(agent)).rejects.toMatchObject({ code: 'leg_not_found' });
    expect(ari.requestsTo('GET', /^\/channels$/)).toHaveLength(2);
    expect(ari.requestsTo('GET', /^\/bridges$/)).toHaveLength(2);
  });

  it('keeps trying after a drop until Asterisk is back, and catches up on a prompt that ended meanwhile', async () => {
    const { ari, adapter, events, states } = await setup();
    ari.setTime('2026-12-06T09:00:00.000+03:00');
    const caller = await answeredInbound(ari, adapter, events);
    await adapter.play(caller, { media: 'tawasul/please-wait-ar' });
    const playbackId = ari.requestsTo('POST', /\/play$/)[0]!.query.playbackId!;
    ari.dropConnections();
    await until(() => states.some((s) => s.state === 'disconnected'), 'disconnected');
    ari.finishPlayback(playbackId);
    ari.setTime('2026-12-06T09:00:09.000+03:00');
    await until(() => states.filter((s) => s.state === 'connected').length === 2, 'reconnected');
    expect(timeline(events, caller)).toEqual(['offered@06:00:00.000', 'answered@06:00:00.000', 'played@06:00:09.000']);
    expect(adapter.isConnected).toBe(true);
  });

  it('reconnects when pings go unanswered (a half-dead connection), and the call goes on', async () => {
    const ari = await FakeAriServer.start();
    cleanups.push(() => ari.close());
    const clock = new ManualClock();
    const adapter = new AriTelephonyAdapter(
      {
        ...parseAriUrl(ari.url()),
        ...ariDialPlanSchema.parse({ trunkTemplate: 'PJSIP/{digits}@trunk' }),
        agentEndpoint: (a) => agents[a]!,
        heartbeatMs: 15_000,
        reconnectMinMs: 10,
      },
      { timers: clock },
    );
    const events: TelephonyEvent[] = [];
    const states: string[] = [];
    adapter.onEvent((e) => events.push(e));
    adapter.onConnection((s) => states.push(s.state));
    await adapter.start();
    cleanups.push(() => adapter.close());
    const caller = await answeredInbound(ari, adapter, events);

    // Pings answered: nothing happens.
    clock.advance(15_000);
    await until(() => ari.pings === 1, 'first ping');
    await settled(ari, events, caller);
    clock.advance(15_000);
    await until(() => ari.pings === 2, 'second ping');
    await settled(ari, events, caller);
    expect(states).toEqual(['connected']);

    // The link goes half-dead: the next ping is not answered before the one after.
    ari.muteConnections();
    clock.advance(15_000);
    clock.advance(15_000);
    await until(() => states.includes('disconnected'), 'disconnected');
    clock.advance(10);
    await until(() => states.length === 3, 'reconnected');
    expect(states).toEqual(['connected', 'disconnected', 'connected']);
    expect(ari.connections).toBe(2);
    expect(await adapter.liveLegs()).toEqual([caller]);
    expect(events.some((e) => e.type === 'ended')).toBe(false);
  });

  it('a new adapter (Tawasul restarted) adopts the calls already in the application', async () => {
    const { ari, adapter, events } = await setup();
    ari.setTime('2026-12-06T09:00:00.000+03:00');
    const caller = await answeredInbound(ari, adapter, events);
    const agent = await agentLeg(ari, adapter, events);
    await adapter.connect(caller, agent);
    const waiting = await answeredInbound(ari, adapter, events, { ani: '+966500000001', dnis: '920001234' });
    await adapter.hold(waiting);
    await waitEvent(events, { type: 'held', legId: waiting });
    await adapter.close();

    ari.setTime('2026-12-06T09:10:00.000+03:00');
    const restarted = new AriTelephonyAdapter({
      ...parseAriUrl(ari.url()),
      ...ariDialPlanSchema.parse({ trunkTemplate: 'PJSIP/{digits}@trunk' }),
      agentEndpoint: (a) => agents[a]!,
    });
    const seen: TelephonyEvent[] = [];
    restarted.onEvent((e) => seen.push(e));
    await restarted.start();
    cleanups.push(() => restarted.close());
    const summary = seen.map(
      (e) => `${e.type}:${[caller, agent, waiting].indexOf(e.legId)}@${e.at.toISOString().slice(11, 19)}`,
    );
    expect(summary).toEqual([
      'offered:0@06:00:00',
      'answered:0@06:10:00',
      'answered:1@06:10:00',
      'offered:2@06:00:04',
      'answered:2@06:10:00',
      'connected:1@06:10:00',
      'connected:0@06:10:00',
      'held:2@06:10:00',
    ]);
    expect((await restarted.liveLegs()).sort()).toEqual([caller, agent, waiting].sort());
    const bridgesBefore = ari.requestsTo('POST', /^\/bridges$/).length;
    await restarted.hold(caller);
    await restarted.unhold(waiting);
    await until(() => seen.some((e) => e.type === 'unheld' && e.legId === waiting), 'unheld');
    expect(ari.requestsTo('POST', /^\/bridges$/).length).toBe(bridgesBefore);
  });

  it('refuses to start when Asterisk refuses the credentials (401), on the WebSocket and on REST', async () => {
    const ari = await FakeAriServer.start();
    cleanups.push(() => ari.close());
    const wrong = new AriTelephonyAdapter({
      ...parseAriUrl(ari.url('tawasul:wrong')),
      ...ariDialPlanSchema.parse({ trunkTemplate: 'PJSIP/{digits}@trunk' }),
      agentEndpoint: (agent) => `PJSIP/${agent}`,
    });
    cleanups.push(() => wrong.close());
    const error = await wrong.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TelephonyCommandError);
    expect(error).toMatchObject({ code: 'switch_unavailable', message: expect.stringMatching(/credentials \(401\)/) });
    await expect(wrong.originate({ destination: { kind: 'agent', agent: '1001' } })).rejects.toMatchObject({
      code: 'switch_unavailable',
      message: expect.stringMatching(/credentials \(401\)/),
    });
    expect(ari.connections).toBe(0);
    expect(ari.requests).toEqual([]);
  });
});
