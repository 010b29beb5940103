import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { envSchema } from './config.ts';
import { environmentReference } from './config.reference.ts';
import { settingEnvNames } from './modules/settings/index.ts';

const file = fileURLToPath(new URL('../../docs/environment.md', import.meta.url));

describe('docs/environment.md', () => {
  it('is what config.ts generates (run `npm run docs:env` after changing the environment)', () => {
    expect(readFileSync(file, 'utf8')).toBe(environmentReference());
  });

  it('names every variable config.ts reads, with its default', () => {
    const text = environmentReference();
    for (const name of [...Object.keys(envSchema.shape), ...Object.values(settingEnvNames)])
      expect(text).toContain(`| \`${name}\` |`);
    expect(text).toContain('| `PORT` | `8080` | 0–65535 |');
    expect(text).toContain('| `TAWASUL_CALLING_WINDOW` | `calling_window` | `09:00-21:00` |');
  });
});
