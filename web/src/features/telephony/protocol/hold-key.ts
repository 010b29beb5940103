// The telephone's hold key (F4, the hold button) goes through the call-protocol panel when it is
// shown: on a call it asks the customer's consent first; on hold it takes him back with thanks.
// Without the panel (it failed to load) the key holds and resumes as before.

type HoldKeyHandler = () => boolean;

let handler: HoldKeyHandler | null = null;

export function setHoldKeyHandler(next: HoldKeyHandler | null): void {
  handler = next;
}

/** True when the protocol panel took the key. */
export function protocolHoldKey(): boolean {
  return handler ? handler() : false;
}
