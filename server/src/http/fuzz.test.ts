// A fuzz of the whole API, generated from its OpenAPI document: every operation gets hostile
// values (NUL, lone surrogates, bidi controls, a 1 MB string, huge and negative numbers,
// NaN-ish strings, extreme dates, wrong types, __proto__ keys, deep nesting) in its path
// parameters, query and body, once signed in as an administrator and once without signing
// in. Whatever comes in, the answer is never a 5xx, never a stack trace, and every 4xx
// carries a code and a message in Arabic and in English. Values are sampled per field with a
// fixed seed, so a failure is reproducible and the run stays short.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import { addDays } from '../shared/calendar-date.ts';
import { addUser, describeEachDatabase, loginCookie } from '../testing/db-harness.ts';
import { loadImport } from '../testing/import-fixture.ts';
import { todayIn } from '../modules/customers/index.ts';

type JsonSchema = {
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  minimum?: number;
  minLength?: number;
  minItems?: number;
  default?: unknown;
};
type Parameter = { in: 'path' | 'query' | 'header' | 'cookie'; name: string; schema?: JsonSchema };
type Operation = {
  name: string;
  method: string;
  path: string;
  params: Parameter[];
  body: JsonSchema | undefined;
  bodyKeys: string[];
  multipart: boolean;
};

// ---- the hostile values ----------------------------------------------------------------------

const MB = 'x'.repeat(1_048_576);
/** JSON text sent as it is: nesting too deep for JSON.stringify to build. */
class RawJson {
  constructor(
    readonly label: string,
    readonly text: string,
  ) {}
}
const deep = (depth: number) => new RawJson(`{a:…} ×${depth}`, `${'{"a":'.repeat(depth)}"bottom"${'}'.repeat(depth)}`);
const deepArray = (depth: number) => new RawJson(`[…] ×${depth}`, `${'['.repeat(depth)}${']'.repeat(depth)}`);

/** The JSON text of a body whose values may be RawJson. */
function jsonOf(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  const raws: RawJson[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (!(v instanceof RawJson)) return v;
    raws.push(v);
    return `\u0001raw${raws.length - 1}\u0001`;
  });
  return text.replace(/"\\u0001raw(\d+)\\u0001"/g, (_, i: string) => raws[Number(i)]!.text);
}

/** Text that must be refused (400) wherever it appears. */
const poisonText = ['\u0000', 'a\u0000b', '\ud800', 'x\udfffy'];
/** Text that is valid, odd, and must never break anything. */
const oddText = [
  '\u202Eevil\u202C',
  '\u2066عربي\u2069 \u202Bمرحبا\u202C',
  MB,
  '',
  ' ',
  'hi {__proto__}',
  '{constructor} {toString} {hasOwnProperty}',
  '__proto__',
  'constructor',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '-9223372036854775809',
  '0x1F',
  '0001-01-01',
  '9999-12-31',
  '+275760-09-13',
  '2026-02-30',
  '0001-01-01T00:00:00Z',
  '9999-12-31T23:59:59.999Z',
  "'; drop table users; --",
  '../../../etc/passwd',
  '=HYPERLINK("http://x")',
  '<script>alert(1)</script>',
  '%00',
  '\u200f\u200e\ufeff',
  '😀'.repeat(100),
];
const oddNumbers = [1e308, -1e308, -1, 0, 2 ** 53 + 1, 9_223_372_036_854_775_808, 0.5, -0.000001, 1e-320];
const wrongTypes = [
  null,
  true,
  [],
  {},
  ['\u0000'],
  { __proto__: null, polluted: 1 },
  JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
  JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') as unknown,
  deep(2_000),
  deepArray(5_000),
];

const urlValues: string[] = [
  ...poisonText,
  ...oddText,
  ...oddNumbers.map(String),
  'true',
  '[]',
  '{}',
  '__proto__[polluted]',
];
const bodyValues: unknown[] = [...poisonText, ...oddText, ...oddNumbers, ...wrongTypes];
const wholeBodies: unknown[] = [
  null,
  [],
  'text',
  42,
  JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
  deep(10_000),
  { '\u0000': 1 },
  { '\ud800': 1 },
];

/** Values every field of a kind gets, whatever the sample: the edges that broke things before. */
function edgesOf(schema: JsonSchema | undefined): string[] {
  const formats = [schema?.format, ...(schema?.anyOf ?? schema?.oneOf ?? []).map((s) => s.format)];
  if (formats.includes('date')) return ['0001-01-01', '9999-12-31'];
  if (formats.includes('date-time')) return ['0001-01-01T00:00:00Z', '9999-12-31T23:59:59Z'];
  const types = [schema?.type, ...(schema?.anyOf ?? schema?.oneOf ?? []).map((s) => s.type)].flat();
  if (types.includes('integer') || types.includes('number')) return ['-1', '1e308', 'NaN'];
  return [];
}

