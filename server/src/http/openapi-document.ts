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
      return app.swagger() as unknown as Record<string, unknown>;
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}
