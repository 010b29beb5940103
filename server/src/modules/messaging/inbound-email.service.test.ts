import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/client.ts';
import { openTestDatabase } from '../../testing/db-harness.ts';
import { fetchUnseenMail } from './adapters/email/imap-inbox.adapter.ts';
import { ingestRawEmail } from './inbound-email.service.ts';
import { dovecotAvailable, startDovecot, type TestImapServer } from './testing/dovecot.ts';

const mail = (headers: string[], body: string[]) => Buffer.from([...headers, '', ...body, ''].join('\r\n'));
const options = { mailbox: 'INBOX', faxGatewayFrom: 'fax@gateway.example', maxAttachmentBytes: 2048 };

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase('pglite');
});
afterAll(async () => {
  await database.close();
});

async function row(id: string) {
  const r = await database.executeSql(`select * from inbound_emails where id = '${id}'`);
  return r.rows[0]!;
}

describe('ingestRawEmail', () => {
  it('threads a reply to its conversation by References / In-Reply-To', async () => {
    const first = await ingestRawEmail(
      database,
      mail(
        [
          'From: Sara <sara@example.com>',
          'Subject: استفسار',
          'Message-ID: <q1@example.com>',
          'Content-Type: text/plain; charset=utf-8',
        ],
        ['متى موعد القسط؟'],
      ),
      options,
    );
    const reply = await ingestRawEmail(
      database,
      mail(
        [
          'From: sara@example.com',
          'Subject: Re: استفسار',
          'Message-ID: <q3@example.com>',
          'In-Reply-To: <q2@amal.example>',
          'References: <q1@example.com> <q2@amal.example>',
        ],
        ['شكرًا'],
      ),
      options,
    );
    expect((await row(first.id)).thread_id).toBe('<q1@example.com>');
    expect(await row(reply.id)).toMatchObject({
      thread_id: '<q1@example.com>',
      in_reply_to: '<q2@amal.example>',
      references: ['<q1@example.com>', '<q2@amal.example>'],
      from_name: null,
    });
    expect((await row(first.id)).text).toContain('متى موعد القسط؟');
  });

  it('stores a message once: the same Message-ID again is skipped', async () => {
    const raw = mail(['From: a@example.com', 'Message-ID: <dup@example.com>', 'Subject: x'], ['x']);
    expect((await ingestRawEmail(database, raw, options)).stored).toBe(true);
    expect((await ingestRawEmail(database, raw, options)).stored).toBe(false);
  });

  it('survives broken encodings: an unknown charset and bad base64', async () => {
    const stored = await ingestRawEmail(
      database,
      mail(
        [
          'From: b@example.com',
          'Message-ID: <broken@example.com>',
          'Subject: =?x-unknown?B?!!!?=',
          'Content-Type: text/plain; charset=x-klingon',
          'Content-Transfer-Encoding: base64',
        ],
        ['@@@ not base64 @@@'],
      ),
      options,
    );
    expect(stored.stored).toBe(true);
    expect((await row(stored.id)).from_address).toBe('b@example.com');
  });

  it('keeps the metadata of an attachment over the cap, not its bytes; a PDF from the gateway is a fax', async () => {
    const big = Buffer.alloc(5000, 1).toString('base64');
    const stored = await ingestRawEmail(
      database,
      mail(
        [
          'From: Fax <FAX@gateway.example>',
          'Message-ID: <fax-big@gateway.example>',
          'Content-Type: multipart/mixed; boundary="b"',
        ],
        [
          '--b',
          'Content-Type: text/plain',
          '',
          'fax',
          '--b',
          'Content-Type: image/tiff; name="page.tif"',
          'Content-Transfer-Encoding: base64',
          '',
          big,
          '--b--',
        ],
      ),
      options,
    );
    const r = await row(stored.id);
    expect(r.is_fax).toBe(true);
    expect(String((r.problems as string[])[0])).toMatch(/over the 2048-byte cap/);
    const a = await database.executeSql(
      `select size, content is null as dropped from inbound_email_attachments where email_id = '${stored.id}'`,
    );
    expect(a.rows).toEqual([{ size: 5000, dropped: true }]);
  });

  it('a PDF from anyone else is not a fax', async () => {
    const stored = await ingestRawEmail(
      database,
      mail(
        ['From: someone@example.com', 'Message-ID: <pdf@example.com>', 'Content-Type: multipart/mixed; boundary="b"'],
        [
          '--b',
          'Content-Type: application/pdf; name="a.pdf"',
          'Content-Transfer-Encoding: base64',
          '',
          'JVBERg==',
          '--b--',
        ],
      ),
      options,
    );
    expect((await row(stored.id)).is_fax).toBe(false);
  });

  it('gives a message without a Message-ID a stable one from its content', async () => {
    const raw = mail(['From: c@example.com', 'Subject: no id'], ['hello']);
    const a = await ingestRawEmail(database, raw, options);
    const b = await ingestRawEmail(database, raw, options);
    expect(a.messageId).toMatch(/^<sha256-[0-9a-f]{40}@tawasul\.invalid>$/);
    expect(b).toMatchObject({ stored: false, messageId: a.messageId });
  });
});

