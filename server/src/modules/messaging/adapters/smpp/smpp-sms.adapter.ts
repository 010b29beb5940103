import { randomInt } from 'node:crypto';
import { parseSmppReceiptText, statusFromMessageState, type DeliveryStatus } from '../../domain/delivery-status.ts';
import { detectEncoding, encodeGsm7, encodeUcs2, splitSegments } from '../../domain/sms-encoding.ts';
import { SmsProviderError, type DeliveryReport, type SmsMessage, type SmsProvider } from '../sms-provider.ts';
import {
  connectSmpp,
  ESM_DELIVERY_RECEIPT,
  ESM_UDH_INDICATOR,
  smppStatus,
  type SmppPdu,
  type SmppSession,
} from './smpp-lib.ts';

// SMPP 3.4 client: one transceiver bind, a window of in-flight submit_sm, enquire_link,
// reconnect with back-off, an optional messages-per-second throttle, registered delivery and
// deliver_sm receipts mapped to the one status set.

export type SmppOptions = {
  host: string;
  port: number;
  systemId: string;
  password: string;
  systemType?: string;
  /** In-flight submit_sm without a response. */
  window?: number;
  /** Messages (segments) per second; 0 = no throttle. */
  throttlePerSecond?: number;
  enquireLinkMs?: number;
  responseTimeoutMs?: number;
  reconnectMinMs?: number;
  reconnectMaxMs?: number;
  log?: (entry: Record<string, unknown>, message: string) => void;
};

export function parseSmppUrl(url: string): { host: string; port: number; systemId: string; password: string } {
  const u = new URL(url);
  if (u.protocol !== 'smpp:') throw new Error('an SMPP URL starts with smpp://');
  if (!u.username) throw new Error('the SMPP URL needs a system id: smpp://user:pass@host:port');
  return {
    host: u.hostname,
    port: u.port ? Number(u.port) : 2775,
    systemId: decodeURIComponent(u.username),
    password: decodeURIComponent(u.password),
  };
}

type Pending = { resolve: (pdu: SmppPdu) => void; reject: (error: SmsProviderError) => void; timer: NodeJS.Timeout };

export class SmppSmsProvider implements SmsProvider {
  readonly name = 'smpp' as const;
  readonly window: number;
  private readonly rate: number;
  private session: SmppSession | undefined;
  private binding: Promise<SmppSession> | undefined;
  private bound = false;
  private closed = false;
  private reconnectDelay: number;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private enquireTimer: NodeJS.Timeout | undefined;
  private readonly pending = new Map<number, Pending>();
  private inFlight = 0;
  private readonly slotWaiters: (() => void)[] = [];
  private throttleChain: Promise<void> = Promise.resolve();
  /** When the last `rate` submits left (oldest first): the sliding one-second window. */
  private readonly recentSubmits: number[] = [];
  private readonly listeners: ((report: DeliveryReport) => void)[] = [];
  /** Ids of the second and later parts of long messages, whose receipts are not reported. */
  private readonly trailingPartIds = new Set<string>();
  /** How many times the connection was (re)established: for tests and the provider screen. */
  binds = 0;

  constructor(private readonly options: SmppOptions) {
    this.window = Math.max(1, options.window ?? 10);
    this.rate = options.throttlePerSecond ?? 0;
    this.reconnectDelay = options.reconnectMinMs ?? 500;
  }

  /** Binds (or fails as a send would): `tawasul doctor` checks the credentials with it. */
  async verifyBind(): Promise<void> {
    await this.ensureBound();
  }

  onDeliveryReport(listener: (report: DeliveryReport) => void): void {
    this.listeners.push(listener);
  }

