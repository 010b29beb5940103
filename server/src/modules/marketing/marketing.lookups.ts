import type { Database } from '../../db/client.ts';
import { findApprovedTemplatesOf as templatesOf } from '../messaging/index.ts';
import { findMarketingLists } from '../worklists/index.ts';
import { listOut } from './campaigns.service.ts';

// What the campaign form offers to choose from: the marketing target lists and templates.

export async function findMarketingListsForCampaigns(database: Database) {
  return (await findMarketingLists(database.db)).map(listOut);
}

export async function findApprovedTemplatesOf(database: Database) {
  return templatesOf(database.db, 'marketing');
}
