// Writes docs/environment.md from server/src/config.ts (`npm run docs:env`).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { environmentReference } from '../src/config.reference.ts';

const target = fileURLToPath(new URL('../../docs/environment.md', import.meta.url));
writeFileSync(target, environmentReference());
process.stdout.write(`wrote ${target}\n`);
