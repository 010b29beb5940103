import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../ui/api-client';

export type ApiToken = {
  id: string;
  name: string;
  prefix: string;
  username: string;
  user_id: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
};

/** The one answer that carries the secret; it is never shown again. */
export type CreatedToken = { id: string; name: string; username: string; prefix: string; token: string };

const tokensKey = ['api-tokens'] as const;

export function useApiTokens() {
  return useQuery({ queryKey: tokensKey, queryFn: () => api.get<{ items: ApiToken[] }>('/api-tokens') });
}

export function useCreateApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { name: string; user_id: string }) => api.post<CreatedToken>('/api-tokens', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}

export function useRevokeApiToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api-tokens/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensKey }),
  });
}
