import type { DeliveryStatus } from '../../domain/delivery-status.ts';

// A configurable HTTP SMS gateway. Presets are EXAMPLES written from the providers' public
// JSON APIs as we understood them: check each field against your provider's current
// documentation (and your account's options) before relying on one.

export type HttpGatewaySettings = {
  url: string;
  method: 'POST' | 'GET';
  /** `json`: the body template is JSON; `form`: application/x-www-form-urlencoded (or the query for GET). */
  format: 'json' | 'form';
  /**
   * The request body with placeholders {{to}} (E.164), {{to_digits}} (without +), {{body}},
   * {{sender}}, {{idempotency_key}}, {{api_key}} — each escaped for the format.
   */
  bodyTemplate: string;
  /** Extra headers, values may use {{api_key}}; e.g. `Authorization: Bearer {{api_key}}`. */
  headers: Record<string, string>;
  apiKey: string | undefined;
  /** Dot path of the message id in a JSON response (`data.MessageID`). */
  messageIdPath: string;
  /** Dot path of a success flag; when given, anything but true/"true"/1 is a failure. */
  successPath?: string | undefined;
  /** Dot path of the error text in a JSON response. */
  errorPath?: string | undefined;
  timeoutMs: number;
  /** Concurrent requests. */
  window: number;
  /** Delivery-report webhook: where the id and status are in the posted JSON or query. */
  dlrIdPath: string;
  dlrStatusPath: string;
};

export const httpGatewayPresets = {
  // Unifonic REST (el.cloud.unifonic.com): form-encoded AppSid/SenderID/Recipient/Body.
  unifonic: {
    url: 'https://el.cloud.unifonic.com/rest/SMS/messages',
    method: 'POST',
    format: 'form',
    bodyTemplate:
      'AppSid={{api_key}}&SenderID={{sender}}&Recipient={{to_digits}}&Body={{body}}&responseType=JSON&CorrelationID={{idempotency_key}}',
    headers: {},
    messageIdPath: 'data.MessageID',
    successPath: 'success',
    errorPath: 'message',
    dlrIdPath: 'messageId',
    dlrStatusPath: 'status',
  },
  // Taqnyat (api.taqnyat.sa): bearer token, JSON body with a recipients array.
  taqnyat: {
    url: 'https://api.taqnyat.sa/v1/messages',
    method: 'POST',
    format: 'json',
    bodyTemplate: '{"recipients":["{{to_digits}}"],"body":"{{body}}","sender":"{{sender}}"}',
    headers: { Authorization: 'Bearer {{api_key}}' },
    messageIdPath: 'messageId',
    errorPath: 'message',
    dlrIdPath: 'messageId',
    dlrStatusPath: 'status',
  },
} as const satisfies Record<string, Omit<HttpGatewaySettings, 'timeoutMs' | 'window' | 'apiKey'>>;

export type HttpGatewayPreset = keyof typeof httpGatewayPresets;
export const httpGatewayPresetNames = Object.keys(httpGatewayPresets) as HttpGatewayPreset[];

/** Words providers use for delivery states, mapped to the one status set. */
export function statusFromWord(word: string): DeliveryStatus | undefined {
  const w = word.trim().toLowerCase();
  if (['delivered', 'delivrd', 'success', 'dlvrd'].includes(w)) return 'delivered';
  if (['failed', 'undeliv', 'undelivered', 'deleted', 'error'].includes(w)) return 'failed';
  if (['expired'].includes(w)) return 'expired';
  if (['rejected', 'rejectd', 'blocked'].includes(w)) return 'rejected';
  if (['sent', 'accepted', 'acceptd', 'enroute', 'submitted', 'queued', 'pending'].includes(w)) return 'sent';
  return undefined;
}

export type HttpGatewayInput = {
  preset?: HttpGatewayPreset | undefined;
  url?: string | undefined;
  method?: 'POST' | 'GET' | undefined;
  format?: 'json' | 'form' | undefined;
  body?: string | undefined;
  /** `Header-Name: value` */
  authHeader?: string | undefined;
  apiKey?: string | undefined;
  idPath?: string | undefined;
  successPath?: string | undefined;
  errorPath?: string | undefined;
  timeoutMs: number;
  window: number;
  dlrIdPath?: string | undefined;
  dlrStatusPath?: string | undefined;
};

/** A preset (if any) with the explicit settings on top; problems name the missing pieces. */
export function resolveHttpGateway(input: HttpGatewayInput): { settings?: HttpGatewaySettings; problems: string[] } {
  const base = input.preset ? httpGatewayPresets[input.preset] : undefined;
  const headers: Record<string, string> = { ...(base?.headers ?? {}) };
  const problems: string[] = [];
  if (input.authHeader) {
    const m = /^([A-Za-z0-9-]+):\s*(.+)$/.exec(input.authHeader);
    if (m) headers[m[1]!] = m[2]!;
    else problems.push('TAWASUL_SMS_HTTP_AUTH_HEADER: expected "Header-Name: value"');
  }
  const url = input.url ?? base?.url;
  const bodyTemplate = input.body ?? base?.bodyTemplate;
  const messageIdPath = input.idPath ?? base?.messageIdPath;
  if (!url) problems.push('TAWASUL_SMS_HTTP_URL: required for the http adapter (or choose TAWASUL_SMS_HTTP_PRESET)');
  if (!bodyTemplate) problems.push('TAWASUL_SMS_HTTP_BODY: required for the http adapter (or choose a preset)');
  if (!messageIdPath) problems.push('TAWASUL_SMS_HTTP_ID_PATH: required for the http adapter (or choose a preset)');
  if (problems.length > 0 || !url || !bodyTemplate || !messageIdPath) return { problems };
  return {
    problems,
    settings: {
      url,
      method: input.method ?? base?.method ?? 'POST',
      format: input.format ?? base?.format ?? 'json',
      bodyTemplate,
      headers,
      apiKey: input.apiKey,
      messageIdPath,
      successPath: input.successPath ?? (base && 'successPath' in base ? base.successPath : undefined),
      errorPath: input.errorPath ?? base?.errorPath,
      timeoutMs: input.timeoutMs,
      window: input.window,
      dlrIdPath: input.dlrIdPath ?? base?.dlrIdPath ?? 'id',
      dlrStatusPath: input.dlrStatusPath ?? base?.dlrStatusPath ?? 'status',
    },
  };
}
