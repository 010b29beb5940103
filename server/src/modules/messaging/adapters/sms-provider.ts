import type { DeliveryStatus } from '../domain/delivery-status.ts';

// The SMS port (STYLE: ports and adapters; Novu's ISmsProvider). One adapter per vendor under
// adapters/, each configured with a validated object, never by reading the environment.

export type SmsMessage = {
  /** E.164, `+9665…`. */
  to: string;
  body: string;
  /** The registered sender ID. */
  sender: string;
  /** Unique per message (the outbox key); providers that support it de-duplicate on it. */
  idempotencyKey: string;
};

export type DeliveryReport = { providerMessageId: string; status: DeliveryStatus; error?: string };

export interface SmsProvider {
  readonly name: 'log' | 'smpp' | 'http';
  /** How many sends may be outstanding at once (the dispatcher never has more in flight). */
  readonly window: number;
  send(message: SmsMessage): Promise<{ providerMessageId: string }>;
  /** Pushed reports (SMPP deliver_sm); the outbox subscribes. */
  onDeliveryReport?(listener: (report: DeliveryReport) => void): void;
  /** Parses a report posted to the webhook (HTTP gateways). */
  parseDeliveryReport?(payload: Record<string, unknown>): DeliveryReport | undefined;
  close(): Promise<void>;
}

export const smsErrorClasses = ['auth', 'bad_recipient', 'rate_limited', 'temporary', 'unknown'] as const;
export type SmsErrorClass = (typeof smsErrorClasses)[number];

/** A classified channel failure (SMS or email): what went wrong, and whether trying again may help. */
export class ChannelError extends Error {
  readonly retryable: boolean;

  constructor(
    readonly errorClass: SmsErrorClass,
    message: string,
    options: { retryable?: boolean; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ChannelError';
    this.retryable = options.retryable ?? (errorClass === 'rate_limited' || errorClass === 'temporary');
  }
}

export class SmsProviderError extends ChannelError {
  override readonly name = 'SmsProviderError';
}

/** Anything thrown by an adapter, as a classified error (an unexpected throw is `unknown`). */
export function asChannelError(error: unknown): ChannelError {
  if (error instanceof ChannelError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ChannelError('unknown', message, { retryable: false, cause: error });
}
