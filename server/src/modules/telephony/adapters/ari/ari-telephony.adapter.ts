import { randomUUID } from 'node:crypto';
import type WebSocket from 'ws';
import { systemClock, type Timers } from '../../../../shared/clock.ts';
import {
  TelephonyCommandError,
  type Destination,
  type EndCause,
  type LegId,
  type OriginateRequest,
  type Prompt,
  type SnoopMode,
  type TelephonyEvent,
  type TelephonyPort,
} from '../../port.ts';
import { trunkEndpoint, type AriAdapterOptions } from './ari-config.ts';
import { AriClient, AriHttpError, AriUnreachableError } from './ari-client.ts';
import { parseAriTimestamp, type AriBridge, type AriChannel, type AriEvent } from './ari-types.ts';

// The Asterisk ARI adapter (SPEC T1). Every call Tawasul handles is in one Stasis application:
// inbound calls arrive there from the dialplan (`Stasis(tawasul)`), legs Tawasul originates are
// placed into it. Waiting and held legs sit in one holding bridge with music on hold; talking
// legs share a mixing bridge. ARI events become port events stamped with ARI's own `timestamp`.
//
// When the events WebSocket drops, calls go on inside Asterisk; the adapter reconnects with
// back-off and rebuilds its view from GET /channels and /bridges: legs still there keep their ids,
// legs that vanished meanwhile end with `dropped`.

/** Marks in `appArgs`: which legs entering the application are Tawasul's own. */
const ORIGINATED = 'tawasul-originate';
const SNOOP = 'tawasul-snoop';

type LegRole = 'inbound' | 'originated' | 'supervisor';

type Leg = {
  id: LegId;
  role: LegRole;
  destination?: Destination;
  tag?: string;
  rang: boolean;
  answered: boolean;
  inStasis: boolean;
  held: boolean;
  bridgeId?: string;
  /** The mixing bridge the leg talks in (kept while on hold, to go back to). */
  callBridgeId?: string;
  connectedTo: Set<LegId>;
  everConnected: boolean;
  /** Far end or we asked to hang up: leaving a bridge now is not an `unheld`. */
  hangingUp: boolean;
  /** The cause Tawasul gave to `hangup` (reported as is on `ended`). */
  requestedCause?: EndCause;
  dialStatus?: string;
  /** The originate request is on its way (the channel may not exist yet). */
  placing?: boolean;
  recording?: string;
  /** Run once the leg is answered and in the application (bridge it, snoop …). */
  onStasis: (() => Promise<void>)[];
  /** Supervisors listening, whispering or barging on this leg. */
  supervisors: Set<LegId>;
  /** For a supervisor's leg: the snoop channel and bridge to clean up. */
  snoopChannelId?: string;
  snoopBridgeId?: string;
};

type Bridge = { id: string; type: 'mixing' | 'holding'; channels: Set<string>; ours: boolean; moh: boolean };

type Deferred = { fired: boolean; event: DistributiveOmit<TelephonyEvent, 'at'> };
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export type AriConnectionState = { state: 'connected' | 'disconnected'; reason?: string };

export class AriTelephonyAdapter implements TelephonyPort {
  readonly name = 'ari' as const;
  readonly supports = { snoop: true, recording: true, machineDetection: false };

  private readonly client: AriClient;
  private readonly timers: Timers;
  private readonly listeners = new Set<(event: TelephonyEvent) => void>();
  private readonly connectionListeners = new Set<(state: AriConnectionState) => void>();
  private readonly legs = new Map<LegId, Leg>();
  private readonly bridges = new Map<string, Bridge>();
  /** Snoop channels: Tawasul's plumbing, never reported as legs. */
  private readonly internal = new Set<string>();
  private readonly playbacks = new Map<string, { legId: LegId; bargeIn: boolean; stopping: boolean }>();
  private readonly recordings = new Map<string, LegId>();
  private readonly deferred = new Map<string, Deferred[]>();
  private readonly holdingBridgeId: string;
  private holdingBridge: Promise<string> | undefined;
  private socket: WebSocket | undefined;
  private connected = false;
  private closed = false;
  private reconnectDelay: number;
  private cancelReconnect: (() => void) | undefined;
  private cancelHeartbeat: (() => void) | undefined;
  /** Events read while the state is being rebuilt after a reconnect; handled once it is. */
  private buffer: AriEvent[] | undefined;

  constructor(
    private readonly options: AriAdapterOptions,
    deps: { timers?: Timers; fetchImpl?: typeof fetch } = {},
  ) {
    this.client = new AriClient(options, { requestTimeoutMs: options.requestTimeoutMs, fetchImpl: deps.fetchImpl });
    this.timers = deps.timers ?? systemClock;
    this.reconnectDelay = options.reconnectMinMs ?? 500;
    this.holdingBridgeId = `${options.app}-holding`;
  }

  /**
   * Connects the events WebSocket and reads the calls already in the application. Rejects with
   * `switch_unavailable` when Asterisk is unreachable or refuses the credentials; after the first
   * success, drops are repaired in the background.
   */
  async start(): Promise<void> {
    try {
      await this.connectOnce();
    } catch (error) {
      throw toCommandError(error);
    }
  }

