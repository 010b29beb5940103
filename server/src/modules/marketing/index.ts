export { offers, campaigns, campaignContacts } from './marketing.schema.ts';
/** The KPI module reads the campaigns' figures through this. */
export { marketingFigures } from './results.service.ts';
export { sendRunningCampaigns } from './sending.service.ts';
export { marketingDepsOf, type MarketingDeps } from './campaigns.service.ts';
