import { DirectionProvider, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { forgetSession } from '../features/auth/api/session';
import { directionOf, storedLocale } from '../i18n';
import { isApiError, setUnauthorizedHandler } from '../ui/api-client';
import { safeRedirect } from './redirect';
import { createAppRouter } from './router';
import { theme } from './theme';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // 4xx answers do not get better by asking again.
      retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

const router = createAppRouter(queryClient);

// A 401 on any call but /auth/me and /auth/login: the session has ended; sign in again.
setUnauthorizedHandler(() => {
  if (router.state.location.pathname === '/login') return;
  const here = safeRedirect(router.state.location.href);
  forgetSession(queryClient);
  void router.navigate({ to: '/login', search: here === '/' ? {} : { redirect: here } });
});

export function App() {
  return (
    <DirectionProvider initialDirection={directionOf(storedLocale())} detectDirection>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <Notifications position="top-center" />
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