/** How many values each field gets drawn at random, besides a poison and its kind's edges. */
const PER_FIELD = 3;

// ---- a seeded sample -------------------------------------------------------------------------

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Every value of `always`, and `n` more drawn from `pool` without repeating. */
function sample<T>(random: () => number, always: T[], pool: T[], n: number): T[] {
  const rest = [...pool];
  const out = [...always];
  for (let i = 0; i < n && rest.length > 0; i++) out.push(rest.splice(Math.floor(random() * rest.length), 1)[0]!);
  return out;
}

// ---- the operations, from the document -------------------------------------------------------

const methods = ['get', 'post', 'put', 'patch', 'delete'];

type Document = {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components?: { schemas?: Record<string, JsonSchema> };
};

/** The schema with its `$ref`s to components replaced by their targets (a few levels deep). */
function resolved(doc: Document, schema: JsonSchema | undefined, depth = 0): JsonSchema | undefined {
  if (!schema || depth > 8) return schema;
  const ref = (schema as { $ref?: string }).$ref;
  if (ref?.startsWith('#/components/schemas/')) {
    return resolved(doc, doc.components?.schemas?.[ref.slice('#/components/schemas/'.length)], depth + 1);
  }
  const each = (list?: JsonSchema[]) => list?.map((s) => resolved(doc, s, depth + 1)!);
  return {
    ...schema,
    ...(schema.properties
      ? {
          properties: Object.fromEntries(
            Object.entries(schema.properties).map(([k, v]) => [k, resolved(doc, v, depth + 1)!]),
          ),
        }
      : {}),
    ...(schema.items ? { items: resolved(doc, schema.items, depth + 1) } : {}),
    ...(schema.anyOf ? { anyOf: each(schema.anyOf) } : {}),
    ...(schema.oneOf ? { oneOf: each(schema.oneOf) } : {}),
  };
}

