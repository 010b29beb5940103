// The telephony module as other modules, the HTTP app and the command line see it.
export {
  recordCallEvents,
  recordAgentState,
  importQueueLog,
  listCalls,
  getCall,
  agentTimeline,
  overseerRoles,
  callReaderRoles,
  type QueueLogSummary,
  type RecordedCall,
} from './calls.service.ts';
export { exportCalls } from './calls-export.ts';
export { callRecordOf, applyCallEvent, type CallRecord } from './domain/call-record.ts';
export type { CallEvent, CallDirection } from './domain/call-events.ts';
export { canTransition, allowedTransitions, dayTimeline, type AgentStateChange } from './domain/agent-state.ts';
export { readQueueLog, QueueLogReader } from './domain/queue-log.ts';
export { agentStates, type AgentState } from './domain/routing-types.ts';
export { telephonyOf, closeTelephony, type StartTelephonyOptions } from './telephony.instance.ts';
export type { TelephonyRuntime } from './telephony.runtime.ts';
export { loadDemoTelephony } from './demo-telephony.ts';
export {
  queuedCallsEndedBetween,
  forEachQueuedCallEndedBetween,
  queueMeasureRules,
  agentStatesBetween,
  type KpiCallRow,
  type QueueRulesRow,
} from './kpi-reads.service.ts';
