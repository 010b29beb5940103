import { performance } from 'node:perf_hooks';
import {
  createSmppServer,
  newPdu,
  smppStatus,
  type SmppPdu,
  type SmppServer,
  type SmppSession,
} from '../adapters/smpp/smpp-lib.ts';

// A real SMPP peer on loopback for tests and benchmarks (the `smpp` package's server side):
// checks bind credentials, records every submit_sm as it arrived, answers with message ids,
// and can send delivery receipts, duplicate them, refuse submits, or drop the connection.

export type RecordedSubmit = {
  at: number;
  messageId: string;
  source: string;
  destination: string;
  dataCoding: number;
  esmClass: number;
  registeredDelivery: number;
  text: string;
  udh: number[] | null;
};

export type LoopbackOptions = {
  systemId: string;
  password: string;
  /** Send a receipt after each submit: none, one, or the same one twice. */
  receipts?: 'none' | 'delivered' | 'delivered-twice';
  receiptDelayMs?: number;
  /** A command_status to answer a submit with (by its index from 0), or undefined for OK. */
  refuse?: (index: number, pdu: SmppPdu) => number | undefined;
  /** Answer each submit this much later (to see how many the client keeps in flight). */
  respondAfterMs?: number;
  /** Do not record (benchmarks): counts only. */
  recordText?: boolean;
};

export class LoopbackSmppServer {
  readonly submits: RecordedSubmit[] = [];
  readonly binds: { systemId: string; ok: boolean }[] = [];
  submitCount = 0;
  /** The most submits received and not yet answered at any moment. */
  maxOutstanding = 0;
  private outstanding = 0;
  private nextId = 1;
  private constructor(
    private readonly server: SmppServer,
    readonly port: number,
    private readonly options: LoopbackOptions,
  ) {}

  static async start(options: LoopbackOptions): Promise<LoopbackSmppServer> {
    const holder: { self?: LoopbackSmppServer } = {};
    const server = createSmppServer((session) => holder.self!.accept(session));
    server.on('error', () => undefined);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    holder.self = new LoopbackSmppServer(server, port, options);
    return holder.self;
  }

  get url(): string {
    return `smpp://${encodeURIComponent(this.options.systemId)}:${encodeURIComponent(this.options.password)}@127.0.0.1:${this.port}`;
  }

  /** Drops every client connection (the client must reconnect). */
  dropConnections() {
    for (const session of [...this.server.sessions]) session.destroy();
  }

  sendReceipt(messageId: string, stat: string) {
    for (const session of this.server.sessions) this.deliverReceipt(session, messageId, stat);
  }

  async close(): Promise<void> {
    this.dropConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(session: SmppSession) {
    session.socket.setNoDelay(true);
    session.on('error', () => undefined);
    let bound = false;
    session.on('bind_transceiver', (pdu: SmppPdu) => {
      const ok = pdu.system_id === this.options.systemId && pdu.password === this.options.password;
      this.binds.push({ systemId: String(pdu.system_id), ok });
      if (!ok) {
        session.send(pdu.response({ command_status: smppStatus.ESME_RINVPASWD }));
        return;
      }
      bound = true;
      session.send(pdu.response({ system_id: 'loopback' }));
    });
    session.on('enquire_link', (pdu: SmppPdu) => {
      session.send(pdu.response());
    });
    session.on('unbind', (pdu: SmppPdu) => {
      session.send(pdu.response());
      session.close();
    });
    session.on('submit_sm', (pdu: SmppPdu) => {
      if (!bound) {
        session.send(pdu.response({ command_status: 0x04 /* ESME_RINVBNDSTS */ }));
        return;
      }
      const index = this.submitCount++;
      const refused = this.options.refuse?.(index, pdu);
      if (refused) {
        session.send(pdu.response({ command_status: refused }));
        return;
      }
      const messageId = `m${this.nextId++}`;
      if (this.options.recordText !== false) {
        const sm = pdu.short_message;
        const decoded = sm && !Buffer.isBuffer(sm) ? sm : undefined;
        this.submits.push({
          at: performance.now(),
          messageId,
          source: String(pdu.source_addr ?? ''),
          destination: String(pdu.destination_addr ?? ''),
          dataCoding: Number(pdu.data_coding ?? 0),
          esmClass: Number(pdu.esm_class ?? 0),
          registeredDelivery: Number(pdu.registered_delivery ?? 0),
          text: decoded ? String(decoded.message) : '',
          udh: decoded?.udh?.[0] ? [...decoded.udh[0]] : null,
        });
      }
      const respond = () => {
        this.outstanding--;
        session.send(pdu.response({ message_id: messageId }));
      };
      this.outstanding++;
      this.maxOutstanding = Math.max(this.maxOutstanding, this.outstanding);
      if (this.options.respondAfterMs) setTimeout(respond, this.options.respondAfterMs);
      else respond();
      const receipts = this.options.receipts ?? 'none';
      if (receipts !== 'none') {
        const send = () => {
          this.deliverReceipt(session, messageId, 'DELIVRD');
          if (receipts === 'delivered-twice') this.deliverReceipt(session, messageId, 'DELIVRD');
        };
        if (this.options.receiptDelayMs) setTimeout(send, this.options.receiptDelayMs);
        else setImmediate(send);
      }
    });
  }

  private deliverReceipt(session: SmppSession, messageId: string, stat: string) {
    const text = `id:${messageId} sub:001 dlvrd:001 submit date:2612011200 done date:2612011201 stat:${stat} err:000 text:`;
    session.send(
      newPdu('deliver_sm', {
        source_addr: '966500000000',
        destination_addr: 'Tawasul',
        esm_class: 0x04,
        data_coding: 0,
        short_message: Buffer.from(text, 'latin1'),
      }),
    );
  }
}
