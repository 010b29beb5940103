// The dialer module (SPEC T3): outbound pacing rules and the campaign-day simulation.
export {
  dialerModes,
  callsToPlace,
  predictiveCalls,
  progressiveCalls,
  previewCalls,
  budgetFactor,
  measurementsFrom,
  isThin,
  defaultPredictiveSettings,
  type DialerMode,
  type CampaignSnapshot,
  type DayCounters,
  type Measurements,
  type PredictiveSettings,
} from './domain/pacing.ts';
export {
  VicidialAdaptAverage,
  defaultVicidialSettings,
  type VicidialSettings,
  type VicidialSample,
  type VicidialDay,
} from './domain/vicidial-adapt.ts';
export { simulateCampaignDay, type CampaignDayOptions, type CampaignDayResult } from './simulation/campaign-day.ts';
export { dialerOf, closeDialer } from './runtime/dialer.instance.ts';
export { liveModes, type LiveMode, type CampaignFigures } from './runtime/campaign-dialer.ts';
