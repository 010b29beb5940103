import type { Database } from '../../db/client.ts';
import { findApprovedTemplatesOf as templatesOf } from '../messaging/index.ts';
import { findMarketingLists } from '../worklists/index.ts';

// What the campaign form offers to choose from: the marketing target lists and templates.

export async function findMarketingListsForCampaigns(database: Database) {
  return (await findMarketingLists(database.db)).map((l) => ({
    id: l.id,
    source: l.source,
    channel: l.channel,
    business_date: l.business_date,
    status: l.status,
    approved_by: l.approved_by,
    approved_at: l.approved_at ? new Date(l.approved_at).toISOString() : null,
    items: Number(l.items),
  }));
}

export async function findApprovedTemplatesOf(database: Database) {
  return templatesOf(database.db, 'marketing');
}
