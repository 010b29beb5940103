import type { FastifyInstance, RouteOptions } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';

// The API contract: what every route declares beside its handler, and how the OpenAPI document
// at /api/docs/json is built from it. A route declares, in `schema`:
//   operationId (camelCase, unique), tags, summary, params / querystring / body (zod),
//   response: every 2xx it gives (zod; `noContent` for 204, `binary(...)` for a file) and the
//   4xx that belong to this route only (`errors(404, 409)`).
// The 4xx every route of its kind can give are added here from its access and method, and a
// public route gets `security: []`. Responses are serialised through their schemas: a field
// that is not in the contract never leaves the server.

export const fieldErrorSchema = z
  .object({ field: z.string(), code: z.string(), message: z.string(), message_ar: z.string() })
  .meta({ id: 'FieldError', description: 'What is wrong with one field, in English and Arabic' });

export const errorBodySchema = z
  .object({
    code: z.string().meta({ description: 'A stable code from the error catalogue (bad_request, not_found …)' }),
    message: z.string(),
    message_ar: z.string(),
    errors: z.array(fieldErrorSchema).optional(),
  })
  .meta({ id: 'Error', description: 'An error: a stable code and a message in English and Arabic' });

const errorDescriptions = {
  400: 'The request body is not valid JSON, or the request is not valid',
  401: 'Not signed in, the session has expired, or the credentials are wrong',
  403: 'Not allowed: the role may not do this, or the request came from another site',
  404: 'Not found',
  409: 'The change conflicts with the current data (the code says which rule)',
  410: 'Gone: the link has expired',
  413: 'The request or the file is too large',
  415: 'The body is not in the accepted media type',
  422: 'Some fields are missing or not valid (errors names each field)',
  423: 'The account is locked for a while after failed sign-ins',
  429: 'Too many requests; wait (Retry-After) and try again',
  503: 'A service the operation needs (the telephone switch, a provider) is not reachable right now',
} as const;
export type ErrorStatus = keyof typeof errorDescriptions;

/** The 4xx a route gives beyond those of every route of its kind (see `registerContract`). */
export function errors<const S extends ErrorStatus>(...statuses: S[]): { [K in S]: typeof errorBodySchema } {
  return Object.fromEntries(statuses.map((s) => [s, errorBodySchema])) as { [K in S]: typeof errorBodySchema };
}

/** A 204: the answer has no body. */
export const noContent = z.undefined().meta({ description: 'Done; no content' });

const binarySchema = z.custom<Buffer | string>(() => true).meta({ format: 'binary' });

/** A file as the answer (a download or an export), in one of the given media types. */
export function binary<const T extends string>(description: string, ...types: T[]) {
  return {
    description,
    content: Object.fromEntries(types.map((t) => [t, { schema: binarySchema }])) as {
      [K in T]: { schema: typeof binarySchema };
    },
  };
}

/** JSON or a file, by the request (`format=json|xlsx`). */
export function jsonOrFile<S extends z.ZodType, const T extends string>(description: string, json: S, ...types: T[]) {
  return {
    description,
    content: {
      'application/json': { schema: json },
      ...(Object.fromEntries(types.map((t) => [t, { schema: binarySchema }])) as {
        [K in T]: { schema: typeof binarySchema };
      }),
    },
  };
}

export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A multipart/form-data body with one file in the field "file" (uploads; validated by the handler). */
export const fileUploadBody = {
  'multipart/form-data': {
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary', description: 'The file' } },
    },
  },
};

const successDescriptions: Record<string, string> = { 200: 'OK', 201: 'Created', 202: 'Accepted' };

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const WITH_BODY = new Set(['POST', 'PUT', 'PATCH']);

/**
 * Adds to every /api route the 4xx its kind can give (401 for a bad token or no session, 403 for
 * roles and cross-site writes, 400/413/415 for bodies, 422 for validated input, 429 when rate
 * limited) and `security: []` on public routes. Register before the routes.
 */
