import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('has working defaults with an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 8080, databaseUrl: undefined, cookieSecure: false, settingOverrides: {} });
    expect(config.dataDir).toMatch(/\/data$/);
  });

  it('prefers flags over the environment', () => {
    const config = loadConfig({ PORT: '9000', TAWASUL_DATA_DIR: '/tmp/a' }, { port: 9100, dataDir: '/tmp/b' });
    expect(config).toMatchObject({ port: 9100, dataDir: '/tmp/b' });
  });

  it('uses secure cookies behind an https public URL', () => {
    expect(loadConfig({ TAWASUL_PUBLIC_URL: 'https://cc.example.sa' }).cookieSecure).toBe(true);
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://x' }],
    ['TAWASUL_LOG_LEVEL', { TAWASUL_LOG_LEVEL: 'loud' }],
    ['TAWASUL_CALLING_WINDOW', { TAWASUL_CALLING_WINDOW: '9-5' }],
  ])('names %s when its value is bad', (name, env) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as ConfigError).problems.join('\n')).toContain(name);
    }
  });
});