  async send(message: SmsMessage): Promise<{ providerMessageId: string }> {
    if (this.closed) throw new SmsProviderError('temporary', 'the SMPP connection is closed');
    const encoding = detectEncoding(message.body);
    const parts = splitSegments(message.body, encoding);
    if (parts.length === 0) throw new SmsProviderError('unknown', 'empty message', { retryable: false });
    const reference = randomInt(0, 256);
    const ids: string[] = [];
    for (const [index, part] of parts.entries()) {
      const payload = encoding === 'gsm7' ? encodeGsm7(part) : encodeUcs2(part);
      const udh = parts.length > 1 ? Buffer.from([0x05, 0x00, 0x03, reference, parts.length, index + 1]) : undefined;
      const response = await this.submit({
        source_addr_ton: /^\d+$/.test(message.sender) ? 1 : 5,
        source_addr_npi: /^\d+$/.test(message.sender) ? 1 : 0,
        source_addr: message.sender,
        dest_addr_ton: 1,
        dest_addr_npi: 1,
        destination_addr: message.to.replace(/^\+/, ''),
        esm_class: udh ? ESM_UDH_INDICATOR : 0,
        registered_delivery: 1,
        data_coding: encoding === 'gsm7' ? 0 : 8,
        short_message: udh ? Buffer.concat([udh, payload]) : payload,
      });
      ids.push(String(response.message_id ?? ''));
    }
    for (const id of ids.slice(1)) this.rememberTrailing(id);
    return { providerMessageId: ids[0]! };
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.enquireTimer);
    const session = this.session;
    this.failPending(new SmsProviderError('temporary', 'the SMPP connection was closed'));
    if (!session) return;
    await new Promise<void>((resolve) => {
      const done = setTimeout(() => session.destroy(() => resolve()), 1000);
      if (this.bound) {
        session.unbind(() => {
          clearTimeout(done);
          session.destroy(() => resolve());
        });
      } else {
        clearTimeout(done);
        session.destroy(() => resolve());
      }
    });
  }

  // ---- submitting ------------------------------------------------------------------

  private async submit(params: Record<string, unknown>): Promise<SmppPdu> {
    await this.acquireSlot();
    try {
      await this.ensureBound();
      await this.throttle();
      const session = await this.ensureBound();
      const response = await this.request(session, 'submit_sm', params);
      if (response.command_status !== smppStatus.ESME_ROK) throw classifyStatus(response.command_status, 'submit_sm');
      return response;
    } finally {
      this.releaseSlot();
    }
  }

  private acquireSlot(): Promise<void> {
    if (this.inFlight < this.window) {
      this.inFlight++;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.slotWaiters.push(resolve));
  }

  private releaseSlot() {
    const next = this.slotWaiters.shift();
    if (next) next();
    else this.inFlight--;
  }

  /**
   * At most `rate` submits in any one second: a submit waits until the one `rate` places before
   * it left more than a second ago (plus 20 ms, so that jitter on the way cannot make the
   * receiving end count one too many).
   */
  private throttle(): Promise<void> {
    if (this.rate === 0) return Promise.resolve();
    const turn = this.throttleChain.then(async () => {
      if (this.recentSubmits.length >= this.rate) {
        const wait = this.recentSubmits[0]! + 1020 - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, Math.ceil(wait)));
        this.recentSubmits.shift();
      }
      this.recentSubmits.push(performance.now());
    });
    this.throttleChain = turn;
    return turn;
  }

  private request(session: SmppSession, command: string, params: Record<string, unknown>): Promise<SmppPdu> {
    return new Promise((resolve, reject) => {
      const timeoutMs = this.options.responseTimeoutMs ?? 15_000;
      let sequence = 0;
      const timer = setTimeout(() => {
        this.pending.delete(sequence);
        reject(new SmsProviderError('temporary', `no ${command}_resp within ${timeoutMs} ms`));
      }, timeoutMs);
      const method = session[command as 'submit_sm'].bind(session);
      const written = method(params, (pdu: SmppPdu) => {
        const waiting = this.pending.get(pdu.sequence_number);
        if (!waiting) return;
        this.pending.delete(pdu.sequence_number);
        clearTimeout(waiting.timer);
        waiting.resolve(pdu);
      });
      if (!written) {
        clearTimeout(timer);
        reject(new SmsProviderError('temporary', 'the SMPP connection is not writable'));
        return;
      }
      // The library numbers the PDU synchronously inside submit_sm.
      sequence = this.lastSequence(session);
      this.pending.set(sequence, { resolve, reject, timer });
    });
  }

  private lastSequence(session: SmppSession): number {
    return (session as unknown as { sequence: number }).sequence;
  }

  private failPending(error: SmsProviderError) {
    for (const [sequence, waiting] of this.pending) {
      clearTimeout(waiting.timer);
      this.pending.delete(sequence);
      waiting.reject(error);
    }
  }

  // ---- connection --------------------------------------------------------------------

  private ensureBound(): Promise<SmppSession> {
    if (this.bound && this.session) return Promise.resolve(this.session);
    if (this.closed) return Promise.reject(new SmsProviderError('temporary', 'the SMPP connection is closed'));
    this.binding ??= this.connectAndBind().finally(() => {
      this.binding = undefined;
    });
    return this.binding;
  }

  private connectAndBind(): Promise<SmppSession> {
    const { host, port, systemId, password, systemType } = this.options;
    return new Promise((resolve, reject) => {
      const session = connectSmpp(host, port);
      let settled = false;
      const fail = (error: SmsProviderError) => {
        if (settled) return;
        settled = true;
        session.destroy();
        reject(error);
      };
      const connectTimer = setTimeout(
        () =>
          fail(new SmsProviderError('temporary', `no SMPP bind within ${this.options.responseTimeoutMs ?? 15_000} ms`)),
        this.options.responseTimeoutMs ?? 15_000,
      );
      session.on('error', (error: Error) => {
        clearTimeout(connectTimer);
        fail(new SmsProviderError('temporary', `SMPP connection failed: ${error.message}`, { cause: error }));
      });
      session.on('close', () => {
        clearTimeout(connectTimer);
        fail(new SmsProviderError('temporary', 'the SMPP server closed the connection'));
        if (this.session === session) this.onConnectionLost();
      });
      session.on('connect', () => {
        // Small PDUs must leave at once: with Nagle's algorithm the last submits of a chunk wait
        // for the peer's delayed ACK (40 ms on Linux) and the throughput drops tenfold.
        session.socket.setNoDelay(true);
        session.bind_transceiver(
          { system_id: systemId, password, system_type: systemType ?? '', interface_version: 0x34 },
          (pdu) => {
            clearTimeout(connectTimer);
            if (pdu.command_status !== smppStatus.ESME_ROK) {
              fail(classifyStatus(pdu.command_status, 'bind_transceiver'));
              return;
            }
            settled = true;
            this.session = session;
            this.bound = true;
            this.binds++;
            this.reconnectDelay = this.options.reconnectMinMs ?? 500;
            this.listen(session);
            this.startEnquireLink(session);
            this.options.log?.({ host, port, systemId }, 'smpp bound');
            resolve(session);
          },
        );
      });
    });
  }

  private listen(session: SmppSession) {
    session.on('deliver_sm', (pdu: SmppPdu) => {
      session.send(pdu.response());
      const report = receiptOf(pdu);
      if (!report || this.trailingPartIds.delete(report.providerMessageId)) return;
      for (const listener of this.listeners) listener(report);
    });
    session.on('enquire_link', (pdu: SmppPdu) => {
      session.send(pdu.response());
    });
    session.on('unbind', (pdu: SmppPdu) => {
      session.send(pdu.response());
      session.close();
    });
  }

  private startEnquireLink(session: SmppSession) {
    clearInterval(this.enquireTimer);
    const every = this.options.enquireLinkMs ?? 30_000;
    this.enquireTimer = setInterval(() => {
      if (this.session !== session || !this.bound) return;
      this.request(session, 'enquire_link', {}).catch(() => session.destroy());
    }, every);
    this.enquireTimer.unref();
  }

  private onConnectionLost() {
    this.bound = false;
    this.session = undefined;
    clearInterval(this.enquireTimer);
    // Submits without a response may or may not have been accepted: the outbox retries them.
    this.failPending(new SmsProviderError('temporary', 'the SMPP connection was lost before the response'));
    this.options.log?.({ delayMs: this.reconnectDelay }, 'smpp connection lost; reconnecting');
    this.scheduleReconnect();
  }

  /** Reconnects with back-off, to keep receiving delivery receipts even when nothing is sent. */
  private scheduleReconnect() {
    if (this.closed) return;
    const delay = this.reconnectDelay;
    this.reconnectDelay = Math.min(delay * 2, this.options.reconnectMaxMs ?? 30_000);
    clearTimeout(this.reconnectTimer);
    this.reconnectTimer = setTimeout(() => {
      if (this.bound || this.closed) return;
      this.ensureBound().catch((error: unknown) => {
        // Wrong credentials will not heal by retrying; anything else is tried again later.
        if (!(error instanceof SmsProviderError && error.errorClass === 'auth')) this.scheduleReconnect();
      });
    }, delay);
    this.reconnectTimer.unref();
  }

  private rememberTrailing(id: string) {
    if (this.trailingPartIds.size >= 100_000) {
      const oldest = this.trailingPartIds.values().next().value;
      if (oldest !== undefined) this.trailingPartIds.delete(oldest);
    }
    this.trailingPartIds.add(id);
  }
}

