// The outgoing email port. Adapters: SMTP (nodemailer) and log (development).

export type EmailMessage = {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; contentType: string; content: Uint8Array }[];
  /** The outbox key: the Message-ID is derived from it, so a resend carries the same id. */
  idempotencyKey: string;
};

export interface EmailSender {
  readonly name: 'smtp' | 'log';
  send(message: EmailMessage): Promise<{ providerMessageId: string }>;
  close(): Promise<void>;
}
