// A telephony port driven by the test: it records every command and emits the events the test
// tells it to, at the test clock's time. The routing runtime's tests use it to play exact
// sequences without a simulator's randomness.

import type { Clock } from '../../../shared/clock.ts';
import {
  TelephonyCommandError,
  type Destination,
  type EndCause,
  type LegId,
  type OriginateRequest,
  type Prompt,
  type TelephonyEvent,
  type TelephonyPort,
} from '../port.ts';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type ScriptedEvent = DistributiveOmit<TelephonyEvent, 'at'>;
export type Command = { name: string; legId?: LegId; args?: unknown };

export class ScriptedPort implements TelephonyPort {
  readonly name = 'simulator' as const;
  readonly supports = { snoop: true, recording: true, machineDetection: true };
  readonly commands: Command[] = [];
  readonly originated: (OriginateRequest & { legId: LegId })[] = [];
  private readonly listeners = new Set<(event: TelephonyEvent) => void>();
  private readonly alive = new Set<LegId>();
  private next = 1;

  constructor(private readonly clock: Clock) {}

  onEvent(listener: (event: TelephonyEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: ScriptedEvent): void {
    if (event.type === 'offered') this.alive.add(event.legId);
    if (event.type === 'ended') this.alive.delete(event.legId);
    const stamped = { ...event, at: this.clock.now() } as TelephonyEvent;
    for (const listener of this.listeners) listener(stamped);
  }

  /** A new inbound caller. */
  call(ani: string, dnis: string): LegId {
    const legId = `in-${this.next++}`;
    this.emit({ type: 'offered', legId, direction: 'inbound', ani, dnis });
    return legId;
  }

  /** The leg last originated to `agent`. */
  legOf(agent: string): LegId | undefined {
    return this.originated.findLast((o) => o.destination.kind === 'agent' && o.destination.agent === agent)?.legId;
  }

  /** Rings, then answers, the agent's leg last originated. */
  agentAnswers(agent: string): LegId {
    const legId = this.legOf(agent);
    if (!legId) throw new Error(`nothing originated to ${agent}`);
    this.emit({ type: 'answered', legId });
    return legId;
  }

  commandsOf(name: string): Command[] {
    return this.commands.filter((c) => c.name === name);
  }

  async originate(request: OriginateRequest): Promise<LegId> {
    const legId = `out-${this.next++}`;
    this.alive.add(legId);
    this.originated.push({ ...request, legId });
    this.commands.push({ name: 'originate', legId, args: request.destination });
    const destination: Destination = request.destination;
    this.emit({ type: 'ringing', legId, destination, ...(request.tag ? { tag: request.tag } : {}) });
    return legId;
  }

  answer(legId: LegId) {
    return this.record('answer', legId);
  }
  hold(legId: LegId) {
    return this.record('hold', legId);
  }
  unhold(legId: LegId) {
    return this.record('unhold', legId);
  }
  detach(legId: LegId) {
    return this.record('detach', legId);
  }
  connect(legId: LegId, otherLegId: LegId) {
    return this.record('connect', legId, otherLegId);
  }
  transfer(legId: LegId, to: Destination, mode: 'blind' | 'attended') {
    return this.record('transfer', legId, { to, mode });
  }
  async hangup(legId: LegId, cause: EndCause = 'normal') {
    await this.record('hangup', legId, cause);
    if (this.alive.has(legId)) this.emit({ type: 'ended', legId, cause });
  }
  play(legId: LegId, prompt: Prompt) {
    return this.record('play', legId, prompt);
  }
  async startRecording(legId: LegId) {
    await this.record('startRecording', legId);
    return `rec-${legId}`;
  }
  stopRecording(legId: LegId) {
    return this.record('stopRecording', legId);
  }
  async snoop(legId: LegId, supervisor: string, mode: string) {
    await this.record('snoop', legId, { supervisor, mode });
    return `snoop-${this.next++}`;
  }
  async liveLegs() {
    return [...this.alive];
  }
  async close() {}

  private async record(name: string, legId: LegId, args?: unknown): Promise<void> {
    if (!this.alive.has(legId)) throw new TelephonyCommandError('leg_not_found', `no leg ${legId}`);
    this.commands.push({ name, legId, ...(args === undefined ? {} : { args }) });
  }
}
