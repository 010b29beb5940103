export { dailyRuns } from './collections.schema.ts';
export {
  runDailyCollections,
  sendSmsLists,
  moveUnsentToPhone,
  distributeList,
  listsOfDate,
  countUnsettledMessages,
  completeSettledSmsLists,
  type RunSummary,
} from './daily-run.service.ts';
export {
  tierOf,
  reminderWindow,
  followupWindow,
  thanksWindow,
  phoneOrder,
  isBusinessDay,
  addDays,
} from './domain/daily-rules.ts';
export { distributeEqually, distributeFairly, callOrder } from './domain/distribution.ts';
export { collectionsKpis } from './kpis.service.ts';
