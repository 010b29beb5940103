import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { buildApp } from './app.ts';

/** The OpenAPI document of the API, as served at /api/docs/json, built on an empty in-memory database. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const database = await openDatabase({ dataDir: 'memory://' });
  try {
    const { app } = await buildApp({ database, config: loadConfig({ TAWASUL_WEB_DIST: '/nonexistent' }) });
    try {
      await app.ready();
      return JSON.parse(JSON.stringify(app.swagger())) as Record<string, unknown>;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

export const webApiTypesPath = new URL('../../../web/src/api/schema.d.ts', import.meta.url);

/** web/src/api/schema.d.ts: the web app's API types, generated from the document (openapi-typescript). */
export async function webApiTypes(document: Record<string, unknown>): Promise<string> {
  // A development tool: loaded only by the generator and its test, never by the running server.
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(document as never, { alphabetize: true });
  return (
    '// Generated from the OpenAPI document by `npm run api:types` (openapi-typescript). Do not edit:\n' +
    '// change the route schemas on the server and generate again (a test fails when this file is stale).\n\n' +
    astToString(ast)
  );
}
