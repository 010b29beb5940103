// The API contract from the command line (node server/bin/run-ts.mjs server/scripts/openapi.ts …):
//   json FILE   writes the OpenAPI document, as served at /api/docs/json
//   types       writes web/src/api/schema.d.ts (the web app's API types)
//   lint        lints the document with Redocly (redocly.yaml: the recommended rules)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApiDocument, webApiTypes, webApiTypesPath } from '../src/http/openapi-document.ts';

const [command, file] = process.argv.slice(2);
const document = await openApiDocument();
if (command === 'json' && file) {
  writeFileSync(file, `${JSON.stringify(document, null, 2)}\n`);
} else if (command === 'types') {
  writeFileSync(webApiTypesPath, await webApiTypes(document));
} else if (command === 'lint') {
  const dir = mkdtempSync(join(tmpdir(), 'tawasul-openapi-'));
  try {
    const path = join(dir, 'openapi.json');
    writeFileSync(path, JSON.stringify(document));
    const root = fileURLToPath(new URL('../../', import.meta.url));
    execFileSync(join(root, 'node_modules/.bin/redocly'), ['lint', path, '--config', join(root, 'redocly.yaml')], {
      stdio: 'inherit',
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  console.error('usage: openapi.ts json FILE | types | lint');
  process.exit(2);
}
