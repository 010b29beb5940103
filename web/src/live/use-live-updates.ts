import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { LiveConnection, liveUrl, type LiveStatus } from './live-connection';
import { keysFor } from './live-keys';

/** Events of a burst (a dispatch chunk, an import) are gathered this long into one reload. */
const GATHER_MS = 250;

/**
 * Opens the app's live socket while the signed-in shell is shown: each event reloads the
 * queries its feature named, a reconnect reloads every query on screen.
 */
export function useLiveUpdates(): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  useEffect(() => {
    const pending = new Map<string, QueryKey>();
    let gathering: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      gathering = undefined;
      for (const key of pending.values()) void queryClient.invalidateQueries({ queryKey: key });
      pending.clear();
    };
    const connection = new LiveConnection(liveUrl(window.location), {
      onMessage: (message) => {
        for (const key of keysFor(message.type)) pending.set(JSON.stringify(key), key);
        if (pending.size > 0) gathering ??= setTimeout(flush, GATHER_MS);
      },
      onStatus: setStatus,
      onResync: () => void queryClient.invalidateQueries(),
    });
    connection.start();
    return () => {
      connection.stop();
      clearTimeout(gathering);
    };
  }, [queryClient]);
  return status;
}
