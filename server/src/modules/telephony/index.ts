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
export { seatCallOf, recordSeatCallEvents, type SeatCall } from './seat-call.service.ts';
export { callRecordOf, applyCallEvent, type CallRecord } from './domain/call-record.ts';
export type { CallEvent, CallDirection } from './domain/call-events.ts';
export { canTransition, allowedTransitions, dayTimeline, type AgentStateChange } from './domain/agent-state.ts';
export { readQueueLog, QueueLogReader } from './domain/queue-log.ts';
export { agentStates, type AgentState } from './domain/routing-types.ts';
export { telephonyOf, closeTelephony, type StartTelephonyOptions } from './telephony.instance.ts';
export type { TelephonyRuntime } from './telephony.runtime.ts';
export { loadDemoTelephony } from './demo-telephony.ts';
// The simulator's seeded randomness and virtual clock, for other simulations (the dialer's campaign day).
export { Random, drawMs, lognormalParameters, type Distribution } from './adapters/simulator/random.ts';
export { VirtualClock, TimerEntry, type TimerTarget } from './adapters/simulator/virtual-clock.ts';
export { findAgentCall } from './callbacks.repository.ts';
export {
  queuedCallsEndedBetween,
  forEachQueuedCallEndedBetween,
  kpiCallById,
  queueMeasureRules,
  agentStatesBetween,
  type KpiCallRow,
  type QueueRulesRow,
} from './kpi-reads.service.ts';
// A scripted switch for other modules' API tests (the dialer's).
export { ScriptedPort } from './testing/scripted-port.ts';
export { liveCenter, type LiveCenter } from './live-center.service.ts';
