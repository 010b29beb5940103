#!/usr/bin/env node
// The `tawasul` command. The server runs from its TypeScript sources through tsx,
// so there is no separate build step for it (see docs/decisions/002-run-typescript-with-tsx.md).
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
