import type { QueryClient } from '@tanstack/react-query';
import { createContext, use, useState } from 'react';
import { loadedQueryClient, loadQueryClient } from '../../../app/query-client-ref';
import { setLocale, type Locale } from '../../../i18n';
import type { BodyOf, ResponseOf, Schemas } from '../../../api/client';
import { api, isApiError, setCsrfToken } from '../../../ui/api-client';

// What the sign-in page needs of the session, without TanStack Query (downloaded after sign-in;
// see app/query-client-ref.ts) and without openapi-fetch: these three calls go through the small
// fetch wrapper, typed by the same generated operations (ResponseOf/BodyOf). The queries are in
// session.ts.

export type Session = Schemas['Me'];
export type SessionUser = Session['user'];

export const sessionKey = ['auth', 'me'] as const;

/** The signed-in user, or null when nobody is signed in (401 is an answer here, not an error). */
export async function fetchSession(): Promise<Session | null> {
  try {
    const session = await api.get<ResponseOf<'getMe'>>('/auth/me');
    setCsrfToken(session.csrf_token);
    return session;
  } catch (error) {
    if (isApiError(error) && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** Forgets the signed-in user and everything loaded on their behalf. */
export function forgetSession(queryClient: QueryClient | null) {
  setCsrfToken(null);
  if (!queryClient) return;
  queryClient.setQueryData(sessionKey, null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionKey[0] });
}

export const SessionContext = createContext<Session | null>(null);

/** The signed-in user; only for pages under the signed-in layout, which provides it. */
export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession() outside the signed-in layout');
  return session;
}

type Action<Input> = {
  mutate: (input: Input, handlers?: { onSuccess?: () => void; onError?: (error: unknown) => void }) => void;
  isPending: boolean;
  error: unknown;
};

/** A one-shot action with its pending state and last error (a mutation without TanStack Query). */
function useAction<Input>(run: (input: Input) => Promise<void>): Action<Input> {
  const [state, setState] = useState<{ isPending: boolean; error: unknown }>({ isPending: false, error: null });
  return {
    ...state,
    mutate: (input, handlers) => {
      setState({ isPending: true, error: null });
      run(input).then(
        () => {
          setState({ isPending: false, error: null });
          handlers?.onSuccess?.();
        },
        (error: unknown) => {
          setState({ isPending: false, error });
          handlers?.onError?.(error);
        },
      );
    },
  };
}

export function useLogin(): Action<BodyOf<'login'>> {
  return useAction(async (input) => {
    const session = await api.post<ResponseOf<'login'>>('/auth/login', input satisfies BodyOf<'login'>);
    const queryClient = await loadQueryClient();
    forgetSession(queryClient);
    setCsrfToken(session.csrf_token);
    queryClient.setQueryData(sessionKey, session);
  });
}

/** Switches the language now, and remembers it in the account when someone is signed in. */
export function useSwitchLocale(): Action<Locale> {
  return useAction(async (locale) => {
    await setLocale(locale);
    const queryClient = loadedQueryClient();
    const session = queryClient?.getQueryData<Session | null>(sessionKey);
    if (!queryClient || !session) return;
    await api.patch<ResponseOf<'updateMe'>>('/auth/me', { locale } satisfies BodyOf<'updateMe'>);
    const next: Session = { ...session, user: { ...session.user, locale } };
    queryClient.setQueryData(sessionKey, next);
  });
}
