import { ImapFlow } from 'imapflow';

// IMAP in (`TAWASUL_IMAP_URL=imaps://user:pass@host:993`): fetches unseen messages, hands
// each raw message to the caller, then flags it \Seen. Storage de-duplicates by Message-ID,
// so a crash between storing and flagging fetches a message again without storing it twice.

export type ImapOptions = { url: string; mailbox: string; maxMessages: number; timeoutMs?: number };

export async function fetchUnseenMail(
  options: ImapOptions,
  onMessage: (raw: Buffer, uid: number) => Promise<void>,
): Promise<{ fetched: number }> {
  const u = new URL(options.url);
  const secure = u.protocol === 'imaps:';
  const client = new ImapFlow({
    host: u.hostname,
    port: u.port ? Number(u.port) : secure ? 993 : 143,
    secure,
    auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) },
    logger: false,
    // Loopback test servers have no certificate worth checking; real ones use imaps://.
    tls: { rejectUnauthorized: secure },
    doSTARTTLS: secure ? undefined : false,
    connectionTimeout: options.timeoutMs ?? 30_000,
    greetingTimeout: options.timeoutMs ?? 30_000,
    socketTimeout: options.timeoutMs ?? 60_000,
  });
  client.on('error', () => undefined);
  await client.connect();
  let fetched = 0;
  try {
    const lock = await client.getMailboxLock(options.mailbox);
    try {
      const found = await client.search({ seen: false }, { uid: true });
      const uids = (found || []).slice(0, options.maxMessages);
      for (const uid of uids) {
        const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
        if (!message || !message.source) continue;
        await onMessage(message.source, uid);
        await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
        fetched++;
      }
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => undefined);
  }
  return { fetched };
}