function receiptOf(pdu: SmppPdu): DeliveryReport | undefined {
  if (((pdu.esm_class ?? 0) & 0x3c) !== ESM_DELIVERY_RECEIPT) return undefined;
  const raw = pdu.short_message;
  const text =
    raw === undefined
      ? ''
      : Buffer.isBuffer(raw)
        ? raw.toString('latin1')
        : Buffer.isBuffer(raw.message)
          ? raw.message.toString('latin1')
          : raw.message;
  const parsed = parseSmppReceiptText(text);
  let status: DeliveryStatus | undefined = parsed?.status;
  if (typeof pdu.message_state === 'number') status = statusFromMessageState(pdu.message_state) ?? status;
  const id =
    typeof pdu.receipted_message_id === 'string' && pdu.receipted_message_id ? pdu.receipted_message_id : parsed?.id;
  if (!id || !status) return undefined;
  return { providerMessageId: id, status, ...(parsed?.error ? { error: parsed.error } : {}) };
}

export function classifyStatus(status: number, command: string): SmsProviderError {
  const hex = `0x${status.toString(16).padStart(8, '0')}`;
  const what = `${command} refused with command_status ${hex}`;
  switch (status) {
    case smppStatus.ESME_RINVPASWD:
    case smppStatus.ESME_RINVSYSID:
    case smppStatus.ESME_RBINDFAIL:
      return new SmsProviderError('auth', `${what} (bad SMPP credentials)`);
    case smppStatus.ESME_RINVDSTADR:
    case smppStatus.ESME_RINVNUMDESTS:
    case smppStatus.ESME_RINVDSTTON:
    case smppStatus.ESME_RINVDSTNPI:
      return new SmsProviderError('bad_recipient', `${what} (recipient refused)`);
    case smppStatus.ESME_RTHROTTLED:
    case smppStatus.ESME_RMSGQFUL:
      return new SmsProviderError('rate_limited', `${what} (throttled by the SMSC)`);
    case smppStatus.ESME_RSYSERR:
    case smppStatus.ESME_RSUBMITFAIL:
      return new SmsProviderError('temporary', `${what} (SMSC error)`);
    case smppStatus.ESME_RINVSRCADR:
      return new SmsProviderError('unknown', `${what} (sender ID refused)`, { retryable: false });
    default:
      return new SmsProviderError('unknown', what, { retryable: false });
  }
}
