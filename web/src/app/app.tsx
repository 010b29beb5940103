import { DirectionProvider, MantineProvider } from '@mantine/core';
import { RouterProvider } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { forgetSession } from '../features/auth/api/session-state';
import { directionOf, storedLocale } from '../i18n';
import { setUnauthorizedHandler } from '../ui/api-client';
import { loadNotifications, useNotificationsWanted } from '../ui/notify';
import { loadedQueryClient } from './query-client-ref';
import { safeRedirect } from './redirect';
import { createAppRouter } from './router';
import { theme } from './theme';

const router = createAppRouter();

// A 401 on any call but /auth/me and /auth/login: the session has ended; sign in again.
setUnauthorizedHandler(() => {
  if (router.state.location.pathname === '/login') return;
  const here = safeRedirect(router.state.location.href);
  forgetSession(loadedQueryClient());
  void router.navigate({ to: '/login', search: here === '/' ? {} : { redirect: here } });
});

// Not part of the first page's download (see ui/notify.ts): mounted with the first message.
const Notifications = lazy(() => loadNotifications().then((m) => ({ default: m.Notifications })));

function NotificationsOutlet() {
  if (!useNotificationsWanted()) return null;
  return (
    <Suspense fallback={null}>
      <Notifications position="top-center" />
    </Suspense>
  );
}

// The QueryClientProvider is in the signed-in layout (app-layout.tsx): the sign-in page works
// without TanStack Query.
export function App() {
  return (
    <DirectionProvider initialDirection={directionOf(storedLocale())} detectDirection>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <NotificationsOutlet />
        <RouterProvider router={router} />
      </MantineProvider>
    </DirectionProvider>
  );
}
