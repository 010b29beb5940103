import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { sessionQuery } from '../features/auth/api/session';
import { validateCustomersSearch } from '../features/customers/api/customers-search';
import { RequirePage } from '../features/shell/components/require-page';
import { NotFoundPage } from '../features/shell/routes/not-found-page';
import { currentLocale, setLocale } from '../i18n';
import { ErrorBlock } from '../ui/query-state';
import type { Page } from './access';
import { safeRedirect } from './redirect';

export type RouterContext = { queryClient: QueryClient };

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: ({ error }) => <ErrorBlock error={error} />,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.fetchQuery(sessionQuery).catch(() => null);
    if (session) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: lazyRouteComponent(() => import('../features/auth/routes/login-page'), 'LoginPage'),
});

// Everything behind sign-in lives under this layout: the header, the navigation, the session.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) throw redirect({ to: '/login', search: { redirect: location.href } });
    // The account's language wins over the one picked on this browser before sign-in.
    if (session.user.locale !== currentLocale()) await setLocale(session.user.locale);
  },
  // Loaded after sign-in: the sign-in page does not download the shell (navigation, menus).
  component: lazyRouteComponent(() => import('../features/shell/components/app-layout'), 'AppLayout'),
});

function guarded(page: Page, Component: ComponentType) {
  return function GuardedPage() {
    return (
      <RequirePage page={page}>
        <Component />
      </RequirePage>
    );
  };
}

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/home/routes/home-page'), 'HomePage'),
});

const myListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/my-list',
  component: guarded(
    'myList',
    lazyRouteComponent(() => import('../features/collections/routes/my-list-page'), 'MyListPage'),
  ),
});

const worklistsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/worklists',
  component: guarded(
    'worklists',
    lazyRouteComponent(() => import('../features/collections/routes/worklists-page'), 'WorklistsPage'),
  ),
});

const collectionsDayRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/collections',
  component: guarded(
    'collectionsDay',
    lazyRouteComponent(() => import('../features/collections/routes/collections-day-page'), 'CollectionsDayPage'),
  ),
});

const dataCorrectionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/data-corrections',
  component: guarded(
    'dataCorrections',
    lazyRouteComponent(() => import('../features/collections/routes/data-corrections-page'), 'DataCorrectionsPage'),
  ),
});

const customersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers',
  validateSearch: validateCustomersSearch,
  component: guarded(
    'customers',
    lazyRouteComponent(() => import('../features/customers/routes/customers-page'), 'CustomersPage'),
  ),
});

const customerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers/$customerNo',
  component: guarded(
    'customer',
    lazyRouteComponent(() => import('../features/customers/routes/customer-page'), 'CustomerPage'),
  ),
});

const importsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/imports',
  component: guarded(
    'imports',
    lazyRouteComponent(() => import('../features/imports/routes/imports-page'), 'ImportsPage'),
  ),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/users',
  component: guarded(
    'users',
    lazyRouteComponent(() => import('../features/users/routes/users-page'), 'UsersPage'),
  ),
});

const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings',
  component: guarded(
    'settings',
    lazyRouteComponent(() => import('../features/settings/routes/settings-page'), 'SettingsPage'),
  ),
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/audit',
  component: guarded(
    'audit',
    lazyRouteComponent(() => import('../features/audit/routes/audit-page'), 'AuditPage'),
  ),
});

const tokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/api-tokens',
  component: guarded(
    'tokens',
    lazyRouteComponent(() => import('../features/tokens/routes/tokens-page'), 'TokensPage'),
  ),
});

const messageTemplatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/messaging/templates',
  component: guarded(
    'messageTemplates',
    lazyRouteComponent(() => import('../features/messaging/routes/templates-page'), 'TemplatesPage'),
  ),
});

const outboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/messaging/outbox',
  component: guarded(
    'outbox',
    lazyRouteComponent(() => import('../features/messaging/routes/outbox-page'), 'OutboxPage'),
  ),
});

const smsProviderRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/messaging/provider',
  component: guarded(
    'smsProvider',
    lazyRouteComponent(() => import('../features/messaging/routes/provider-page'), 'ProviderPage'),
  ),
});

const inboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/messaging/inbox',
  component: guarded(
    'inbox',
    lazyRouteComponent(() => import('../features/messaging/routes/inbox-page'), 'InboxPage'),
  ),
});

const ticketsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tickets',
  component: guarded(
    'tickets',
    lazyRouteComponent(() => import('../features/tickets/routes/tickets-page'), 'TicketsPage'),
  ),
});

const newTicketRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tickets/new',
  component: guarded(
    'newTicket',
    lazyRouteComponent(() => import('../features/tickets/routes/new-ticket-page'), 'NewTicketPage'),
  ),
});

const ticketReportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tickets/reports',
  component: guarded(
    'ticketReports',
    lazyRouteComponent(() => import('../features/tickets/routes/ticket-reports-page'), 'TicketReportsPage'),
  ),
});

const ticketSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tickets/settings',
  component: guarded(
    'ticketSettings',
    lazyRouteComponent(() => import('../features/tickets/routes/ticket-settings-page'), 'TicketSettingsPage'),
  ),
});

const inquiriesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inquiries',
  component: guarded(
    'inquiries',
    lazyRouteComponent(() => import('../features/tickets/routes/inquiries-page'), 'InquiriesPage'),
  ),
});

const newInquiryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inquiries/new',
  component: guarded(
    'inquiries',
    lazyRouteComponent(() => import('../features/tickets/routes/new-inquiry-page'), 'NewInquiryPage'),
  ),
});

const inquiryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inquiries/$id',
  component: guarded(
    'inquiries',
    lazyRouteComponent(() => import('../features/tickets/routes/inquiry-page'), 'InquiryPage'),
  ),
});

const ticketRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tickets/$id',
  component: guarded(
    'tickets',
    lazyRouteComponent(() => import('../features/tickets/routes/ticket-page'), 'TicketPage'),
  ),
});

const telephonyLiveRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/telephony/live',
  component: guarded(
    'telephonyLive',
    lazyRouteComponent(() => import('../features/telephony/routes/live-view-page'), 'LiveViewPage'),
  ),
});

const profileRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/profile',
  component: lazyRouteComponent(() => import('../features/profile/routes/profile-page'), 'ProfilePage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  appRoute.addChildren([
    homeRoute,
    myListRoute,
    worklistsRoute,
    collectionsDayRoute,
    dataCorrectionsRoute,
    customersRoute,
    customerRoute,
    importsRoute,
    usersRoute,
    settingsRoute,
    auditRoute,
    tokensRoute,
    messageTemplatesRoute,
    outboxRoute,
    smsProviderRoute,
    inboxRoute,
    ticketsRoute,
    newTicketRoute,
    ticketReportsRoute,
    ticketSettingsRoute,
    ticketRoute,
    inquiriesRoute,
    inquiryRoute,
    newInquiryRoute,
    telephonyLiveRoute,
    profileRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPreloadStaleTime: 0,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
