// The call-protocol module (seed 003) as other modules see it.
export { protocolPhrases, ratingInvitations } from './protocol.schema.ts';
export { protocolSteps, closingChecklist, type ProtocolStep } from './domain/protocol-steps.ts';
export { callOutcomes, type CallOutcome } from './domain/wrap-up.ts';
export { phraseKinds, callPurposes } from './domain/phrases.ts';
