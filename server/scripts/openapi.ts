// Writes the OpenAPI document (as served at /api/docs/json) to a file:
// `node server/bin/run-ts.mjs server/scripts/openapi.ts OUT.json`.
import { writeFile } from 'node:fs/promises';
import { openApiDocument } from '../src/http/openapi-document.ts';

const out = process.argv[2];
if (!out) {
  console.error('usage: openapi.ts OUT.json');
  process.exit(2);
}
await writeFile(out, `${JSON.stringify(await openApiDocument(), null, 2)}\n`);
