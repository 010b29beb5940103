export { publish, subscribe } from './event-bus.ts';
export {
  liveEventTypes,
  mayReceive,
  toClientEvent,
  type Audience,
  type BusEvent,
  type ClientEvent,
  type LiveEventType,
  type Recipient,
} from './domain/audience.ts';
