export {
  customers,
  contactPoints,
  contracts,
  installments,
  payments,
  customerTimeline,
  imports,
} from './customers.schema.ts';
export {
  importKinds,
  importColumns,
  col as importColumn,
  type ImportKind,
  type ImportFormat,
  type ImportColumn,
} from './domain/import-formats.ts';
export {
  RowReader,
  reasons as rowReasons,
  LIMITS as rowLimits,
  unstorableTextRejections,
  storableText,
  type Rejection,
} from './domain/import-rows.ts';
export { findCustomerIdsByNo } from './import.repository.ts';
export { sharedImportRunner, type ImportRunner } from './import-runner.ts';
export { normalizeArabic } from './domain/arabic-normalize.ts';
export {
  parsePhone,
  isValidMobile,
  maskPhone,
  phoneSearchKey,
  phoneKinds,
  countryOfE164,
  type PhoneKind,
} from './domain/phone.ts';
export {
  parseAmountMinor,
  minorToUnits,
  currencyDecimals,
  parseInstant,
  zonedWallTimeToInstant,
  offsetMinutes,
} from './domain/values.ts';
export { ImportFormatError } from './import-file-reader.ts';
export {
  openImportFile,
  startImportRun,
  processImport,
  processRowImport,
  failAbandonedImports,
  type RowHandler,
  type ImportBatch,
  type ImportBatchResult,
  IMPORT_STALE_SECONDS,
  type ImportResult,
  type ImportProgress,
} from './import.service.ts';
export { XlsxTooLargeError } from './xlsx-limits.ts';
export { writeRejectionReportCsv, rejectionReportCsv, rejectionReportXlsx } from './import-report.ts';
export { findCustomerContacts, type CustomerContact, type ContactPhone } from './contacts.repository.ts';
export { findOrCreateProspect, replyAddressesOf, findReplyAddresses, type ProspectInput } from './prospects.service.ts';
export { countInstallmentFigures, type InstallmentFigures } from './installment-figures.repository.ts';
export {
  canBrowseCustomers,
  answersInboundContacts,
  mayReadCustomer,
  readableCustomer,
  todayIn,
  flagWrongNumberInTx,
  addTimelineEntry,
  addManualPhone,
  correctNumber,
  revealRoles,
} from './customers.service.ts';
export {
  findCustomerByPhone,
  findCustomerByNo,
  findCustomerSummary,
  findSampleMobiles,
  findTimeline,
  type CallerCustomer,
} from './customers.repository.ts';
