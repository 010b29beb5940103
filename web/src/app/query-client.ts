import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '../ui/api-client';
import { registerQueryClient } from './query-client-ref';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 4xx answers do not get better by asking again.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

registerQueryClient(queryClient);
