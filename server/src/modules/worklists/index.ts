export {
  workLists,
  workItems,
  workItemInstallments,
  workAttempts,
  paymentPromises,
  dataCorrectionTasks,
  dailyRuns,
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
} from './worklists.repository.ts';
