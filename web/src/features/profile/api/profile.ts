import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, unwrap, type BodyOf } from '../../../api/client';
import { sessionKey } from '../../auth/api/session';

const profileKey = ['auth', 'profile'] as const;

export function useProfile() {
  return useQuery({ queryKey: profileKey, queryFn: () => unwrap(client.GET('/api/v1/auth/profile')) });
}

export function useSaveDisplayName() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (display_name: string) => unwrap(client.PATCH('/api/v1/auth/me', { body: { display_name } })),
    onSuccess: async (user) => {
      queryClient.setQueryData(profileKey, user);
      await queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });
}

/** The server ends the other sessions and renews this one (new cookie, new CSRF token). */
export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: BodyOf<'changeMyPassword'>) => unwrap(client.POST('/api/v1/auth/password', { body: input })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
}
