import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role, Skill } from '../../../app/access';
import { api, queryString } from '../../../ui/api-client';

export type User = {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  skills: Skill[];
  teams: string[];
  active: boolean;
  locale: 'ar' | 'en';
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
};

export type UserList = { items: User[]; total: number };

export type UserFilter = { q?: string; role?: Role; active?: boolean; limit: number; offset: number };

export type CreateUserInput = {
  username: string;
  display_name: string;
  role: Role;
  password: string;
  skills: Skill[];
  teams: string[];
};

export type UpdateUserInput = Partial<Omit<CreateUserInput, 'username'> & { active: boolean }>;

const usersKey = ['users'] as const;

export function useUsers(filter: UserFilter) {
  return useQuery({
    queryKey: [...usersKey, filter],
    queryFn: () => api.get<UserList>(`/users${queryString(filter)}`),
    placeholderData: keepPreviousData,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateUserInput) => api.post<User>('/users', input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateUserInput }) => api.patch<User>(`/users/${id}`, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}

/** Accounts are never deleted (the audit log refers to them): DELETE deactivates. */
export function useDeactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<User>(`/users/${id}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