export function registerContract(app: FastifyInstance) {
  app.addHook('onRoute', (route: RouteOptions) => {
    const access = route.config?.access;
    if (access === undefined || !route.url.startsWith('/api/')) return;
    const schema = (route.schema ??= {}) as Record<string, unknown>;
    const response = (schema.response ??= {}) as Record<string, unknown>;
    const methods = [route.method].flat();
    const statuses: ErrorStatus[] = [401];
    if (access !== 'public' || methods.some((m) => UNSAFE.has(m))) statuses.push(403);
    if (methods.some((m) => WITH_BODY.has(m))) statuses.push(400, 413, 415);
    if (schema.params || schema.querystring || schema.body) statuses.push(422);
    if (route.config?.rateLimit) statuses.push(429);
    for (const status of statuses) response[status] ??= errorBodySchema;
    if (access === 'public') schema.security ??= [];
  });
}

type TransformInput = Parameters<typeof jsonSchemaTransform>[0];

function isZod(value: unknown): value is z.ZodType {
  return value instanceof z.ZodType;
}

/**
 * jsonSchemaTransform, plus: responses given as `{ description, content }` (files, or JSON or a
 * file by the `format` query) and the multipart body of an upload, and a description per 4xx.
 */
export function contractTransform(input: TransformInput) {
  const schema = input.schema as Record<string, unknown> | undefined;
  if (!schema) return jsonSchemaTransform(input);
  const response = (schema.response ?? {}) as Record<string, unknown>;
  const plain: Record<string, unknown> = {};
  const zod: Record<string, unknown> = {};
  for (const [status, value] of Object.entries(response)) (isZod(value) ? zod : plain)[status] = value;
  const consumesFile =
    schema.consumes && Array.isArray(schema.consumes) && schema.consumes.includes('multipart/form-data');
  const out = jsonSchemaTransform({ ...input, schema: { ...schema, response: zod } } as TransformInput);
  const transformed = out.schema as Record<string, unknown>;
  if (transformed.hide) return out;
  const responses = (transformed.response ?? {}) as Record<string, Record<string, unknown>>;
  for (const [status, value] of Object.entries(responses)) {
    const description = errorDescriptions[Number(status) as ErrorStatus];
    if (description && response[status] === errorBodySchema) {
      responses[status] = { ...value, description };
    } else if (!value.description && successDescriptions[status]) {
      responses[status] = { ...value, description: successDescriptions[status] };
    }
  }
  for (const [status, value] of Object.entries(plain)) {
    const { description, content } = value as { description: string; content: Record<string, { schema: unknown }> };
    const media: Record<string, { schema: unknown }> = {};
    for (const [type, { schema: s }] of Object.entries(content)) {
      media[type] = { schema: s === binarySchema ? { type: 'string', format: 'binary' } : toJson(input, s) };
    }
    responses[status] = { description, content: media };
  }
  transformed.response = responses;
  if (consumesFile) transformed.body = { content: fileUploadBody };
  return out;
}

function toJson(input: TransformInput, schema: unknown) {
  const out = jsonSchemaTransform({ ...input, schema: { response: { 200: schema } } } as TransformInput);
  return ((out.schema as Record<string, unknown>).response as Record<string, unknown>)[200];
}

/** jsonSchemaTransformObject, keeping only the shared schemas the document refers to. */
export function contractTransformObject(input: Parameters<typeof jsonSchemaTransformObject>[0]) {
  const document = jsonSchemaTransformObject(input) as Record<string, unknown> & {
    components?: { schemas?: Record<string, unknown> };
  };
  const schemas = document.components?.schemas;
  if (schemas) {
    const text = JSON.stringify({ ...document, components: { ...document.components, schemas: {} } });
    const used = new Set<string>();
    const visit = (json: string) => {
      for (const m of json.matchAll(/#\/components\/schemas\/([^"]+)"/g)) {
        if (!used.has(m[1]!) && schemas[m[1]!]) {
          used.add(m[1]!);
          visit(JSON.stringify(schemas[m[1]!]));
        }
      }
    };
    visit(text);
    for (const id of Object.keys(schemas)) if (!used.has(id)) delete schemas[id];
  }
  return document;
}
