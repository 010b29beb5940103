import {
  createRootRoute,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { fetchSession, sessionKey, type Session } from '../features/auth/api/session-state';
import { validateCustomersSearch } from '../features/customers/api/customers-search';
import { NotFoundPage } from '../features/shell/routes/not-found-page';
import { currentLocale, loadAllNamespaces, setLocale } from '../i18n';
import { ErrorBlock } from '../ui/query-state';
import type { Page } from './access';
import { loadedQueryClient, loadQueryClient } from './query-client-ref';
import { safeRedirect } from './redirect';

const rootRoute = createRootRoute({
  component: Outlet,
  notFoundComponent: NotFoundPage,
  errorComponent: ({ error }) => <ErrorBlock error={error} />,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  beforeLoad: async ({ search }) => {
    // After a sign-out the query client knows nobody is signed in; on a first visit, ask.
    const known = loadedQueryClient()?.getQueryData<Session | null>(sessionKey);
    const session = known === undefined ? await fetchSession().catch(() => null) : known;
    if (session) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: lazyRouteComponent(() => import('../features/auth/routes/login-page'), 'LoginPage'),
});

/** Signed in, with the account's language and every page's texts; else to the sign-in page. */
async function signedIn({ location }: { location: { href: string } }) {
  const [queryClient, { sessionQuery }] = await Promise.all([
    loadQueryClient(),
    import('../features/auth/api/session'),
  ]);
  const session = await queryClient.ensureQueryData(sessionQuery);
  if (!session) throw redirect({ to: '/login', search: { redirect: location.href } });
  // The account's language wins over the one picked on this browser before sign-in.
  if (session.user.locale !== currentLocale()) await setLocale(session.user.locale);
  // The sign-in page came with its own texts only; the screens behind it need the rest.
  await loadAllNamespaces();
}

// Everything behind sign-in lives under this layout: the header, the navigation, the session.
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'signed-in',
  beforeLoad: signedIn,
  // Loaded after sign-in: the sign-in page does not download the shell (navigation, menus).
  component: lazyRouteComponent(() => import('../features/shell/components/app-layout'), 'AppLayout'),
});

// The wallboard on a TV: signed in like the app, but full screen without the shell.
const wallboardTvRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/wallboard/tv',
  beforeLoad: signedIn,
  component: lazyRouteComponent(() => import('../features/dashboards/routes/wallboard-tv-page'), 'WallboardTvPage'),
});

/**
 * A page behind its role check. The check (with the table of who may open what) is downloaded with
 * the page, not with the sign-in page.
 */
function guarded(page: Page, load: () => Promise<ComponentType>) {
  return lazyRouteComponent(async () => {
    const [Component, { RequirePage }] = await Promise.all([
      load(),
      import('../features/shell/components/require-page'),
    ]);
    return {
      default: function GuardedPage() {
        return (
          <RequirePage page={page}>
            <Component />
          </RequirePage>
        );
      },
    };
  });
}

const homeRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  component: lazyRouteComponent(() => import('../features/home/routes/home-page'), 'HomePage'),
});

const myListRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/my-list',
  component: guarded('myList', () => import('../features/collections/routes/my-list-page').then((m) => m.MyListPage)),
});

const workListsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/work-lists',
  component: guarded('workLists', () =>
    import('../features/work-lists/routes/work-lists-page').then((m) => m.WorkListsPage),
  ),
});

const worklistsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/worklists',
  component: guarded('worklists', () =>
    import('../features/collections/routes/worklists-page').then((m) => m.WorklistsPage),
  ),
});

const collectionsDayRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/collections',
  component: guarded('collectionsDay', () =>
    import('../features/collections/routes/collections-day-page').then((m) => m.CollectionsDayPage),
  ),
});

const dataCorrectionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/data-corrections',
  component: guarded('dataCorrections', () =>
    import('../features/collections/routes/data-corrections-page').then((m) => m.DataCorrectionsPage),
  ),
});

const customersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers',
  validateSearch: validateCustomersSearch,
  component: guarded('customers', () =>
    import('../features/customers/routes/customers-page').then((m) => m.CustomersPage),
  ),
});

const customerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/customers/$customerNo',
  component: guarded('customer', () =>
    import('../features/customers/routes/customer-page').then((m) => m.CustomerPage),
  ),
});

const importsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/imports',
  component: guarded('imports', () => import('../features/imports/routes/imports-page').then((m) => m.ImportsPage)),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/users',
  component: guarded('users', () => import('../features/users/routes/users-page').then((m) => m.UsersPage)),
});

const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings',
  component: guarded('settings', () => import('../features/settings/routes/settings-page').then((m) => m.SettingsPage)),
});

const auditRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/audit',
  component: guarded('audit', () => import('../features/audit/routes/audit-page').then((m) => m.AuditPage)),
});

const callsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/calls',
  component: guarded('calls', () => import('../features/calls/routes/calls-page').then((m) => m.CallsPage)),
});

const myCallsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/my-calls',
  component: guarded('myCalls', () => import('../features/calls/routes/calls-page').then((m) => m.MyCallsPage)),
});

const kpiReportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/kpi',
  component: guarded('kpiReport', () => import('../features/kpi/routes/kpi-report-page').then((m) => m.KpiReportPage)),
});

const staffingRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/staffing',
  component: guarded('staffing', () => import('../features/kpi/routes/staffing-page').then((m) => m.StaffingPage)),
});

const tokensRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/api-tokens',
  component: guarded('tokens', () => import('../features/tokens/routes/tokens-page').then((m) => m.TokensPage)),
});

const messageTemplatesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/messaging/templates',
  component: guarded('messageTemplates', () =>
    import('../features/messaging/routes/templates-page').then((m) => m.TemplatesPage),
  ),
});

const outboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/messaging/outbox',
  component: guarded('outbox', () => import('../features/messaging/routes/outbox-page').then((m) => m.OutboxPage)),
});

const smsProviderRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/messaging/provider',
  component: guarded('smsProvider', () =>
    import('../features/messaging/routes/provider-page').then((m) => m.ProviderPage),
  ),
});

const inboxRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/messaging/inbox',
  component: guarded('inbox', () => import('../features/messaging/routes/inbox-page').then((m) => m.InboxPage)),
});

const ticketsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tickets',
  component: guarded('tickets', () => import('../features/tickets/routes/tickets-page').then((m) => m.TicketsPage)),
});

const newTicketRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tickets/new',
  component: guarded('newTicket', () =>
    import('../features/tickets/routes/new-ticket-page').then((m) => m.NewTicketPage),
  ),
});

const ticketReportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tickets/reports',
  component: guarded('ticketReports', () =>
    import('../features/tickets/routes/ticket-reports-page').then((m) => m.TicketReportsPage),
  ),
});

const ticketSettingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tickets/settings',
  component: guarded('ticketSettings', () =>
    import('../features/tickets/routes/ticket-settings-page').then((m) => m.TicketSettingsPage),
  ),
});

const inquiriesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inquiries',
  component: guarded('inquiries', () =>
    import('../features/tickets/routes/inquiries-page').then((m) => m.InquiriesPage),
  ),
});

const newInquiryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inquiries/new',
  component: guarded('inquiries', () =>
    import('../features/tickets/routes/new-inquiry-page').then((m) => m.NewInquiryPage),
  ),
});

const inquiryRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/inquiries/$id',
  component: guarded('inquiries', () => import('../features/tickets/routes/inquiry-page').then((m) => m.InquiryPage)),
});

const ticketRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/tickets/$id',
  component: guarded('tickets', () => import('../features/tickets/routes/ticket-page').then((m) => m.TicketPage)),
});

const callQueuesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/telephony/queues',
  component: guarded('callQueues', () =>
    import('../features/telephony-admin/routes/queues-page').then((m) => m.QueuesPage),
  ),
});

const ivrMenusRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/telephony/ivr',
  component: guarded('ivrMenus', () => import('../features/telephony-admin/routes/ivr-page').then((m) => m.IvrPage)),
});

const callPhrasesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/telephony/phrases',
  component: guarded('callPhrases', () =>
    import('../features/telephony/protocol/phrases-page').then((m) => m.PhrasesPage),
  ),
});

const wallboardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/wallboard',
  component: guarded('wallboard', () =>
    import('../features/dashboards/routes/wallboard-page').then((m) => m.WallboardPage),
  ),
});

const telephonyLiveRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/telephony/live',
  component: guarded('telephonyLive', () =>
    import('../features/telephony/routes/live-view-page').then((m) => m.LiveViewPage),
  ),
});

const escalationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/escalations',
  component: guarded('escalations', () =>
    import('../features/escalations/routes/escalations-page').then((m) => m.EscalationsPage),
  ),
});

const surveysRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/surveys',
  component: guarded('surveys', () => import('../features/surveys/routes/surveys-page').then((m) => m.SurveysPage)),
});

const surveyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/surveys/$id',
  component: guarded('survey', () => import('../features/surveys/routes/survey-page').then((m) => m.SurveyPage)),
});

const offersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/marketing/offers',
  component: guarded('offers', () => import('../features/marketing/routes/offers-page').then((m) => m.OffersPage)),
});

const campaignsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/marketing/campaigns',
  component: guarded('campaigns', () =>
    import('../features/marketing/routes/campaigns-page').then((m) => m.CampaignsPage),
  ),
});

const campaignRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/marketing/campaigns/$id',
  component: guarded('campaign', () =>
    import('../features/marketing/routes/campaign-page').then((m) => m.CampaignPage),
  ),
});

const profileRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/profile',
  component: lazyRouteComponent(() => import('../features/profile/routes/profile-page'), 'ProfilePage'),
});

const routeTree = rootRoute.addChildren([
  loginRoute,
  wallboardTvRoute,
  appRoute.addChildren([
    homeRoute,
    myListRoute,
    worklistsRoute,
    workListsRoute,
    collectionsDayRoute,
    dataCorrectionsRoute,
    customersRoute,
    customerRoute,
    importsRoute,
    usersRoute,
    settingsRoute,
    auditRoute,
    callsRoute,
    myCallsRoute,
    kpiReportRoute,
    staffingRoute,
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
    callQueuesRoute,
    ivrMenusRoute,
    callPhrasesRoute,
    telephonyLiveRoute,
    wallboardRoute,
    escalationsRoute,
    surveysRoute,
    offersRoute,
    campaignsRoute,
    campaignRoute,
    surveyRoute,
    profileRoute,
  ]),
]);

export function createAppRouter() {
  return createRouter({
    routeTree,
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
