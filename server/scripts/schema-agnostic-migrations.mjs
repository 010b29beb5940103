// drizzle-kit writes `"public".` before type and table names in foreign keys. The same
// migrations must also build a fresh schema per test file (search_path), so the
// qualifier is removed after every `drizzle-kit generate`.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const folder = new URL('../drizzle/', import.meta.url).pathname;
for (const name of readdirSync(folder)) {
  if (!name.endsWith('.sql')) continue;
  const file = join(folder, name);
  const text = readFileSync(file, 'utf8');
  const fixed = text.replaceAll('"public".', '');
  if (fixed !== text) {
    writeFileSync(file, fixed);
    console.log(`schema-agnostic: ${name}`);
  }
}
