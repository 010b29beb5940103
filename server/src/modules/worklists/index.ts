export {
  workLists,
  workItems,
  workItemInstallments,
  workAttempts,
  paymentPromises,
  dataCorrectionTasks,
} from './worklists.schema.ts';
export {
  findOrCreateList,
  addItems,
  findUnassignedItems,
  assignItems,
  markListDistributed,
  setListStatus,
  openDataCorrectionTask,
  findListsOfDate,
  findItemsOfList,
  type NewItem,
  findWorkListHeader,
  markItemWaitingForNumber,
  markItemQueued,
  markPendingItemQueued,
  markItemRefused,
  moveItemToList,
  completeSettledSmsListsOf,
  countSmsMessagesOfDate,
  countDayWork,
  countPromiseFigures,
  findOpenItemsOfCustomer,
  findItemPurpose,
} from './worklists.repository.ts';
export {
  myItems,
  recordAttempt,
  attemptSchema,
  listsOverview,
  listItems,
  reassignItems,
  reassignSchema,
  distributeToAgents,
  sendBack,
  signOff,
  dataCorrectionQueue,
  resolveDataCorrection,
  resolveSchema,
  promisesOf,
  requireStep,
} from './worklists.service.ts';
export {
  previewFilterCount,
  createListFromFilter,
  approveList,
  discardList,
  getList,
  listCatalog,
  listView,
  newListSchema,
  previewSchema,
  fromFilterSchema,
  type NewList,
  type BuildContext,
} from './list-building.service.ts';
export { createListFromTargets, type TargetUpload } from './target-import.service.ts';
export {
  lifecycleStep,
  listStatuses,
  listActions,
  SYSTEM_APPROVER,
  type ListStatus,
  type ListAction,
} from './domain/lifecycle.ts';
export { listPurposes, listChannels, manualPurposes, skillForPurpose } from './domain/purposes.ts';
export { targetFilterSchema, type TargetFilter } from './domain/target-filter.ts';
export { channelReach, type ExclusionReason } from './domain/reach.ts';
export { targetFormat } from './domain/target-rows.ts';
export { exportWorkListXlsx } from './worklist-export.ts';
export { outcomes, applyOutcome, defaultRetryPolicy, type Outcome } from './domain/outcomes.ts';
export { workItemChanged, workListChanged } from './domain/live-audience.ts';
export { itemDialTarget, type DialTarget } from './dial-target.ts';
export { findDialableItems, type DialableItemRow } from './dial-target.repository.ts';
// An agent's day for his dashboard.
export { findAgentDayWork, type AgentDayWork } from './agent-day.repository.ts';
export {
  findMarketingItems,
  findActiveMarketingAgents,
  findListOfAgentItem,
  findMarketingLists,
  type MarketingItemRow,
  type TargetListRow,
} from './marketing-items.repository.ts';
