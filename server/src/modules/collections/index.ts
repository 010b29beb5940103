export {
  runDailyCollections,
  sendSmsLists,
  moveUnsentToPhone,
  distributeList,
  listsOfDate,
  countUnsettledMessages,
  completeSettledSmsLists,
  requireRunDate,
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
