import type { QueryClient } from '@tanstack/react-query';

// TanStack Query is not part of the sign-in page's download: the query client is created with
// the first screen behind sign-in (or with the sign-in itself). Code that runs before that (the
// sign-in page, the 401 handler) asks for it only if it exists.

let loaded: QueryClient | null = null;

export function registerQueryClient(client: QueryClient) {
  loaded = client;
}

/** The query client, if the signed-in part of the app has created it already. */
export function loadedQueryClient(): QueryClient | null {
  return loaded;
}

/** The query client, downloading TanStack Query first if needed. */
export async function loadQueryClient(): Promise<QueryClient> {
  return loaded ?? (await import('./query-client')).queryClient;
}
