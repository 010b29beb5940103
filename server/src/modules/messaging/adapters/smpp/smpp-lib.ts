import { createRequire } from 'node:module';

// The one file that touches the `smpp` package (CommonJS, no types): a typed facade over the
// parts Tawasul uses — client sessions, the server (loopback tests, benchmarks), PDUs.

const require = createRequire(import.meta.url);
const smpp = require('smpp') as SmppModule;

/** A decoded PDU: the header fields plus whatever parameters and TLVs its command has. */
export type SmppPdu = {
  command: string;
  command_id: number;
  command_status: number;
  sequence_number: number;
  system_id?: string;
  password?: string;
  source_addr?: string;
  destination_addr?: string;
  esm_class?: number;
  data_coding?: number;
  registered_delivery?: number;
  message_id?: string;
  /** Raw bytes when sent as a Buffer; decoded `{ message, udh? }` when received. */
  short_message?: Buffer | { message: string | Buffer; udh?: Buffer[] };
  receipted_message_id?: string;
  message_state?: number;
  isResponse(): boolean;
  response(options?: Record<string, unknown>): SmppPdu;
  [key: string]: unknown;
};

export interface SmppSession {
  readonly socket: import('node:net').Socket;
  on(event: 'connect' | 'close', listener: () => void): this;
  on(event: 'error', listener: (error: Error) => void): this;
  on(event: string, listener: (pdu: SmppPdu) => void): this;
  once(event: string, listener: (...args: never[]) => void): this;
  removeAllListeners(event?: string): this;
  send(pdu: SmppPdu, onResponse?: (pdu: SmppPdu) => void, onSent?: (pdu: SmppPdu) => void): boolean;
  bind_transceiver(options: Record<string, unknown>, onResponse: (pdu: SmppPdu) => void): boolean;
  submit_sm(options: Record<string, unknown>, onResponse: (pdu: SmppPdu) => void): boolean;
  enquire_link(onResponse?: (pdu: SmppPdu) => void): boolean;
  unbind(onResponse?: (pdu: SmppPdu) => void): boolean;
  deliver_sm(options: Record<string, unknown>, onResponse?: (pdu: SmppPdu) => void): boolean;
  pause(): void;
  resume(): void;
  close(callback?: () => void): void;
  destroy(callback?: () => void): void;
}

export interface SmppServer {
  readonly sessions: SmppSession[];
  listen(port: number, host: string, callback: () => void): void;
  address(): import('node:net').AddressInfo | string | null;
  close(callback?: (error?: Error) => void): void;
  on(event: 'error', listener: (error: Error) => void): this;
}

type SmppModule = {
  connect(options: { host: string; port: number; auto_enquire_link_period?: number }): SmppSession;
  createServer(options: Record<string, unknown>, listener: (session: SmppSession) => void): SmppServer;
  PDU: new (command: string, options?: Record<string, unknown>) => SmppPdu;
  ESM_CLASS: { DATAGRAM: number; UDH_INDICATOR: number; MC_DELIVERY_RECEIPT: number };
  [status: string]: unknown;
};

export function connectSmpp(host: string, port: number): SmppSession {
  return smpp.connect({ host, port });
}

export function createSmppServer(listener: (session: SmppSession) => void): SmppServer {
  return smpp.createServer({}, listener);
}

export function newPdu(command: string, options: Record<string, unknown> = {}): SmppPdu {
  return new smpp.PDU(command, options);
}

/** SMPP 3.4 command_status values Tawasul acts on. */
export const smppStatus = {
  ESME_ROK: 0x00,
  ESME_RINVMSGLEN: 0x01,
  ESME_RSYSERR: 0x08,
  ESME_RINVSRCADR: 0x0a,
  ESME_RINVDSTADR: 0x0b,
  ESME_RBINDFAIL: 0x0d,
  ESME_RINVPASWD: 0x0e,
  ESME_RINVSYSID: 0x0f,
  ESME_RMSGQFUL: 0x14,
  ESME_RINVNUMDESTS: 0x33,
  ESME_RSUBMITFAIL: 0x45,
  ESME_RINVDSTTON: 0x50,
  ESME_RINVDSTNPI: 0x51,
  ESME_RTHROTTLED: 0x58,
} as const;

export const ESM_UDH_INDICATOR = 0x40;
export const ESM_DELIVERY_RECEIPT = 0x04;
