// The telephony port (SPEC T1, X5): call control as commands and events, one adapter per
// switch under adapters/ — `simulator` (the default: a seeded discrete-event call center) and
// `ari` (Asterisk REST Interface). Chosen by TAWASUL_TELEPHONY, never by NODE_ENV.
//
// The port works on channels ("legs"), as Asterisk does: an inbound caller is one leg, the agent
// it is connected to is another, a customer dialled for an outbound list is a third. Tawasul's
// own routing (ACD, IVR) decides what happens to a leg and drives the adapter with commands; the
// adapter reports what really happened as events, each stamped with the adapter's clock.

/** The adapter's id of one leg (an Asterisk channel id, a simulator id). Opaque to the rest. */
export type LegId = string;

/** Why a leg ended (issue #12). ARI maps Q.850 causes: 16 normal, 17 busy, 18/19 no_answer, others failed. */
export const endCauses = ['normal', 'busy', 'no_answer', 'failed', 'abandoned', 'dropped', 'machine'] as const;
export type EndCause = (typeof endCauses)[number];

/** Where a leg goes when Tawasul places it. */
export type Destination =
  /** An agent's phone: a PJSIP/WebRTC endpoint (ARI) or a simulated colleague's or browser's seat. */
  | { kind: 'agent'; agent: string }
  /** A customer, through the trunk. E.164 (`+9665…`). */
  | { kind: 'number'; number: string };

/** Something said to a leg: recorded audio by name (ARI `sound:`/`recording:`), or text the simulator "speaks". */
export type Prompt = { media?: string; text?: string };

export type SnoopMode = 'listen' | 'whisper' | 'barge';

/** Every event names its leg and carries the adapter's timestamp (`at`), not the time it was read. */
type Base = { legId: LegId; at: Date };

export type TelephonyEvent =
  /** A new inbound leg reached the switch: ANI = caller's number, DNIS = the number dialled. */
  | (Base & { type: 'offered'; direction: 'inbound'; ani: string; dnis: string })
  /** An originated leg is ringing at its destination. `tag` is what `originate` was given. */
  | (Base & { type: 'ringing'; destination: Destination; tag?: string })
  /** The leg is answered (inbound: by `answer`; originated: by the far end). `machine` when detected. */
  | (Base & { type: 'answered'; machine?: boolean })
  | (Base & { type: 'held' })
  | (Base & { type: 'unheld' })
  /** A key pressed by the caller (IVR, with barge-in: it may arrive while a prompt plays). */
  | (Base & { type: 'dtmf'; digit: string })
  /** A prompt finished (or was cut short by a key). */
  | (Base & { type: 'played'; interrupted: boolean })
  /** Two legs now talk to each other (a mixing bridge). */
  | (Base & { type: 'connected'; otherLegId: LegId })
  /** The leg was handed elsewhere; for attended transfers `consultLegId` is the consultation leg. */
  | (Base & { type: 'transferred'; to: Destination; mode: 'blind' | 'attended'; consultLegId?: LegId })
  | (Base & { type: 'recording'; name: string; state: 'started' | 'stopped' })
  | (Base & { type: 'ended'; cause: EndCause });

export type TelephonyEventType = TelephonyEvent['type'];

export type OriginateRequest = {
  destination: Destination;
  /** The number shown to the called party (the center's number for customers). */
  callerId?: string;
  /** Give up ringing after this many seconds (ended with `no_answer`). */
  timeoutSeconds?: number;
  /** Echoed on `ringing`: lets the caller of `originate` tie the leg to its own record. */
  tag?: string;
  /** Detect answering machines (outbound lists); a machine answers with `answered{machine:true}`. */
  detectMachine?: boolean;
};

/** The adapter refused a command: the leg is gone or not in a state that allows it. */
export class TelephonyCommandError extends Error {
  constructor(
    readonly code: 'leg_not_found' | 'leg_state' | 'not_supported' | 'switch_unavailable',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'TelephonyCommandError';
  }
}

export interface TelephonyPort {
  readonly name: 'simulator' | 'ari';
  /** What this adapter can do beyond the basics (snoop is not everywhere). */
  readonly supports: { snoop: boolean; recording: boolean; machineDetection: boolean };

  /** Subscribe to every event; returns the unsubscribe. Events of one leg arrive in order. */
  onEvent(listener: (event: TelephonyEvent) => void): () => void;

  /** Place a new leg; resolves with its id once the switch accepted it (before it rings). */
  originate(request: OriginateRequest): Promise<LegId>;
  answer(legId: LegId): Promise<void>;
  /** Put a leg in a holding bridge with music on hold (a waiting caller, or a customer on hold). */
  hold(legId: LegId): Promise<void>;
  unhold(legId: LegId): Promise<void>;
  /** Put two answered legs in one mixing bridge. */
  connect(legId: LegId, otherLegId: LegId): Promise<void>;
  /**
   * Take the leg out of its bridge into the holding bridge (music on hold); the leg it talked to
   * stays up. A transfer to a queue: the caller waits again while the agent's leg is released.
   */
  detach(legId: LegId): Promise<void>;
  /** Blind: the leg goes to `to` and this side is released. Attended: after a consultation leg was connected. */
  transfer(legId: LegId, to: Destination, mode: 'blind' | 'attended', consultLegId?: LegId): Promise<void>;
  hangup(legId: LegId, cause?: EndCause): Promise<void>;
  /** Play a prompt; a `played` event follows. DTMF during it interrupts when `bargeIn` (the default). */
  play(legId: LegId, prompt: Prompt, options?: { bargeIn?: boolean }): Promise<void>;
  /** Record the leg (its bridge); resolves with the recording's name (the reference kept on the call). */
  startRecording(legId: LegId): Promise<string>;
  stopRecording(legId: LegId): Promise<void>;
  /** A supervisor listens, whispers to the agent, or barges in; resolves with the supervisor's leg. */
  snoop(legId: LegId, supervisor: string, mode: SnoopMode): Promise<LegId>;

  /** Legs alive right now (after a reconnect, the runtime rebuilds its view from this). */
  liveLegs(): Promise<LegId[]>;
  close(): Promise<void>;
}
