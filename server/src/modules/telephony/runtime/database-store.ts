// The routing runtime's store on the database: call events and agent states through the calls
// service (which publishes call.updated and agent.state), callers found by number.
import type { Database } from '../../../db/client.ts';
import { findCustomerByNo, findCustomerByPhone } from '../../customers/index.ts';
import { insertCallback, setCallWorkItem, updateCallbackRow } from '../callbacks.repository.ts';
import { recordAgentState, recordCallEvents } from '../calls.service.ts';
import type { CallCenterStore } from './call-center-state.ts';

/** `source` names where the calls came from (the adapter): with the leg id it identifies a call. */
export function databaseStore(database: Database, source: string): CallCenterStore {
  return {
    async recordCallEvents(externalId, events) {
      await recordCallEvents(database, source, externalId, events);
    },
    async recordAgentState(agent, state, reason, at) {
      await recordAgentState(database, { agent, state, reason, at, source: 'live' }, { checkTransition: false });
    },
    async findCustomerByPhone(phone) {
      const customer = await findCustomerByPhone(database.db, phone);
      return customer ? { id: customer.id, keyAccount: customer.keyAccount } : null;
    },
    async saveCallback(callback, fromCall) {
      await insertCallback(database.db, callback, fromCall ? { source, externalId: fromCall } : null);
    },
    async updateCallback(callback) {
      await updateCallbackRow(database.db, callback);
    },
    async linkWorkItem(externalId, workItemId) {
      await setCallWorkItem(database.db, source, externalId, workItemId);
    },
    async findCustomerByNo(customerNo) {
      const customer = await findCustomerByNo(database.db, customerNo);
      return customer ? { id: customer.id, keyAccount: customer.keyAccount } : null;
    },
  };
}
