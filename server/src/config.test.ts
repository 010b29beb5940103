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

  it('trusts no proxy by default, also behind a public URL', () => {
    expect(loadConfig({}).trustedProxies).toBe(false);
    expect(loadConfig({ TAWASUL_PUBLIC_URL: 'https://cc.example.sa' }).trustedProxies).toBe(false);
  });

  it.each([
    ['one address', '10.0.0.5', ['10.0.0.5']],
    [
      'addresses and networks, IPv4 and IPv6',
      ' 10.0.0.5, 192.168.0.0/24,::1, fd00::/8',
      ['10.0.0.5', '192.168.0.0/24', '::1', 'fd00::/8'],
    ],
    ['a hop count', '2', 2],
  ])('reads TAWASUL_TRUSTED_PROXIES: %s', (_name, value, expected) => {
    expect(loadConfig({ TAWASUL_TRUSTED_PROXIES: value }).trustedProxies).toEqual(expected);
  });

  it.each([
    ['PORT', { PORT: 'eighty' }],
    ['TAWASUL_TRUSTED_PROXIES', { TAWASUL_TRUSTED_PROXIES: 'proxy.local' }],
    ['TAWASUL_TRUSTED_PROXIES', { TAWASUL_TRUSTED_PROXIES: '10.0.0.0/33' }],
    ['TAWASUL_TRUSTED_PROXIES', { TAWASUL_TRUSTED_PROXIES: '0' }],
    ['TAWASUL_TRUSTED_PROXIES', { TAWASUL_TRUSTED_PROXIES: '10.0.0.5,' }],
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
