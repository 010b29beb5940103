import { queryOptions, useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { createContext, use } from 'react';
import { setLocale, type Locale } from '../../../i18n';
import { client, unwrap, type BodyOf, type Schemas } from '../../../api/client';
import { isApiError, setCsrfToken } from '../../../ui/api-client';

export type Session = Schemas['Me'];
export type SessionUser = Session['user'];

export const sessionKey = ['auth', 'me'] as const;

/** The signed-in user, or null when nobody is signed in (401 is an answer here, not an error). */
export const sessionQuery = queryOptions({
  queryKey: sessionKey,
  queryFn: async (): Promise<Session | null> => {
    try {
      const session = await unwrap(client.GET('/api/v1/auth/me'));
      setCsrfToken(session.csrf_token);
      return session;
    } catch (error) {
      if (isApiError(error) && error.status === 401) {
        setCsrfToken(null);
        return null;
      }
      throw error;
    }
  },
  staleTime: 5 * 60_000,
  retry: false,
});

/** Forgets the signed-in user and everything loaded on their behalf. */
export function forgetSession(queryClient: QueryClient) {
  setCsrfToken(null);
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

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyOf<'login'>) => unwrap(client.POST('/api/v1/auth/login', { body: input })),
    onSuccess: (session) => {
      forgetSession(queryClient);
      setCsrfToken(session.csrf_token);
      queryClient.setQueryData(sessionKey, session);
    },
  });
}

export function useLogout() {
  return useMutation({ mutationFn: () => unwrap(client.POST('/api/v1/auth/logout')) });
}

export function useUpdateMe() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyOf<'updateMe'>) => unwrap(client.PATCH('/api/v1/auth/me', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
}

/** Switches the language now, and remembers it in the account when someone is signed in. */
export function useSwitchLocale() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (locale: Locale) => {
      await setLocale(locale);
      const session = queryClient.getQueryData<Session | null>(sessionKey);
      if (!session) return;
      await unwrap(client.PATCH('/api/v1/auth/me', { body: { locale } }));
      const next: Session = { ...session, user: { ...session.user, locale } };
      queryClient.setQueryData(sessionQuery.queryKey, next);
    },
  });
}
