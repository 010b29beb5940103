import { afterEach, describe, expect, it } from 'vitest';
import { LoopbackSmppServer } from '../../testing/smpp-loopback-server.ts';
import type { DeliveryReport } from '../sms-provider.ts';
import { SmsProviderError } from '../sms-provider.ts';
import { smppStatus } from './smpp-lib.ts';
import { parseSmppUrl, SmppSmsProvider } from './smpp-sms.adapter.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function setup(
  server: Partial<ConstructorParameters<typeof Object>[0]> & Record<string, unknown> = {},
  client: Record<string, unknown> = {},
) {
  const smsc = await LoopbackSmppServer.start({ systemId: 'tawasul', password: 'secret1', ...server });
  const provider = new SmppSmsProvider({
    ...parseSmppUrl(smsc.url),
    reconnectMinMs: 50,
    reconnectMaxMs: 200,
    responseTimeoutMs: 3000,
    ...client,
  });
  cleanups.push(
    () => smsc.close(),
    () => provider.close(),
  );
  return { smsc, provider };
}

const message = (body: string, to = '+966551234567') => ({
  to,
  body,
  sender: 'Tawasul',
  idempotencyKey: `k-${body.length}`,
});

describe('SMPP adapter against a loopback SMSC', () => {
  it('parses smpp:// URLs', () => {
    expect(parseSmppUrl('smpp://user:p%40ss@10.0.0.5:2776')).toEqual({
      host: '10.0.0.5',
      port: 2776,
      systemId: 'user',
      password: 'p@ss',
    });
    expect(() => parseSmppUrl('http://x')).toThrow();
  });

  it('sends 70 Arabic characters as one UCS-2 submit (data_coding 8) with the sender ID', async () => {
    const { smsc, provider } = await setup();
    const body = 'ع'.repeat(70);
    const { providerMessageId } = await provider.send(message(body));
    expect(providerMessageId).toBe('m1');
    expect(smsc.submits).toHaveLength(1);
    expect(smsc.submits[0]).toMatchObject({
      dataCoding: 8,
      esmClass: 0,
      registeredDelivery: 1,
      source: 'Tawasul',
      destination: '966551234567',
      text: body,
      udh: null,
    });
    expect(smsc.binds).toEqual([{ systemId: 'tawasul', ok: true }]);
  });

  it('sends GSM-7 with extension characters as data_coding 0, decoded exactly by the peer', async () => {
    const { smsc, provider } = await setup();
    await provider.send(message('Pay {EUR} 5€ [now] ^~|\\'));
    expect(smsc.submits[0]).toMatchObject({ dataCoding: 0, text: 'Pay {EUR} 5€ [now] ^~|\\' });
  });

  it('sends a 2-segment message as two concatenated parts with a UDH, never splitting a surrogate pair', async () => {
    const { smsc, provider } = await setup();
    const body = `${'ع'.repeat(66)}🙂${'ع'.repeat(10)}`;
    await provider.send(message(body));
    expect(smsc.submits).toHaveLength(2);
    const [a, b] = smsc.submits;
    expect(a!.esmClass & 0x40).toBe(0x40);
    expect(a!.udh!.slice(0, 3)).toEqual([0x00, 0x03, a!.udh![2]]);
    expect(a!.udh![3]).toBe(2); // total parts
    expect([a!.udh![4], b!.udh![4]]).toEqual([1, 2]);
    expect(a!.text + b!.text).toBe(body);
    expect(b!.text.startsWith('🙂')).toBe(true);
  });

  it('fails with a non-retryable `auth` error on bad credentials', async () => {
    const smsc = await LoopbackSmppServer.start({ systemId: 'tawasul', password: 'right' });
    const provider = new SmppSmsProvider({
      host: '127.0.0.1',
      port: smsc.port,
      systemId: 'tawasul',
      password: 'wrong',
    });
    cleanups.push(
      () => smsc.close(),
      () => provider.close(),
    );
    const error = await provider.send(message('hello')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SmsProviderError);
    expect(error).toMatchObject({ errorClass: 'auth', retryable: false });
    expect(smsc.submits).toHaveLength(0);
  });

  it.each([
    ['throttled by the SMSC', smppStatus.ESME_RTHROTTLED, 'rate_limited', true],
    ['invalid destination', smppStatus.ESME_RINVDSTADR, 'bad_recipient', false],
    ['system error', smppStatus.ESME_RSYSERR, 'temporary', true],
    ['an unknown status', 0x62, 'unknown', false],
  ])('classifies a refused submit: %s', async (_name, status, errorClass, retryable) => {
    const { provider } = await setup({ refuse: () => status });
    await expect(provider.send(message('hello'))).rejects.toMatchObject({ errorClass, retryable });
  });

  it('a connection refused is `temporary` and retryable', async () => {
    const provider = new SmppSmsProvider({
      host: '127.0.0.1',
      port: 1,
      systemId: 'x',
      password: 'y',
      responseTimeoutMs: 2000,
    });
    cleanups.push(() => provider.close());
    await expect(provider.send(message('hello'))).rejects.toMatchObject({ errorClass: 'temporary', retryable: true });
  });

  it('reconnects after the server drops the connection', async () => {
    const { smsc, provider } = await setup();
    await provider.send(message('one'));
    smsc.dropConnections();
    // The adapter rebinds in the background (back-off), without waiting for a send: receipts keep coming.
    await expect.poll(() => smsc.binds.length, { timeout: 5000, interval: 20 }).toBeGreaterThanOrEqual(2);
    await expect
      .poll(
        async () => {
          try {
            await provider.send(message('two'));
            return true;
          } catch {
            return false;
          }
        },
        { timeout: 5000, interval: 50 },
      )
      .toBe(true);
    expect(provider.binds).toBeGreaterThanOrEqual(2);
    expect(smsc.submits.map((s) => s.text)).toContain('two');
  });

  it('holds a throttle of N messages per second, measured at the receiving end', async () => {
    const rate = 20;
    const { smsc, provider } = await setup({}, { throttlePerSecond: rate, window: 10 });
    const started = performance.now();
    await Promise.all(Array.from({ length: 30 }, (_, i) => provider.send(message(`t${i}`))));
    const elapsed = performance.now() - started;
    const times = smsc.submits.map((s) => s.at).sort((a, b) => a - b);
    expect(times).toHaveLength(30);
    // In every window of one second, at most `rate` submits arrived.
    for (let i = 0; i + rate < times.length; i++) expect(times[i + rate]! - times[i]!).toBeGreaterThanOrEqual(1000);
    expect(elapsed).toBeGreaterThanOrEqual(1000); // the 21st cannot leave within the first second
  });

  it('keeps at most `window` submits in flight', async () => {
    const { smsc, provider } = await setup({ respondAfterMs: 30 }, { window: 3 });
    await Promise.all(Array.from({ length: 12 }, (_, i) => provider.send(message(`w${i}`))));
    expect(smsc.submits).toHaveLength(12);
    // Never more than the window unanswered at the SMSC (without the window all 12 would be).
    expect(smsc.maxOutstanding).toBeLessThanOrEqual(3);
    expect(smsc.maxOutstanding).toBeGreaterThanOrEqual(2);
  });

  it('parses deliver_sm receipts into the status set, duplicates included', async () => {
    const { smsc, provider } = await setup({ receipts: 'delivered-twice' });
    const reports: DeliveryReport[] = [];
    provider.onDeliveryReport((r) => reports.push(r));
    const { providerMessageId } = await provider.send(message('receipt please'));
    await expect.poll(() => reports.length).toBe(2);
    expect(reports[0]).toEqual({ providerMessageId, status: 'delivered' });
    smsc.sendReceipt(providerMessageId, 'UNDELIV');
    await expect.poll(() => reports.length).toBe(3);
    expect(reports[2]).toEqual({ providerMessageId, status: 'failed' });
  });
});