  onEvent(listener: (event: TelephonyEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Connection changes of the events WebSocket (for health checks and the supervisor's view). */
  onConnection(listener: (state: AriConnectionState) => void): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  get isConnected(): boolean {
    return this.connected;
  }

  // ── commands ──────────────────────────────────────────────────────────────

  async originate(request: OriginateRequest): Promise<LegId> {
    if (request.detectMachine) {
      throw new TelephonyCommandError('not_supported', 'answering-machine detection is not available through ARI');
    }
    return this.place(request.destination, 'originated', {
      tag: request.tag,
      callerId: request.callerId,
      timeout: request.timeoutSeconds,
    });
  }

  async answer(legId: LegId): Promise<void> {
    const leg = this.leg(legId);
    if (leg.answered) throw new TelephonyCommandError('leg_state', `leg ${legId} is already answered`);
    await this.call(() => this.client.answer(legId));
  }

  async hold(legId: LegId): Promise<void> {
    const leg = this.leg(legId);
    if (leg.held) throw new TelephonyCommandError('leg_state', `leg ${legId} is already on hold`);
    if (!leg.inStasis) throw new TelephonyCommandError('leg_state', `leg ${legId} is not answered yet`);
    const holding = await this.call(() => this.ensureHoldingBridge());
    await this.call(async () => {
      if (leg.bridgeId && leg.bridgeId !== holding) await this.client.removeChannel(leg.bridgeId, [legId]);
      await this.client.addChannel(holding, [legId]);
    });
  }

  /** Into the holding bridge: the partner stays alone in the mixing bridge, up (a transfer to a queue). */
  async detach(legId: LegId): Promise<void> {
    if (!this.leg(legId).held) await this.hold(legId);
  }

  async unhold(legId: LegId): Promise<void> {
    const leg = this.leg(legId);
    if (!leg.held || !leg.bridgeId) throw new TelephonyCommandError('leg_state', `leg ${legId} is not on hold`);
    const back = leg.callBridgeId ? this.bridges.get(leg.callBridgeId) : undefined;
    const holding = leg.bridgeId;
    await this.call(async () => {
      await this.client.removeChannel(holding, [legId]);
      if (back && back.channels.size > 0) await this.client.addChannel(back.id, [legId]);
    });
  }

  async connect(legId: LegId, otherLegId: LegId): Promise<void> {
    const a = this.leg(legId);
    const b = this.leg(otherLegId);
    if (legId === otherLegId) throw new TelephonyCommandError('leg_state', 'a leg cannot be connected to itself');
    for (const leg of [a, b]) {
      if (!leg.inStasis) throw new TelephonyCommandError('leg_state', `leg ${leg.id} is not answered yet`);
    }
    await this.call(() => this.bridgeTogether([a, b], this.mixingBridgeOf(a) ?? this.mixingBridgeOf(b)));
  }

  async transfer(legId: LegId, to: Destination, mode: 'blind' | 'attended', consultLegId?: LegId): Promise<void> {
    const leg = this.leg(legId);
    if (!leg.inStasis) throw new TelephonyCommandError('leg_state', `leg ${legId} is not answered yet`);
    if (mode === 'attended') {
      if (!consultLegId)
        throw new TelephonyCommandError('leg_state', 'an attended transfer needs the consultation leg');
      const consult = this.leg(consultLegId);
      if (!consult.inStasis) throw new TelephonyCommandError('leg_state', `leg ${consultLegId} is not answered yet`);
      const target = this.mixingBridgeOf(consult) ?? this.mixingBridgeOf(leg);
      const released = this.othersInCall([leg, consult]);
      const transferred = this.deferUntilNextEvent([leg.id, consult.id, ...released], {
        type: 'transferred',
        legId,
        to,
        mode,
        consultLegId,
      });
      await this.call(async () => {
        await this.release(released);
        await this.bridgeTogether([leg, consult], target);
      }).catch((error: unknown) => {
        transferred.fired = true;
        throw error;
      });
      return;
    }

    // Blind: the destination is dialled first (if the switch refuses, nothing has changed); then
    // the other side is released and the leg waits with music in its bridge until the destination
    // answers and joins it (re-originated, so the call stays in Tawasul's hands).
    const released = this.othersInCall([leg]);
    const newLegId = randomUUID();
    const transferred = this.deferUntilNextEvent([newLegId, ...released, leg.id], {
      type: 'transferred',
      legId,
      to,
      mode: 'blind',
    });
    try {
      const target = await this.call(() => this.bridgeTogether([leg], this.mixingBridgeOf(leg)));
      await this.place(to, 'originated', {
        id: newLegId,
        tag: `transfer:${legId}`,
        onStasis: async (id) => {
          // The caller may have hung up while the destination rang: nobody to join then.
          if (!this.legs.has(legId) || !this.bridges.has(target)) {
            const answeredLeg = this.legs.get(id);
            if (answeredLeg) {
              answeredLeg.requestedCause = 'normal';
              answeredLeg.hangingUp = true;
            }
            await this.client.hangup(id, 'normal');
            return;
          }
          await this.client.addChannel(target, [id]);
        },
      });
      await this.call(async () => {
        await this.release(released);
        const bridge = this.bridges.get(target);
        if (bridge && !bridge.channels.has(newLegId)) {
          await this.client.startMoh(target, this.options.mohClass);
          bridge.moh = true;
        }
      });
    } catch (error) {
      transferred.fired = true;
      throw error;
    }
  }

  async hangup(legId: LegId, cause: EndCause = 'normal'): Promise<void> {
    const leg = this.leg(legId);
    leg.requestedCause = cause;
    leg.hangingUp = true;
    await this.call(() => this.client.hangup(legId, hangupReason(cause)));
  }

  async play(legId: LegId, prompt: Prompt, options: { bargeIn?: boolean } = {}): Promise<void> {
    const leg = this.leg(legId);
    if (!prompt.media) {
      throw new TelephonyCommandError('not_supported', 'Asterisk plays recorded prompts only (no text to speech)');
    }
    if (!leg.inStasis) throw new TelephonyCommandError('leg_state', `leg ${legId} is not in the application`);
    const media = /^[a-z]+:/.test(prompt.media) ? prompt.media : `sound:${prompt.media}`;
    const playbackId = randomUUID();
    this.playbacks.set(playbackId, { legId, bargeIn: options.bargeIn ?? true, stopping: false });
    try {
      await this.call(() => this.client.play(legId, media, playbackId));
    } catch (error) {
      this.playbacks.delete(playbackId);
      throw error;
    }
  }

  async startRecording(legId: LegId): Promise<string> {
    const leg = this.leg(legId);
    if (leg.recording) throw new TelephonyCommandError('leg_state', `leg ${legId} is already being recorded`);
    if (!leg.inStasis) throw new TelephonyCommandError('leg_state', `leg ${legId} is not in the application`);
    const name = `${this.options.app}-${randomUUID()}`;
    const params = { name, format: this.options.recordingFormat, ifExists: 'fail' as const };
    leg.recording = name;
    this.recordings.set(name, legId);
    try {
      const bridge = this.mixingBridgeOf(leg);
      if (bridge) await this.call(() => this.client.recordBridge(bridge, params));
      else await this.call(() => this.client.recordChannel(legId, params));
    } catch (error) {
      leg.recording = undefined;
      this.recordings.delete(name);
      throw error;
    }
    return name;
  }

  async stopRecording(legId: LegId): Promise<void> {
    const leg = this.leg(legId);
    if (!leg.recording) throw new TelephonyCommandError('leg_state', `leg ${legId} is not being recorded`);
    const name = leg.recording;
    await this.call(() => this.client.stopRecording(name));
  }

  async snoop(legId: LegId, supervisor: string, mode: SnoopMode): Promise<LegId> {
    const leg = this.leg(legId);
    if (!leg.inStasis) throw new TelephonyCommandError('leg_state', `leg ${legId} is not answered yet`);
    const supervisorLegId = await this.place({ kind: 'agent', agent: supervisor }, 'supervisor', {
      tag: `snoop:${legId}:${mode}`,
      onStasis: async (id) => {
        const target = this.legs.get(legId);
        const supervisorLeg = this.legs.get(id);
        if (!target || !supervisorLeg) return;
        if (mode === 'barge') {
          await this.bridgeTogether([target, supervisorLeg], this.mixingBridgeOf(target));
          return;
        }
        // Spy on both directions of the snooped leg (what its party says and hears); a whisper
        // is heard by that party only (`out` = towards the channel).
        const snoopId = `${this.options.app}-snoop-${randomUUID()}`;
        this.internal.add(snoopId);
        supervisorLeg.snoopChannelId = snoopId;
        await this.client.snoop(legId, {
          spy: 'both',
          whisper: mode === 'whisper' ? 'out' : 'none',
          app: this.options.app,
          appArgs: SNOOP,
          snoopId,
        });
        const bridgeId = `${this.options.app}-snoop-${randomUUID()}`;
        supervisorLeg.snoopBridgeId = bridgeId;
        await this.client.createBridge('mixing', bridgeId, bridgeId);
        this.bridges.set(bridgeId, { id: bridgeId, type: 'mixing', channels: new Set(), ours: true, moh: false });
        await this.client.addChannel(bridgeId, [snoopId, id]);
      },
    });
    leg.supervisors.add(supervisorLegId);
    return supervisorLegId;
  }

  async liveLegs(): Promise<LegId[]> {
    return [...this.legs.keys()];
  }

  async close(): Promise<void> {
    this.closed = true;
    this.cancelReconnect?.();
    this.cancelHeartbeat?.();
    const socket = this.socket;
    this.socket = undefined;
    if (socket) {
      await new Promise<void>((resolve) => {
        // Shutting down is wall-clock business, not the injected clock's (which may be stopped).
        const force = setTimeout(() => {
          socket.terminate();
          resolve();
        }, 1000);
        force.unref();
        socket.once('close', () => {
          clearTimeout(force);
          resolve();
        });
        socket.close();
      });
    }
  }

  // ── placing legs and bridging them ────────────────────────────────────────

  private async place(
    destination: Destination,
    role: LegRole,
    extra: {
      tag?: string;
      callerId?: string;
      timeout?: number;
      onStasis?: (id: LegId) => Promise<void>;
      id?: LegId;
    },
  ): Promise<LegId> {
    const endpoint = this.endpointOf(destination);
    const id = extra.id ?? randomUUID();
    // Registered before the request: Asterisk may send the leg's first events before it answers.
    const leg = newLeg(id, role, { destination, tag: extra.tag });
    if (extra.onStasis) {
      const run = extra.onStasis;
      leg.onStasis.push(() => run(id));
    }
    leg.placing = true;
    this.legs.set(id, leg);
    try {
      await this.call(() =>
        this.client.originate({
          endpoint,
          app: this.options.app,
          appArgs: role === 'supervisor' ? `${ORIGINATED},supervisor` : ORIGINATED,
          channelId: id,
          callerId: extra.callerId,
          timeout: extra.timeout,
        }),
      );
    } catch (error) {
      this.legs.delete(id);
      this.deferred.delete(id);
      throw error;
    } finally {
      leg.placing = false;
    }
    return id;
  }

  private endpointOf(destination: Destination): string {
    if (destination.kind === 'number') return trunkEndpoint(this.options.trunkTemplate, destination.number);
    let endpoint: string | undefined;
    try {
      endpoint = this.options.agentEndpoint(destination.agent);
    } catch (error) {
      throw new TelephonyCommandError(
        'leg_state',
        `no phone for agent ${destination.agent}: ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
    if (!endpoint) throw new TelephonyCommandError('leg_state', `no phone for agent ${destination.agent}`);
    return endpoint;
  }

  /** Puts `legs` in one mixing bridge (`bridgeId`, or a new one); returns the bridge. */
  private async bridgeTogether(legs: Leg[], bridgeId: string | undefined): Promise<string> {
    let target = bridgeId;
    if (!target) {
      target = `${this.options.app}-mix-${randomUUID()}`;
      await this.client.createBridge('mixing', target, target);
      this.bridges.set(target, { id: target, type: 'mixing', channels: new Set(), ours: true, moh: false });
    }
    for (const leg of legs) {
      if (leg.bridgeId === target) continue;
      if (leg.bridgeId) await this.client.removeChannel(leg.bridgeId, [leg.id]);
      await this.client.addChannel(target, [leg.id]);
    }
    return target;
  }

  /** Everyone else in the legs' calls (the agent a transfer releases), supervisors included. */
  private othersInCall(legs: Leg[]): LegId[] {
    const keep = new Set(legs.map((l) => l.id));
    const others = new Set<LegId>();
    for (const leg of legs) {
      const bridge = leg.callBridgeId ? this.bridges.get(leg.callBridgeId) : undefined;
      for (const id of bridge?.channels ?? []) if (!keep.has(id) && this.legs.has(id)) others.add(id);
    }
    return [...others];
  }

  private async release(legIds: LegId[]): Promise<void> {
    for (const id of legIds) {
      const other = this.legs.get(id);
      if (!other) continue;
      other.requestedCause = 'normal';
      other.hangingUp = true;
      await this.client.hangup(id, 'normal');
    }
  }

  /** The mixing bridge the leg talks in: where it is now, or the one it left for the holding bridge. */
  private mixingBridgeOf(leg: Leg): string | undefined {
    for (const id of [leg.bridgeId, leg.callBridgeId]) {
      const bridge = id ? this.bridges.get(id) : undefined;
      if (bridge && bridge.type === 'mixing' && bridge.ours && !isSnoopBridge(bridge.id)) return bridge.id;
    }
    return undefined;
  }

  private ensureHoldingBridge(): Promise<string> {
    if (this.bridges.has(this.holdingBridgeId)) return Promise.resolve(this.holdingBridgeId);
    this.holdingBridge ??= (async () => {
      const id = this.holdingBridgeId;
      await this.client.createBridge('holding', id, id);
      this.bridges.set(id, { id, type: 'holding', channels: new Set(), ours: true, moh: false });
      await this.client.startMoh(id, this.options.mohClass);
      this.bridges.get(id)!.moh = true;
      return id;
    })().finally(() => {
      this.holdingBridge = undefined;
    });
    return this.holdingBridge;
  }

  private leg(legId: LegId): Leg {
    const leg = this.legs.get(legId);
    if (!leg) throw new TelephonyCommandError('leg_not_found', `no live leg ${legId}`);
    return leg;
  }

  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw toCommandError(error);
    }
  }

  // ── events ────────────────────────────────────────────────────────────────

  private emit(event: TelephonyEvent): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.log('error', { error: (error as Error).message, type: event.type }, 'telephony listener failed');
      }
    }
  }

  /**
   * Reports `event` at the time of ARI's next event about any of `triggers`: a command's own
   * effect (a transfer) carries the switch's time, not ours. Set `fired` to cancel it.
   */
  private deferUntilNextEvent(triggers: string[], event: DistributiveOmit<TelephonyEvent, 'at'>): Deferred {
    const entry: Deferred = { fired: false, event };
    for (const id of triggers) {
      const list = this.deferred.get(id) ?? [];
      list.push(entry);
      this.deferred.set(id, list);
    }
    return entry;
  }

  private flushDeferred(channelId: string, at: Date): void {
    const list = this.deferred.get(channelId);
    if (!list) return;
    this.deferred.delete(channelId);
    for (const entry of list) {
      if (entry.fired) continue;
      entry.fired = true;
      this.emit({ ...entry.event, at } as TelephonyEvent);
    }
  }

  private onAriEvent(event: AriEvent): void {
    if (this.buffer) {
      this.buffer.push(event);
      return;
    }
    try {
      this.handle(event);
    } catch (error) {
      this.log('error', { error: (error as Error).message, type: event.type }, 'ARI event not understood');
    }
  }

  private handle(event: AriEvent): void {
    const at = parseAriTimestamp(event.timestamp);
    const channelId =
      'channel' in event ? event.channel.id : event.type === 'Dial' ? event.peer.id : targetChannel(event);
    if (channelId) this.flushDeferred(channelId, at);

    switch (event.type) {
      case 'StasisStart':
        return this.onStasisStart(event.channel, event.args, at);
      case 'StasisEnd': {
        const leg = this.legs.get(event.channel.id);
        if (leg) leg.inStasis = false;
        return;
      }
      case 'ChannelStateChange': {
        const leg = this.legs.get(event.channel.id);
        if (!leg) return;
        if (event.channel.state === 'Ringing') this.markRinging(leg, at);
        if (event.channel.state === 'Up') this.markAnswered(leg, at);
        return;
      }
      case 'Dial': {
        const leg = this.legs.get(event.peer.id);
        if (!leg) return;
        if (event.dialstatus) leg.dialStatus = event.dialstatus;
        if (event.dialstatus === 'RINGING') this.markRinging(leg, at);
        return;
      }
      case 'ChannelDtmfReceived': {
        const leg = this.legs.get(event.channel.id);
        if (!leg) return;
        this.emit({ type: 'dtmf', legId: leg.id, digit: event.digit, at });
        for (const [playbackId, playback] of this.playbacks) {
          if (playback.legId !== leg.id || !playback.bargeIn || playback.stopping) continue;
          playback.stopping = true;
          this.client.stopPlayback(playbackId).catch((error: unknown) => {
            // Already finished: its PlaybackFinished is on the way.
            this.log('warn', { playbackId, error: (error as Error).message }, 'could not stop a prompt on a key');
          });
        }
        return;
      }
      case 'PlaybackFinished': {
        const playback = this.playbacks.get(event.playback.id);
        if (!playback) return;
        this.playbacks.delete(event.playback.id);
        if (this.legs.has(playback.legId)) {
          this.emit({ type: 'played', legId: playback.legId, interrupted: playback.stopping, at });
        }
        return;
      }
      case 'ChannelEnteredBridge':
        return this.onEnteredBridge(event.bridge, event.channel.id, at);
      case 'ChannelLeftBridge':
        return this.onLeftBridge(event.bridge, event.channel.id, at);
      case 'ChannelHangupRequest': {
        const leg = this.legs.get(event.channel.id);
        if (leg) leg.hangingUp = true;
        return;
      }
      case 'ChannelDestroyed':
        return this.onDestroyed(event.channel.id, event.cause, at);
      case 'RecordingStarted':
      case 'RecordingFinished':
      case 'RecordingFailed': {
        const legId = this.recordings.get(event.recording.name);
        if (!legId) return;
        if (event.type === 'RecordingStarted') {
          this.emit({ type: 'recording', legId, name: event.recording.name, state: 'started', at });
          return;
        }
        this.recordings.delete(event.recording.name);
        const leg = this.legs.get(legId);
        if (leg?.recording === event.recording.name) leg.recording = undefined;
        this.emit({ type: 'recording', legId, name: event.recording.name, state: 'stopped', at });
        return;
      }
      case 'BridgeDestroyed':
        this.bridges.delete(event.bridge.id);
        return;
      default:
        return;
    }
  }

  /** `answeredAt`: when a leg adopted after a reconnect is found answered (the time we learnt it). */
  private onStasisStart(channel: AriChannel, args: string[], at: Date, answeredAt = at): void {
    if (this.internal.has(channel.id) || args[0] === SNOOP) {
      this.internal.add(channel.id);
      return;
    }
    let leg = this.legs.get(channel.id);
    if (!leg) {
      if (args[0] === ORIGINATED) {
        // Originated by an earlier run of Tawasul: adopted, but there is nothing to announce.
        leg = newLeg(channel.id, args[1] === 'supervisor' ? 'supervisor' : 'originated', {});
        leg.rang = true;
        this.legs.set(channel.id, leg);
      } else {
        leg = newLeg(channel.id, 'inbound', {});
        this.legs.set(channel.id, leg);
        this.emit({
          type: 'offered',
          legId: channel.id,
          direction: 'inbound',
          ani: channel.caller.number,
          dnis: channel.dialplan.exten,
          at,
        });
      }
    }
    leg.inStasis = true;
    if (channel.state === 'Up') this.markAnswered(leg, answeredAt);
    this.runOnStasis(leg);
  }

  private runOnStasis(leg: Leg): void {
    const hooks = leg.onStasis.splice(0);
    void (async () => {
      for (const hook of hooks) {
        try {
          await hook();
        } catch (error) {
          this.log('error', { legId: leg.id, error: (error as Error).message }, 'could not bridge an answered leg');
        }
      }
    })();
  }

  private markRinging(leg: Leg, at: Date): void {
    if (leg.rang || leg.role === 'inbound' || leg.answered) return;
    leg.rang = true;
    this.emit({
      type: 'ringing',
      legId: leg.id,
      destination: leg.destination!,
      ...(leg.tag ? { tag: leg.tag } : {}),
      at,
    });
  }

  private markAnswered(leg: Leg, at: Date): void {
    if (leg.answered) return;
    leg.answered = true;
    this.emit({ type: 'answered', legId: leg.id, at });
  }

  private bridgeFrom(ari: AriBridge): Bridge {
    let bridge = this.bridges.get(ari.id);
    if (!bridge) {
      bridge = {
        id: ari.id,
        type: ari.bridge_type,
        channels: new Set(),
        ours: ari.id.startsWith(`${this.options.app}-`),
        moh: false,
      };
      this.bridges.set(ari.id, bridge);
    }
    return bridge;
  }

  private onEnteredBridge(ari: AriBridge, channelId: string, at: Date): void {
    const bridge = this.bridgeFrom(ari);
    bridge.channels = new Set(ari.channels);
    this.enterBridge(bridge, channelId, at);
  }

  private enterBridge(bridge: Bridge, channelId: string, at: Date): void {
    bridge.channels.add(channelId);
    const leg = this.legs.get(channelId);
    if (!leg) return;
    leg.bridgeId = bridge.id;
    if (bridge.type === 'holding') {
      if (!leg.held) {
        leg.held = true;
        this.emit({ type: 'held', legId: leg.id, at });
      }
      return;
    }
    if (!bridge.ours || isSnoopBridge(bridge.id)) return;
    leg.callBridgeId = bridge.id;
    this.announceConnections(bridge, leg, at);
  }

  private announceConnections(bridge: Bridge, leg: Leg, at: Date): void {
    if (leg.role === 'supervisor') return;
    const talkers = [...bridge.channels]
      .map((id) => this.legs.get(id))
      .filter((l): l is Leg => !!l && l.id !== leg.id && l.role !== 'supervisor');
    for (const other of talkers) {
      if (leg.connectedTo.has(other.id)) continue;
      leg.connectedTo.add(other.id);
      other.connectedTo.add(leg.id);
      leg.everConnected = other.everConnected = true;
      this.emit({ type: 'connected', legId: leg.id, otherLegId: other.id, at });
      this.emit({ type: 'connected', legId: other.id, otherLegId: leg.id, at });
    }
    if (bridge.moh && talkers.length > 0) {
      bridge.moh = false;
      this.client.stopMoh(bridge.id).catch((error: unknown) => {
        this.log('warn', { bridgeId: bridge.id, error: (error as Error).message }, 'could not stop music in a bridge');
      });
    }
  }

  private onLeftBridge(ari: AriBridge, channelId: string, at: Date): void {
    const bridge = this.bridgeFrom(ari);
    bridge.channels = new Set(ari.channels);
    this.leaveBridge(bridge, channelId, at);
  }

  private leaveBridge(bridge: Bridge, channelId: string, at: Date): void {
    bridge.channels.delete(channelId);
    const leg = this.legs.get(channelId);
    if (leg) {
      if (leg.bridgeId === bridge.id) leg.bridgeId = undefined;
      if (bridge.type === 'holding' && leg.held) {
        leg.held = false;
        if (!leg.hangingUp) this.emit({ type: 'unheld', legId: leg.id, at });
      }
      // Leaving a mixing bridge keeps `connectedTo`: a pair coming back together after a hold is
      // reported by `unheld`, not by a second `connected` (which would read as a new answer).
    }
  }

  private onDestroyed(channelId: string, ariCause: number, at: Date): void {
    if (this.internal.delete(channelId)) return;
    const leg = this.legs.get(channelId);
    if (!leg) return;
    this.legs.delete(channelId);
    this.deferred.delete(channelId);
    for (const [id, playback] of this.playbacks) if (playback.legId === channelId) this.playbacks.delete(id);
    if (leg.recording) this.recordings.delete(leg.recording);
    for (const bridge of this.bridges.values()) bridge.channels.delete(channelId);
    for (const other of leg.connectedTo) this.legs.get(other)?.connectedTo.delete(channelId);
    this.emit({ type: 'ended', legId: channelId, cause: endCause(leg, ariCause), at });
    this.cleanUpAfter(leg);
  }

  /**
   * Supervisors leave with the leg they watched; a supervisor's snoop plumbing goes with him; a
   * call bridge goes when no live leg is in it or will come back to it. (Not on the bridge merely
   * being empty: a blind transfer or an unhold may be adding a leg to it at that very moment.)
   */
  private cleanUpAfter(leg: Leg): void {
    for (const bridgeId of new Set([leg.bridgeId, leg.callBridgeId])) {
      const bridge = bridgeId ? this.bridges.get(bridgeId) : undefined;
      if (!bridge || bridge.type !== 'mixing' || !bridge.ours || isSnoopBridge(bridge.id)) continue;
      const used = [...this.legs.values()].some((l) => l.bridgeId === bridge.id || l.callBridgeId === bridge.id);
      if (used) continue;
      this.bridges.delete(bridge.id);
      this.client.destroyBridge(bridge.id).catch(() => undefined);
    }
    for (const supervisorId of leg.supervisors) {
      const supervisor = this.legs.get(supervisorId);
      if (!supervisor) continue;
      supervisor.requestedCause = 'normal';
      supervisor.hangingUp = true;
      this.client.hangup(supervisorId, 'normal').catch(() => undefined);
    }
    for (const other of this.legs.values()) other.supervisors.delete(leg.id);
    if (leg.snoopChannelId && this.internal.has(leg.snoopChannelId)) {
      this.client.hangup(leg.snoopChannelId, 'normal').catch(() => undefined);
    }
    if (leg.snoopBridgeId && this.bridges.has(leg.snoopBridgeId)) {
      this.bridges.delete(leg.snoopBridgeId);
      this.client.destroyBridge(leg.snoopBridgeId).catch(() => undefined);
    }
  }

  // ── connection and recovery ───────────────────────────────────────────────

  private async connectOnce(): Promise<void> {
    this.buffer = [];
    let socket: WebSocket;
    try {
      socket = await this.client.openEvents({
        onEvent: (event) => this.onAriEvent(event),
        onClose: (reason) => this.onSocketClosed(socket, reason),
      });
    } catch (error) {
      this.buffer = undefined;
      throw error;
    }
    if (this.closed) {
      socket.terminate();
      return;
    }
    this.socket = socket;
    try {
      await this.rebuild();
    } catch (error) {
      socket.terminate();
      this.socket = undefined;
      this.buffer = undefined;
      throw error;
    }
    const buffered = this.buffer ?? [];
    this.buffer = undefined;
    for (const event of buffered) this.onAriEvent(event);
    // Dropped again while rebuilding: the reconnection is already scheduled.
    if (this.socket !== socket) return;
    this.connected = true;
    this.reconnectDelay = this.options.reconnectMinMs ?? 500;
    this.startHeartbeat(socket);
    this.notify({ state: 'connected' });
  }

  /**
   * A connection that silently died (a firewall forgetting it, a cable pulled far away) never
   * closes by itself: a ping every `heartbeatMs` that gets no pong before the next one ends it,
   * and the reconnection starts. Asterisk answers WebSocket pings.
   */
  private startHeartbeat(socket: WebSocket): void {
    const interval = this.options.heartbeatMs ?? 15_000;
    let answered = true;
    socket.on('pong', () => {
      answered = true;
    });
    const tick = () => {
      this.cancelHeartbeat = undefined;
      if (this.socket !== socket) return;
      if (!answered) {
        this.log('warn', { afterMs: interval }, 'ARI events WebSocket does not answer pings; reconnecting');
        socket.terminate();
        return;
      }
      answered = false;
      socket.ping();
      this.cancelHeartbeat = this.timers.after(interval, tick);
    };
    this.cancelHeartbeat = this.timers.after(interval, tick);
  }

  private onSocketClosed(socket: WebSocket, reason: string): void {
    if (this.socket !== socket) return;
    this.socket = undefined;
    this.cancelHeartbeat?.();
    this.cancelHeartbeat = undefined;
    this.connected = false;
    if (this.closed) return;
    this.log('warn', { reason }, 'ARI events WebSocket closed; reconnecting');
    this.notify({ state: 'disconnected', reason });
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(delay * 2, this.options.reconnectMaxMs ?? 30_000);
    this.cancelReconnect = this.timers.after(delay, () => {
      this.cancelReconnect = undefined;
      if (this.closed) return;
      this.connectOnce().catch((error: unknown) => {
        this.log(
          'warn',
          { error: (error as Error).message, retryInMs: this.reconnectDelay },
          'ARI reconnection failed',
        );
        if (!this.closed) this.scheduleReconnect();
      });
    });
  }

  /**
   * The state as Asterisk has it now. Legs gone meanwhile end `dropped` (stamped with the time of
   * ARI's answer); legs still there keep their ids and catch up on what they missed.
   */
  private async rebuild(): Promise<void> {
    const channels = await this.client.listChannels();
    const bridges = await this.client.listBridges();
    const at = channels.date ?? this.timers.now();
    const alive = new Map(channels.body.map((c) => [c.id, c]));

    for (const leg of [...this.legs.values()]) {
      if (alive.has(leg.id)) continue;
      // Placed but not yet created (the originate request is still on its way) is not gone.
      if (leg.placing) continue;
      this.legs.delete(leg.id);
      this.deferred.delete(leg.id);
      for (const [id, playback] of this.playbacks) if (playback.legId === leg.id) this.playbacks.delete(id);
      if (leg.recording) this.recordings.delete(leg.recording);
      this.emit({ type: 'ended', legId: leg.id, cause: 'dropped', at });
      this.cleanUpAfter(leg);
    }
    for (const id of [...this.internal]) if (!alive.has(id)) this.internal.delete(id);

    for (const channel of channels.body) {
      const inApp =
        channel.dialplan.app_name === 'Stasis' && (channel.dialplan.app_data ?? '').split(',')[0] === this.options.app;
      let leg = this.legs.get(channel.id);
      if (!leg) {
        if (!inApp || this.internal.has(channel.id)) continue;
        const args = (channel.dialplan.app_data ?? '').split(',').slice(1);
        if (args[0] === SNOOP) {
          this.internal.add(channel.id);
          continue;
        }
        this.onStasisStart(channel, args, parseAriTimestamp(channel.creationtime), at);
        leg = this.legs.get(channel.id)!;
      }
      if (inApp) leg.inStasis = true;
      if (channel.state === 'Ringing') this.markRinging(leg, at);
      if (channel.state === 'Up') this.markAnswered(leg, at);
    }

    // Bridges: first what legs left while away (gone bridges included), then what they entered.
    const now = new Map(bridges.body.map((b) => [b.id, b]));
    for (const bridge of [...this.bridges.values()]) {
      const current = now.get(bridge.id);
      const members = new Set(current?.channels ?? []);
      for (const id of [...bridge.channels]) if (!members.has(id)) this.leaveBridge(bridge, id, at);
      if (!current) this.bridges.delete(bridge.id);
    }
    for (const ari of bridges.body) {
      const bridge = this.bridgeFrom(ari);
      for (const id of ari.channels) {
        if (bridge.channels.has(id) && this.legs.get(id)?.bridgeId === ari.id) continue;
        this.enterBridge(bridge, id, at);
      }
    }
    for (const leg of this.legs.values()) {
      if (leg.callBridgeId && !this.bridges.has(leg.callBridgeId)) leg.callBridgeId = undefined;
    }

    // Prompts that ended while nobody listened.
    for (const [playbackId, playback] of [...this.playbacks]) {
      try {
        await this.client.getPlayback(playbackId);
      } catch (error) {
        if (error instanceof AriHttpError && error.status === 404) {
          this.playbacks.delete(playbackId);
          if (this.legs.has(playback.legId)) {
            this.emit({ type: 'played', legId: playback.legId, interrupted: playback.stopping, at });
          }
        } else throw error;
      }
    }
  }

  private notify(state: AriConnectionState): void {
    for (const listener of this.connectionListeners) listener(state);
  }

  private log(level: 'info' | 'warn' | 'error', fields: Record<string, unknown>, message: string): void {
    this.options.log?.(level, fields, message);
  }
}

function newLeg(id: LegId, role: LegRole, extra: { destination?: Destination; tag?: string }): Leg {
  return {
    id,
    role,
    destination: extra.destination,
    tag: extra.tag,
    rang: false,
    answered: false,
    inStasis: false,
    held: false,
    connectedTo: new Set(),
    everConnected: false,
    hangingUp: false,
    onStasis: [],
    supervisors: new Set(),
  };
}

function isSnoopBridge(id: string): boolean {
  return id.includes('-snoop-');
}

function targetChannel(event: AriEvent): string | undefined {
  const uri =
    event.type === 'PlaybackStarted' || event.type === 'PlaybackFinished' ? event.playback.target_uri : undefined;
  return uri?.startsWith('channel:') ? uri.slice('channel:'.length) : undefined;
}

/**
 * Q.850 cause → port cause: 16 normal, 17 busy, 18/19 no answer, anything else failed. A cause of
 * 0 (none given) falls back on the Dial status. The cause Tawasul gave to `hangup` wins; an inbound
 * caller who hangs up before being connected is `normal` — whether that was an abandon is the
 * routing runtime's call (it knows whether the caller was queued).
 */
export function endCause(
  leg: { role: LegRole; requestedCause?: EndCause; everConnected: boolean; answered: boolean; dialStatus?: string },
  ariCause: number,
): EndCause {
  if (leg.requestedCause) return leg.requestedCause;
  if (leg.role === 'inbound' && !leg.everConnected) return 'normal';
  if (ariCause === 16) return 'normal';
  if (ariCause === 17) return 'busy';
  if (ariCause === 18 || ariCause === 19) return 'no_answer';
  if (!ariCause) {
    switch (leg.dialStatus) {
      case 'BUSY':
        return 'busy';
      case 'NOANSWER':
        return 'no_answer';
      case 'CONGESTION':
      case 'CHANUNAVAIL':
        return 'failed';
      default:
        return leg.answered ? 'normal' : 'failed';
    }
  }
  return 'failed';
}

/** The reason given to DELETE /channels/{id}: what the far end is told. */
function hangupReason(cause: EndCause): string {
  switch (cause) {
    case 'busy':
      return 'busy';
    case 'no_answer':
      return 'no_answer';
    case 'failed':
      return 'congestion';
    default:
      return 'normal';
  }
}

/** ARI's refusals in the port's words: 404 gone, 400/409/412/422 wrong state, the rest unavailable. */
export function toCommandError(error: unknown): TelephonyCommandError {
  if (error instanceof TelephonyCommandError) return error;
  if (error instanceof AriHttpError) {
    if (error.status === 404) return new TelephonyCommandError('leg_not_found', error.message, { cause: error });
    if (error.status === 401 || error.status === 403) {
      return new TelephonyCommandError('switch_unavailable', `Asterisk refused the ARI credentials (${error.status})`, {
        cause: error,
      });
    }
    if (error.status >= 400 && error.status < 500) {
      return new TelephonyCommandError('leg_state', error.message, { cause: error });
    }
    return new TelephonyCommandError('switch_unavailable', error.message, { cause: error });
  }
  if (error instanceof AriUnreachableError) {
    return new TelephonyCommandError('switch_unavailable', error.message, { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new TelephonyCommandError('switch_unavailable', message, { cause: error });
}
