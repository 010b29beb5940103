import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { arrayParam as arr, rowsOf as rows } from '../../db/client.ts';

export { findTemplateById } from './messaging.repository.ts';

/** What a campaign's results need of its messages: status, SMS parts, and whether the address unsubscribed through it. */
export type MessageFigures = { id: string; status: string; segments: number | null; unsubscribed: boolean };

export async function findMessageFigures(db: DbOrTx, messageIds: string[]): Promise<Map<string, MessageFigures>> {
  if (messageIds.length === 0) return new Map();
  const found = rows<MessageFigures>(
    await db.execute(sql`
      select m.id, m.status, m.segments,
             exists (select 1 from email_unsubscribes u where u.message_id = m.id) as unsubscribed
        from outbound_messages m
       where m.id = any(${arr(messageIds)}::uuid[])`),
  );
  return new Map(found.map((m) => [m.id, { ...m, unsubscribed: Boolean(m.unsubscribed) }]));
}

/** The approved templates of a purpose (a campaign picks its SMS and email templates among them). */
export async function findApprovedTemplatesOf(db: DbOrTx, purpose: string) {
  return rows<{
    id: string;
    name: string;
    channel: 'sms' | 'email';
    language: 'ar' | 'en';
    body: string;
    subject: string | null;
  }>(
    await db.execute(sql`
      select id, name, channel, language, body, subject from message_templates
       where purpose = ${purpose} and status = 'approved' order by channel, name`),
  );
}
