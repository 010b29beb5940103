import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../ui/api-client';
import { sessionKey } from '../../auth/api/session';
import type { User } from '../../users/api/users';

const profileKey = ['auth', 'profile'] as const;

export function useProfile() {
  return useQuery({ queryKey: profileKey, queryFn: () => api.get<User>('/auth/profile') });
}

export function useSaveDisplayName() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (display_name: string) => api.patch<User>('/auth/me', { display_name }),
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
    mutationFn: (input: { current_password: string; new_password: string }) => api.post<void>('/auth/password', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKey }),
  });
}
