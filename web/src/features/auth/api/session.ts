import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type BodyOf } from '../../../api/client';
import { fetchSession, sessionKey } from './session-state';

export {
  forgetSession,
  SessionContext,
  sessionKey,
  useLogin,
  useSession,
  useSwitchLocale,
  type Session,
  type SessionUser,
} from './session-state';

/** The signed-in user, or null when nobody is signed in (401 is an answer here, not an error). */
export const sessionQuery = queryOptions({
  queryKey: sessionKey,
  queryFn: fetchSession,
  staleTime: 5 * 60_000,
  retry: false,
});

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
