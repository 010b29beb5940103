import type { HttpGatewaySettings } from './adapters/http/http-gateway-presets.ts';

/** What messaging is configured with (config.ts reads it from the environment). */
export type MessagingConfig = {
  sms: {
    adapter: 'log' | 'smpp' | 'http';
    smpp:
      | {
          url: string;
          host: string;
          port: number;
          systemId: string;
          password: string;
          window: number;
          throttlePerSecond: number;
        }
      | undefined;
    http: HttpGatewaySettings | undefined;
    /** Shared secret of the delivery-report webhook (URL segment or X-Tawasul-Webhook-Secret header). */
    dlrSecret: string | undefined;
  };
  mail: {
    smtpUrl: string | undefined;
    imapUrl: string | undefined;
    imapMailbox: string;
    imapPollSeconds: number;
    from: string;
    faxGatewayFrom: string | undefined;
    maxAttachmentBytes: number;
  };
  outbox: { leaseSeconds: number; maxAttempts: number };
};

/** What the messaging runtime and jobs receive: their part of the configuration and the public URL. */
export type MessagingDeployment = { messaging: MessagingConfig; publicUrl: string | undefined; port: number };