function operationsOf(doc: Document): Operation[] {
  const out: Operation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const [method, raw] of Object.entries(item)) {
      if (!methods.includes(method)) continue;
      const op = raw as {
        summary?: string;
        parameters?: Parameter[];
        requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
      };
      const content = op.requestBody?.content ?? {};
      const body = resolved(doc, content['application/json']?.schema);
      // Routes whose use case validates the body list its fields in the summary: {a, b?, c}.
      const summaryKeys = /\{([a-z_?, ]+)\}/.exec(op.summary ?? '')?.[1];
      const bodyKeys = body?.properties
        ? Object.keys(body.properties)
        : summaryKeys
          ? summaryKeys.split(',').map((k) => k.trim().replace(/\?$/, ''))
          : ['name', 'body'];
      out.push({
        // Named by method and path, whatever operationId the document carries.
        name: `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        params: (op.parameters ?? []).map((p) => ({ ...p, schema: resolved(doc, p.schema) })),
        body,
        bodyKeys,
        multipart: Boolean(content['multipart/form-data']) || /multipart/.test(op.summary ?? ''),
      });
    }
  }
  return out;
}

/** A plausible valid value for a schema, to fill the fields not under test. */
function validOf(schema: JsonSchema | undefined, known: string | undefined): unknown {
  if (!schema) return known ?? 'fuzz';
  if (schema.const !== undefined) return schema.const;
  if (schema.enum?.length) return schema.enum[0];
  const choice = schema.anyOf ?? schema.oneOf;
  if (choice) return validOf(choice.find((s) => s.type !== 'null') ?? choice[0], known);
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  switch (type) {
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return false;
    case 'array':
      return Array.from({ length: schema.minItems ?? 0 }, () => validOf(schema.items, undefined));
    case 'object': {
      const out: Record<string, unknown> = {};
      for (const key of schema.required ?? []) out[key] = validOf(schema.properties?.[key], undefined);
      return out;
    }
    default:
      if (known) return known;
      if (schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
      if (schema.format === 'date') return '2026-11-22';
      if (schema.format === 'date-time') return '2026-11-22T10:00:00Z';
      if (schema.format === 'email') return 'fuzz@example.com';
      return 'fuzz'.padEnd(schema.minLength ?? 0, 'z');
  }
}

/**
 * Encodes a value for a URL like a client would, lone surrogates included (as the WTF-8 bytes
 * a careless client sends: `%ED%A0%80`).
 */
function encode(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) {
      out += encodeURIComponent(value.slice(i, i + 2));
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out +=
        `%${(0xe0 | (c >> 12)).toString(16)}%${(0x80 | ((c >> 6) & 0x3f)).toString(16)}%${(0x80 | (c & 0x3f)).toString(16)}`.toUpperCase();
    } else {
      out += encodeURIComponent(value[i]!);
    }
  }
  return out;
}

// ---- the checks ------------------------------------------------------------------------------

const arabic = /[\u0600-\u06ff]/;

/** What is wrong with an answer, or undefined when it keeps the rules. */
function problemOf(response: LightMyRequestResponse): string | undefined {
  const status = response.statusCode;
  const body = response.body;
  if (status >= 500) return `${status} ${body.slice(0, 300)}`;
  if (/\n\s+at [^\n]+:\d+:\d+/.test(body) || /node_modules|\.ts:\d+/.test(body)) return `stack trace in ${status}`;
  if (status < 400) return undefined;
  // A page for people (the unsubscribe link) answers in HTML, in both languages.
  if (String(response.headers['content-type']).startsWith('text/html')) {
    return arabic.test(body) && /[a-z]{3}/i.test(body) ? undefined : `${status} HTML page without both languages`;
  }
  let parsed: { code?: unknown; message?: unknown; message_ar?: unknown };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return `${status} without a JSON body: ${body.slice(0, 120)}`;
  }
  if (typeof parsed.code !== 'string' || !parsed.code) return `${status} without a code`;
  if (typeof parsed.message !== 'string' || !parsed.message) return `${status} without an English message`;
  if (typeof parsed.message_ar !== 'string' || !arabic.test(parsed.message_ar)) {
    return `${status} without an Arabic message`;
  }
  return undefined;
}

const describeValue = (v: unknown) => {
  if (v instanceof RawJson) return v.label;
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  if (text === undefined) return String(v);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…(${text.length})` : text);
};

describeEachDatabase('OpenAPI fuzz: hostile input never gives a 5xx', (get) => {
  let operations: Operation[] = [];
  /** Real values for path parameters, by the path segment before them (`tickets` → a ticket id). */
  const known = new Map<string, string>();
  let cookie = '';

  beforeAll(async () => {
    const { app, database } = get();
    const today = todayIn('Asia/Riyadh');
    await addUser(database, 'fz.admin', 'admin');
    await addUser(database, 'fz.manager', 'manager');
    await addUser(database, 'fz.sup', 'supervisor');
    await addUser(database, 'fz.agent', 'agent', { skills: ['collections', 'service'] });
    await loadImport(database, 'customers', [
      'customer_no,name,category,mobile,landline,work_phone',
      'FZ1,عميل الفحص,A,0551111111,0112222222,',
      'FZ2,عميل ثان,B,0552222222,,',
    ]);
    await loadImport(database, 'installments', [
      'customer_no,contract_no,credit_type,installment_no,amount,currency,due_date',
      `FZ1,KZ1,شخصي,1,2000,SAR,${addDays(today, -1)}`,
      `FZ2,KZ2,شخصي,1,3500,SAR,${addDays(today, -5)}`,
    ]);
    const manager = await loginCookie(app, 'fz.manager');
    const sup = await loginCookie(app, 'fz.sup');
    cookie = await loginCookie(app, 'fz.admin');
    const as = async (who: string, method: InjectOptions['method'], url: string, payload?: object) => {
      const r = await app.inject({ method, url, headers: { cookie: who }, ...(payload ? { payload } : {}) });
      return r.json() as Record<string, unknown>;
    };
    await as(manager, 'POST', '/api/v1/collections/runs', { date: today, send: false });
    const ticket = await as(sup, 'POST', '/api/v1/tickets', {
      customer_no: 'FZ1',
      category: 'complaint',
      subject: 'شكوى للفحص',
      description: 'نص',
    });
    const inquiry = await as(sup, 'POST', '/api/v1/inquiries', {
      channel: 'phone',
      customer_no: 'FZ1',
      question: 'سؤال',
    });
    const lists = (await as(cookie, 'GET', `/api/v1/worklists?date=${today}`)).items as Array<{ id: string }>;
    const items = lists?.[0]
      ? ((await as(cookie, 'GET', `/api/v1/worklists/${lists[0].id}/items`)).items as Array<{ id: string }>)
      : [];
    const users = (await as(cookie, 'GET', '/api/v1/users?q=fz.agent')).items as Array<{ id: string }>;
    const templates = (await as(cookie, 'GET', '/api/v1/messaging/templates')).items as Array<{ id: string }>;
    const token = await as(cookie, 'POST', '/api/v1/api-tokens', { name: 'fuzz' });
    const customer = await as(cookie, 'GET', '/api/v1/customers/FZ1');
    const contact = (customer.contact_points as Array<{ id: string }> | undefined)?.[0];
    const put = (segment: string, value: unknown) => {
      if (typeof value === 'string') known.set(segment, value);
    };
    put('customers', 'FZ1');
    put('tickets', ticket.id);
    put('inquiries', inquiry.id);
    put('worklists', lists?.[0]?.id);
    put('work-items', items?.[0]?.id);
    put('users', users?.[0]?.id);
    put('templates', templates?.[0]?.id);
    put('api-tokens', token.id);
    put('contact-points', contact?.id);
    put('ticket-groups', 'key_accounts');

    const doc = await app.inject({ method: 'GET', url: '/api/docs/json' });
    operations = operationsOf(doc.json());
  }, 300_000);

  /** The URL of an operation with path parameters filled, one of them possibly hostile. */
  function urlOf(op: Operation, override?: { name: string; value: string }, query?: Record<string, string>) {
    let url = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
      if (override?.name === name) return encode(override.value);
      const before = op.path.split(`/{${name}}`)[0]!.split('/').pop()!;
      const param = op.params.find((p) => p.in === 'path' && p.name === name);
      return encode(String(validOf(param?.schema, known.get(before))));
    });
    const pairs = Object.entries(query ?? {}).map(([k, v]) => `${encode(k)}=${encode(v)}`);
    if (pairs.length > 0) url += `?${pairs.join('&')}`;
    return url;
  }

  /** The requests for one operation: each field in turn gets sampled hostile values. */
  function requestsOf(op: Operation, seed: number): Array<{ label: string; options: InjectOptions }> {
    const random = rng(seed);
    // Each field gets one of the poisons (in turn), its kind's edges and a few values drawn at random.
    let turn = seed;
    const poison = () => poisonText[turn++ % poisonText.length]!;
    const out: Array<{ label: string; options: InjectOptions }> = [];
    const hasBody = ['POST', 'PUT', 'PATCH'].includes(op.method) && !op.multipart;
    const valid = hasBody ? validOf(op.body, undefined) : undefined;
    const baseBody = valid !== null && typeof valid === 'object' ? (valid as Record<string, unknown>) : undefined;
    const add = (label: string, url: string, body?: unknown) =>
      out.push({
        label,
        options: {
          method: op.method as InjectOptions['method'],
          url,
          ...(hasBody
            ? { payload: jsonOf(body ?? baseBody ?? {}), headers: { 'content-type': 'application/json' } }
            : {}),
        },
      });

    for (const p of op.params.filter((p) => p.in === 'path')) {
      for (const value of sample(random, [poison(), ...edgesOf(p.schema)], urlValues, PER_FIELD)) {
        add(`path ${p.name}=${describeValue(value)}`, urlOf(op, { name: p.name, value }));
      }
    }
    for (const p of op.params.filter((p) => p.in === 'query')) {
      for (const value of sample(random, [poison(), ...edgesOf(p.schema)], urlValues, PER_FIELD)) {
        add(`query ${p.name}=${describeValue(value)}`, urlOf(op, undefined, { [p.name]: value }));
      }
    }
    if (op.params.some((p) => p.in === 'query')) {
      add('query __proto__', urlOf(op, undefined, { __proto__: 'x', constructor: 'y' }));
    }
    if (hasBody) {
      for (const key of op.bodyKeys) {
        const edges: unknown[] = edgesOf(op.body?.properties?.[key]).map((e) => (/^-?\d/.test(e) ? Number(e) : e));
        for (const value of sample(random, [poison(), ...edges], bodyValues, PER_FIELD)) {
          add(`body ${key}=${describeValue(value)}`, urlOf(op), { ...baseBody, [key]: value });
        }
      }
      for (const whole of sample(random, [], wholeBodies, 2)) add(`body ${describeValue(whole)}`, urlOf(op), whole);
    }
    return out;
  }

  async function fuzz(app: FastifyInstance, signedIn: boolean) {
    const failures: string[] = [];
    let count = 0;
    let seed = signedIn ? 1 : 2;
    for (const op of operations) {
      // Signing out would end the session the fuzz runs in.
      if (signedIn && op.path === '/api/v1/auth/logout') continue;
      for (const { label, options } of requestsOf(op, seed++)) {
        const headers = { ...(options.headers as Record<string, string>), ...(signedIn ? { cookie } : {}) };
        const response = await app.inject({ ...options, headers });
        count++;
        const problem = problemOf(response);
        if (problem) failures.push(`${op.name} — ${label}: ${problem}`);
        if (signedIn && response.statusCode === 401 && op.path !== '/api/v1/auth/login') {
          cookie = await loginCookie(app, 'fz.admin');
        }
      }
    }
    return { failures, count };
  }

  it('signed in as an administrator', async () => {
    const { failures, count } = await fuzz(get().app, true);
    expect(count).toBeGreaterThan(operations.length * 5);
    expect(failures).toEqual([]);
  }, 300_000);

  it('without signing in', async () => {
    const { failures, count } = await fuzz(get().app, false);
    expect(count).toBeGreaterThan(operations.length * 5);
    expect(failures).toEqual([]);
  }, 300_000);
});