// IMAP against a real server: Debian's dovecot-imapd on loopback, started here. Without it the
// test is skipped, loudly.
const canRunDovecot = dovecotAvailable();
if (!canRunDovecot) {
  console.warn(
    '\n*** SKIPPED: IMAP fetching test — /usr/sbin/dovecot is not installed or not running as root (apt-get install -y dovecot-imapd) ***\n',
  );
}
describe.skipIf(!canRunDovecot)('IMAP fetch against dovecot on loopback', () => {
  let imap: TestImapServer;
  beforeAll(async () => {
    imap = await startDovecot();
  });
  afterAll(async () => {
    await imap?.stop();
  });

  it('fetches unseen mail, stores it, flags it seen, and fetches nothing the second time', async () => {
    imap.deliver(
      mail(
        [
          'From: Noura <noura@example.com>',
          'To: service@amal.example',
          'Subject: =?UTF-8?B?2LTZg9mI2Yk=?=',
          'Message-ID: <imap-1@example.com>',
          'Content-Type: text/plain; charset=utf-8',
        ],
        ['لدي شكوى'],
      ),
    );
    imap.deliver(
      mail(
        [
          'From: noura@example.com',
          'Subject: Re',
          'Message-ID: <imap-2@example.com>',
          'In-Reply-To: <imap-1@example.com>',
        ],
        ['more'],
      ),
    );
    const seen: number[] = [];
    const first = await fetchUnseenMail({ url: imap.url, mailbox: 'INBOX', maxMessages: 10 }, async (raw, uid) => {
      seen.push(uid);
      await ingestRawEmail(database, raw, { ...options, uid });
    });
    expect(first.fetched).toBe(2);
    const stored = await database.executeSql(
      `select subject, thread_id, uid from inbound_emails where message_id in ('<imap-1@example.com>', '<imap-2@example.com>') order by uid`,
    );
    expect(stored.rows).toEqual([
      { subject: 'شكوى', thread_id: '<imap-1@example.com>', uid: seen[0] },
      { subject: 'Re', thread_id: '<imap-1@example.com>', uid: seen[1] },
    ]);
    const second = await fetchUnseenMail({ url: imap.url, mailbox: 'INBOX', maxMessages: 10 }, async () => {
      throw new Error('nothing should be fetched');
    });
    expect(second.fetched).toBe(0);
  });

  it('bad IMAP credentials fail', async () => {
    const url = imap.url.replace('imap-pass-1', 'wrong');
    await expect(fetchUnseenMail({ url, mailbox: 'INBOX', maxMessages: 1 }, async () => undefined)).rejects.toThrow();
  });
});
