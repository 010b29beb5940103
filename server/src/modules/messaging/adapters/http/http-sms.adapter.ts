import { SmsProviderError, type DeliveryReport, type SmsMessage, type SmsProvider } from '../sms-provider.ts';
import { statusFromWord, type HttpGatewaySettings } from './http-gateway-presets.ts';

// An HTTP SMS gateway driven by configuration. Every response body is checked: a 200 with an
// HTML page, a JSON body without a message id, or a success flag of false is a failure.

export class HttpSmsProvider implements SmsProvider {
  readonly name = 'http' as const;
  readonly window: number;

  constructor(
    private readonly settings: HttpGatewaySettings,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    this.window = settings.window;
  }

  async send(message: SmsMessage): Promise<{ providerMessageId: string }> {
    const s = this.settings;
    const values: Record<string, string> = {
      to: message.to,
      to_digits: message.to.replace(/^\+/, ''),
      body: message.body,
      sender: message.sender,
      idempotency_key: message.idempotencyKey,
      api_key: s.apiKey ?? '',
    };
    const filled = fill(s.bodyTemplate, values, s.format);
    const headers: Record<string, string> = { accept: 'application/json' };
    for (const [name, value] of Object.entries(s.headers)) headers[name] = fill(value, values, 'plain');
    let url = s.url;
    let body: string | undefined;
    if (s.method === 'GET') url += (url.includes('?') ? '&' : '?') + filled;
    else {
      body = filled;
      headers['content-type'] = s.format === 'json' ? 'application/json' : 'application/x-www-form-urlencoded';
    }

    let response: Response;
    let text: string;
    try {
      response = await this.fetchImpl(url, {
        method: s.method,
        headers,
        body,
        signal: AbortSignal.timeout(s.timeoutMs),
      });
      text = await response.text();
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      throw new SmsProviderError(
        'temporary',
        timedOut
          ? `the SMS gateway did not answer within ${s.timeoutMs} ms`
          : `the SMS gateway is unreachable: ${(error as Error).message}`,
        { cause: error },
      );
    }

    const json = parseJson(text);
    const errorText = json !== undefined && s.errorPath ? stringAt(json, s.errorPath) : undefined;
    const detail = errorText ?? (json === undefined ? describeNonJson(response, text) : text.slice(0, 200));
    const status = response.status;
    if (status === 401 || status === 403)
      throw new SmsProviderError('auth', `gateway refused the credentials (${status}): ${detail}`);
    if (status === 429) throw new SmsProviderError('rate_limited', `gateway rate limit (429): ${detail}`);
    if (status >= 500) throw new SmsProviderError('temporary', `gateway error ${status}: ${detail}`);
    if (status >= 400) {
      const recipient = /recipient|number|mobile|destination|msisdn|رقم/i.test(detail);
      throw new SmsProviderError(
        recipient ? 'bad_recipient' : 'unknown',
        `gateway refused the message (${status}): ${detail}`,
        {
          retryable: false,
        },
      );
    }
    if (json === undefined) {
      // A 2xx page that is not JSON (a proxy's or a maintenance page): whether the message went
      // out is unknown, so it is not retried automatically.
      throw new SmsProviderError('unknown', `gateway answered ${status} without JSON: ${detail}`, { retryable: false });
    }
    if (s.successPath) {
      const flag = valueAt(json, s.successPath);
      if (!(flag === true || flag === 'true' || flag === 1 || flag === '1')) {
        throw new SmsProviderError('unknown', `gateway reported a failure: ${detail}`, { retryable: false });
      }
    }
    const id = stringAt(json, s.messageIdPath);
    if (!id) {
      throw new SmsProviderError(
        'unknown',
        `gateway answer has no message id at "${s.messageIdPath}": ${text.slice(0, 200)}`,
        {
          retryable: false,
        },
      );
    }
    return { providerMessageId: id };
  }

  parseDeliveryReport(payload: Record<string, unknown>): DeliveryReport | undefined {
    const id = stringAt(payload, this.settings.dlrIdPath);
    const word = stringAt(payload, this.settings.dlrStatusPath);
    const status = word === undefined ? undefined : statusFromWord(word);
    if (!id || !status) return undefined;
    return { providerMessageId: id, status };
  }

  async close(): Promise<void> {}
}

function fill(template: string, values: Record<string, string>, format: 'json' | 'form' | 'plain'): string {
  return template.replace(/\{\{([a-z_]+)\}\}/g, (m, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) return m;
    if (format === 'json') return JSON.stringify(value).slice(1, -1);
    if (format === 'form') return encodeURIComponent(value);
    return value;
  });
}

function parseJson(text: string): unknown {
  const trimmed = text.trim();
  if (!trimmed.startsWith('{') && !trimmed.startsWith('[')) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

function describeNonJson(response: Response, text: string): string {
  const type = response.headers.get('content-type') ?? 'no content type';
  const title = /<title>([^<]{0,100})<\/title>/i.exec(text)?.[1];
  return `${type}${title ? ` (“${title.trim()}”)` : ''}`;
}

function valueAt(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = Object.hasOwn(current, key) ? (current as Record<string, unknown>)[key] : undefined;
  }
  return current;
}

function stringAt(value: unknown, path: string): string | undefined {
  const found = valueAt(value, path);
  return typeof found === 'string' || typeof found === 'number' ? String(found) : undefined;
}
