// `npm run db:generate`: drizzle-kit generate, then schema-agnostic SQL.
// npm keeps drizzle-orm inside server/node_modules (its optional peers clash with the web
// package's tree), where the hoisted drizzle-kit cannot find it; a link for the duration fixes that.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, symlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const server = fileURLToPath(new URL('..', import.meta.url));
const rootLink = fileURLToPath(new URL('../../node_modules/drizzle-orm', import.meta.url));
const made = !existsSync(rootLink);
if (made) symlinkSync(`${server}node_modules/drizzle-orm`, rootLink, 'dir');
try {
  execFileSync('npx', ['drizzle-kit', 'generate', ...process.argv.slice(2)], { cwd: server, stdio: 'inherit' });
  execFileSync('node', ['scripts/schema-agnostic-migrations.mjs'], { cwd: server, stdio: 'inherit' });
} finally {
  if (made) rmSync(rootLink);
}
