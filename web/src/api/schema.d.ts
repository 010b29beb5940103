// Generated from the OpenAPI document by `npm run api:types` (openapi-typescript). Do not edit:
// change the route schemas on the server and generate again (a test fails when this file is stale).

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness and database reachability */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/agents/{agent}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agent's states over a day (installation time zone; today until now) with the seconds in each state; an agent reads his own */
        get: operations["getAgentTimeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API tokens (never the secret) */
        get: operations["listApiTokens"];
        put?: never;
        /** Create an API token acting as a user; the secret is shown only in this answer */
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API token */
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first, with people and records by name; filter by user, action, entity, period */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered audit log as XLSX (right-to-left, Arabic names; at most 50000 rows; the export is audited) */
        get: operations["exportAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with username and password; sets the session cookie */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out (ends this session) */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user and the CSRF token for uploads */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change my display name or language */
        patch: operations["updateMe"];
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password (other sessions end; this one is renewed) */
        post: operations["changeMyPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My full account record */
        get: operations["getMyProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Call records, newest first: filter by days, queue, agent, direction, cause, result and number; an agent gets his own calls with numbers masked */
        get: operations["listCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A call record with its events in time order (offered, queued, rang, answered, holds, ended …) */
        get: operations["getCall"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calls/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The filtered call records as XLSX (right-to-left, Arabic headers) or CSV (UTF-8 with BOM); formulas neutralised; at most 200000 rows; audited */
        get: operations["exportCalls"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collections/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The active collection agents a supervisor may deal a phone list to (P1-2 step 1) */
        get: operations["listCollectionAgents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collections/kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** KPIs of the collections day */
        get: operations["getCollectionsKpis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/collections/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent collection days and their summaries */
        get: operations["listCollectionsRuns"];
        put?: never;
        /** Run the collections day (idempotent); with send, the SMS lists go out through the outbox */
        post: operations["runCollectionsDay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search customers by name (Arabic-normalised), customer or contract number, or any phone form */
        get: operations["searchCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customer_no}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customer 360: data, contact points (masked), contracts, installments, payments, timeline */
        get: operations["getCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a customer (audited) */
        patch: operations["updateCustomer"];
        trace?: never;
    };
    "/api/v1/customers/{customer_no}/contact-points/{id}/correct": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** IT: correct a number and clear its wrong flag */
        post: operations["correctNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customer_no}/contact-points/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show a full number (audited) */
        post: operations["revealContactPoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customer_no}/contact-points/{id}/wrong": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Flag a number as wrong (it is not used until IT corrects it) */
        post: operations["flagWrongNumber"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customer_no}/export/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A customer's installments or payments as XLSX (right-to-left) or CSV (UTF-8 with BOM); formulas neutralised; audited */
        get: operations["exportCustomerAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customer_no}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a note to the timeline */
        post: operations["addCustomerNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/{customer_no}/promises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Promises to pay of a customer: kept, broken or open */
        get: operations["listCustomerPromises"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export the filtered list to XLSX (right-to-left, formulas neutralised; audited) */
        get: operations["exportCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/customers/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Find a caller by exact customer or contract number or phone (audited); an agent's only search */
        get: operations["lookupCustomer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/agent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My day: calls I answered and their AHT against my targets, my attempts’ outcomes, promises, my tickets */
        get: operations["getAgentDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/center": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The center today — calls and service level, SMS sent and delivered, tickets near their SLA, collections progress — and its last seven days */
        get: operations["getCenterDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dashboards/team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team now: its agents’ states and calls today (the supervisor’s teams; everyone without one) */
        get: operations["getTeamDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Data-correction tasks (wrong numbers, customers without a usable number) */
        get: operations["listDataCorrections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/data-corrections/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct the number (or add one); the waiting item reopens */
        post: operations["resolveDataCorrection"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dialer/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every work list being dialed: dial level, answer and abandon rates today, agents, calls up */
        get: operations["listDialerCampaigns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dialer/lists/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dial a phone work list’s open items for its agents, or change the mode; audited */
        post: operations["startListDialing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dialer/lists/{id}/stop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop placing calls for a work list (calls up go on to their end); audited */
        post: operations["stopListDialing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Escalations: mine (agents), or all (supervisors), open ones by due time */
        get: operations["listEscalations"];
        put?: never;
        /** Escalate my call (or a customer of mine) to the supervisors with the follow-up time promised; audited */
        post: operations["createEscalation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations/{id}/done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an escalation with what was done; audited and on the customer’s timeline */
        post: operations["closeEscalation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations/{id}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take an open escalation (it is mine to follow up); audited */
        post: operations["takeEscalation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/escalations/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many escalations are open and how many are overdue (the badge) */
        get: operations["getEscalationSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recent imports with their progress */
        get: operations["listImports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One import and its progress */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rejected rows (row, column, value, reason in English and Arabic) as CSV or XLSX */
        get: operations["getImportRejections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/imports/{kind}/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload a CSV or XLSX file (multipart field "file", header X-CSRF-Token); the import runs in the background — poll GET /api/v1/imports/{id} */
        post: operations["uploadImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inquiries, newest first */
        get: operations["listInquiries"];
        put?: never;
        /** Log an inquiry from a customer (customer_no) or a prospect */
        post: operations["createInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One inquiry with its messages and documents */
        get: operations["getInquiry"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Answer, recategorise or link to a customer */
        patch: operations["updateInquiry"];
        trace?: never;
    };
    "/api/v1/inquiries/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a received fax by hand (multipart field "file", header X-CSRF-Token; a PDF or TIFF told by its first bytes; at most 10 MB; audited) */
        post: operations["addInquiryFax"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a document of the inquiry (a fax's PDF or TIFF, an emailed file) */
        get: operations["getInquiryAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer by email (Arabic, right-to-left) */
        post: operations["replyToInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/inquiries/{id}/ticket": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn the inquiry into a ticket */
        post: operations["createTicketFromInquiry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The K1 call figures (offered, answered, abandoned, ASA, AHT, service level, occupancy …) of the queued calls that ended in the days, per day, interval, week, month, agent or queue, with their definitions in Arabic and English */
        get: operations["getKpiReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/staffing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Agents needed for one interval (Erlang C; Erlang A when a caller patience is given): agents, scheduled after shrinkage, service level, ASA, occupancy, P(wait), P(abandon) */
        post: operations["calculateStaffing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kpi/staffing/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A day plan: calls per interval forecast from the same weekday of past weeks, and the agents each interval needs and to schedule */
        get: operations["getStaffingDayPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketing/campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Campaigns, newest first */
        get: operations["listMarketingCampaigns"];
        put?: never;
        /** Create a campaign (draft) for an offer over a marketing target list */
        post: operations["createMarketingCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketing/campaigns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One campaign */
        get: operations["getMarketingCampaign"];
        /** Change a campaign (after launch: only its name, rates, SMS price and agents) */
        put: operations["updateMarketingCampaign"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketing/campaigns/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End: what was not sent yet is not sent */
        post: operations["endMarketingCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketing/campaigns/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The results as XLSX (right-to-left); audited */
        get: operations["exportMarketingCampaignResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketing/campaigns/{id}/launch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Launch or resume: needs an approved target list; plans, deals the phone items, sends the first batch */
        post: operations["launchMarketingCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketing/campaigns/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause: no more messages go out until it is resumed */
        post: operations["pauseMarketingCampaign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketing/campaigns/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A customer answered a campaign message: interested, not interested, or a sale with its amount */
        post: operations["recordMarketingResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketing/campaigns/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reached, interested, sales, amount, conversion, opt-outs, cost per sale — by channel, agent, A/B variant */
        get: operations["getMarketingCampaignResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketing/offers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Offers and products (agents: the active ones, with script and FAQ) */
        get: operations["listMarketingOffers"];
        put?: never;
        /** Create an offer (audited) */
        post: operations["createMarketingOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketing/offers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One offer with its script and FAQ */
        get: operations["getMarketingOffer"];
        /** Change or archive an offer (audited) */
        put: operations["updateMarketingOffer"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketing/target-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The marketing work lists a campaign can target, with their approval */
        get: operations["listMarketingTargetLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketing/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The approved message templates of purpose marketing */
        get: operations["listMarketingTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/marketing/work-items/{id}/offer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The offer and campaign behind one of my work items (the panel beside the call) */
        get: operations["getOfferOfMyItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/email/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send one test email now */
        post: operations["sendTestEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/inbound-emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Received email and faxes */
        get: operations["listInboundEmails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/inbound-emails/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One received email with its attachments */
        get: operations["getInboundEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/inbound-emails/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment */
        get: operations["getInboundAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/opt-outs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Marketing opt-outs (SMS numbers, email addresses) and bounced addresses, newest first */
        get: operations["listMarketingOptOuts"];
        put?: never;
        /** Record that a customer wants no more marketing by SMS or email (service messages still go) */
        post: operations["recordMarketingOptOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outgoing messages (recipients masked) */
        get: operations["listOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/outbox/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One message with its history (audited read) */
        get: operations["getOutboxMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/outbox/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a failed message again */
        post: operations["retryOutboxMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/outbox/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Messages by status, and how many were re-sent after a crash */
        get: operations["getOutboxStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/provider": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Configured adapters (passwords masked) */
        get: operations["getProviderSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/sms/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send one test SMS now through the configured adapter */
        post: operations["sendTestSms"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Message templates */
        get: operations["listTemplates"];
        put?: never;
        /** Draft a template */
        post: operations["createTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/templates/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One template version */
        get: operations["getTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit a draft (an approved template gets a new draft version) */
        patch: operations["updateTemplate"];
        trace?: never;
    };
    "/api/v1/messaging/templates/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a draft (archives the previous approved version) */
        post: operations["approveTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/templates/{id}/archive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Archive a template version */
        post: operations["archiveTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/templates/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rendered text, encoding, segments and worst case per variable */
        post: operations["previewTemplate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/unsubscribe/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unsubscribe link of marketing email: a page whose button confirms (changes nothing by itself) */
        get: operations["unsubscribe"];
        put?: never;
        /**
         * One-click unsubscribe (RFC 8058, List-Unsubscribe-Post) and the link page’s button
         * @description Honoured at once and recorded once. A repeat or an unknown token also answers 200: a mail client retries, and the answer must not tell which tokens exist.
         */
        post: operations["unsubscribeOneClick"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/webhooks/sms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delivery report (secret in the X-Tawasul-Webhook-Secret header) */
        post: operations["receiveDeliveryReportWithHeader"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messaging/webhooks/sms/{secret}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Delivery report from an HTTP SMS gateway (secret in the path) */
        get: operations["receiveDeliveryReportByQuery"];
        put?: never;
        /** Delivery report from an HTTP SMS gateway (secret in the path) */
        post: operations["receiveDeliveryReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/my/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in agent's items of a day, in working order */
        get: operations["listMyWorkItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protocol/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The protocol of the call on my seat: steps so far, greeting time, hold, closing checklist, outcome */
        get: operations["getCallProtocol"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protocol/call/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The outcome of my call with a note (the closing checklist first for an answered call); invites the customer to rate by SMS, once per cool-down */
        post: operations["recordCallOutcome"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protocol/call/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a protocol step on my call (greeted, hold consent, hold, return, second hold, call-back suggested, closing items); 409 with a code when the protocol or the call does not allow it */
        post: operations["recordProtocolStep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protocol/phrases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The phrase library and the scripts per purpose (editors also see retired ones) */
        get: operations["listProtocolPhrases"];
        put?: never;
        /** Add a phrase or a script; audited */
        post: operations["createProtocolPhrase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/protocol/phrases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit, reorder, retire or bring back a phrase; audited */
        patch: operations["updateProtocolPhrase"];
        trace?: never;
    };
    "/api/v1/public/survey-page.js": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The survey page’s script */
        get: operations["surveyPageScript"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/surveys/{token}/answers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The customer’s answers through the link, saved as given; `complete` finishes */
        post: operations["answerSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All settings, with defaults and environment overrides */
        get: operations["getSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change settings (values set by the environment cannot be changed) */
        patch: operations["updateSettings"];
        trace?: never;
    };
    "/api/v1/surveys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Surveys with their current version */
        get: operations["listSurveys"];
        put?: never;
        /** Build a survey (its first version) */
        post: operations["createSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A survey: its current questionnaire, versions, briefing and who acknowledged it */
        get: operations["getSurvey"];
        /** Change a survey; a questionnaire already answered or sent becomes a new version */
        put: operations["updateSurvey"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/analysis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Response rate, CSAT, NPS, CES, distributions, by channel/agent/category/week, free texts */
        get: operations["getSurveyAnalysis"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/briefing/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** I read the survey’s briefing (recorded and shown to supervisors) */
        post: operations["acknowledgeSurveyBriefing"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Responses and figures as XLSX (right-to-left, numbers as numbers); audited */
        get: operations["exportSurveyResponses"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a customer by SMS or email, or make a link to hand over (single use, expires) */
        post: operations["inviteToSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/{id}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enter answers given on paper or by phone (marked with their channel and who entered them) */
        post: operations["enterSurveyResponse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/surveys/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The public page as the customer will see it (HTML, nothing saved) */
        post: operations["previewSurvey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/agents/{agent}/snoop": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Listen to, whisper to, or barge into an agent’s call (on the supervisor’s phone); audited */
        post: operations["snoopAgentCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/agents/{agent}/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Force an agent available, on a break or offline (not during a call); audited */
        post: operations["forceAgentState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/break-reasons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every break reason, switched-off ones too (agents read theirs through the seat) */
        get: operations["listBreakReasonsAdmin"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/break-reasons/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or change a break reason (names, time limit, order, on/off); audited */
        put: operations["saveBreakReason"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every call-back still owed: agents’ dropped calls and queue call-backs */
        get: operations["listCallbacks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/calls/{id}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a waiting call to another queue; it keeps its place in line; audited */
        post: operations["moveWaitingCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/ivr-menus": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The IVR menus, with the numbers routed to each */
        get: operations["listIvrMenus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/ivr-menus/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One IVR menu with its tree */
        get: operations["getIvrMenu"];
        /** Create or change an IVR menu; the tree is checked first (each problem a field error at its path); the version goes up; audited */
        put: operations["saveIvrMenu"];
        post?: never;
        /** Delete an IVR menu; refused (ivr_menu_in_use) while a number or another menu leads to it; audited */
        delete: operations["deleteIvrMenu"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/ivr-menus/{code}/try": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Walk a draft tree with keys and timeouts as a caller would: what is played and where the call goes */
        post: operations["tryIvrMenu"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Agents by state with time in state, calls waiting and connected, queues today */
        get: operations["getTelephonyLive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/queues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every inbound queue with its routing settings (switched-off ones too) */
        get: operations["listCallQueues"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/queues/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Create or change a queue (skill, strategy, wrap-up, service level, overflow, hours); audited */
        put: operations["saveCallQueue"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/routes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where each dialled number (DNIS) goes: an IVR menu or a queue; `default` for the rest */
        get: operations["listDialRoutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/routes/{dnis}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Route a dialled number to an IVR menu or a queue (which must exist); audited */
        put: operations["saveDialRoute"];
        post?: never;
        /** Remove a number’s route (its calls then take the default route); audited */
        delete: operations["deleteDialRoute"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/seat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My telephone: state, the call ringing or connected, the caller (screen pop) */
        get: operations["getSeat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/seat/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the call ringing on my seat */
        post: operations["answerSeatCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/seat/callbacks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The call-backs I owe (my dropped calls, on top) and those waiting in my queues */
        get: operations["listSeatCallbacks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/seat/callbacks/{id}/dial": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dial one of my call-backs now (one key); audited */
        post: operations["dialSeatCallback"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/seat/caller": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The screen pop’s context of my call: its reason, and the caller’s open tickets, work items, promises and last five interactions */
        get: operations["getSeatCaller"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/seat/dial": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My last placed call: ringing, connected or ended with its cause and the outcome it suggests */
        get: operations["getLastDial"];
        put?: never;
        /** Call one of my work items, or a customer’s phone, through the telephone (the number stays hidden); audited */
        post: operations["dialFromSeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/seat/hangup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End my call (or refuse the one ringing) */
        post: operations["hangupSeatCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/seat/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put the caller on hold (on: true) or take him back (on: false) */
        post: operations["holdSeatCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/seat/state": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Go available, on a break (with a reason) or offline; during a call it starts after the wrap-up */
        post: operations["setSeatState"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/seat/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer my caller to a queue (blind); I go to wrap-up */
        post: operations["transferSeatCall"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/telephony/seat/wrap-up-done": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** My wrap-up is done: available again */
        post: operations["finishWrapUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ticket-groups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Groups with their countries and members */
        get: operations["listTicketGroups"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ticket-groups/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a group (names, countries, active) */
        patch: operations["updateTicketGroup"];
        trace?: never;
    };
    "/api/v1/ticket-groups/{code}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the members of a group */
        put: operations["setTicketGroupMembers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ticket-reports/key-accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Monthly key-accounts report per customer and category (opened, resolved, SLA compliance, median resolution, backlog) */
        get: operations["getKeyAccountsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ticket-reports/weekly": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Weekly performance per group and per person (week starting on the given date, default the last full week) */
        get: operations["getWeeklyReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ticket-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Business hours, SLA policies, claim approval amount, report recipients */
        get: operations["getTicketSettings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change business hours, claim approval amount, report recipients or policies (policies replace the list) */
        patch: operations["updateTicketSettings"];
        trace?: never;
    };
    "/api/v1/tickets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ticket queues: mine, my groups (and the tickets I opened), or all (supervisors); open tickets by SLA due time */
        get: operations["listTickets"];
        put?: never;
        /** Open a ticket; routed to its group with its SLA (the mandatory fields of its category are checked: 422) */
        post: operations["createTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ticket page: fields, conversation, notes, attachments, history, SLA state, permissions */
        get: operations["getTicket"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign to a member of the group (or unassign with null) */
        post: operations["assignTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Attach a file (multipart field "file", header X-CSRF-Token; at most 10 MB; PDF, images, text, CSV, DOCX, XLSX) */
        post: operations["addTicketAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download an attachment */
        get: operations["getTicketAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/claim-approval": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or reject a claim above the approval amount */
        post: operations["decideClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the ticket (members of the assigned group, supervisors, managers) */
        post: operations["closeTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** An internal note */
        post: operations["addTicketNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A reply to the customer by email (refused on a closed ticket) */
        post: operations["replyToTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the status (open, pending, resolve, reopen) */
        post: operations["changeTicketStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tickets/{id}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand the ticket to another group (never back to key_accounts: 409) */
        post: operations["transferTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List and search users */
        get: operations["listUsers"];
        put?: never;
        /** Create a user */
        post: operations["createUser"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: operations["getUser"];
        put?: never;
        post?: never;
        /** Deactivate a user */
        delete: operations["deactivateUser"];
        options?: never;
        head?: never;
        /** Change a user (role, skills, teams, active, password) */
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/wallboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The live wallboard: per queue the calls waiting, longest wait, agents by state and today’s service level, ASA, abandonment and AHT (SPEC K1 formulas), with the colour thresholds */
        get: operations["getWallboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/wallboard/day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The day’s tickets (open, past and near their SLA) and collections beside the wallboard */
        get: operations["getWallboardDay"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items/{id}/attempts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the outcome of a call attempt on one of my items */
        post: operations["recordAttempt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-items/{id}/send-back": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an item back to its agent with a note */
        post: operations["sendWorkItemBack"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The newest work lists with their lifecycle step and who/when at each step */
        get: operations["listAllWorkLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One work list: its step, who/when, counts, filter and target-file import */
        get: operations["getWorkList"];
        put?: never;
        post?: never;
        /** Discard a draft list and its items (audited) */
        delete: operations["discardWorkList"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-lists/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a draft list (a supervisor or manager; who and when are kept and audited) */
        post: operations["approveWorkList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-lists/{id}/rejections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The target file's rejected rows (row, column, value, reason in English and Arabic) as CSV or XLSX */
        get: operations["getWorkListRejections"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-lists/from-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a draft list from a target file (CSV or XLSX; multipart field "file", header X-CSRF-Token): customer numbers, or new prospects with name and phone. The rows are applied in the background — poll GET /api/v1/work-lists/{id} */
        post: operations["createWorkListFromFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-lists/from-filter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create a draft list of every reachable customer of a filter (audited) */
        post: operations["createWorkListFromFilter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/work-lists/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** How many customers a filter matches and how many the channel reaches, before a list is made */
        post: operations["previewWorkList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The work lists of a day with progress per agent */
        get: operations["listWorkLists"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklists/{id}/distribute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Distribute the unassigned items of a phone list among agents (default: all collection agents) */
        post: operations["distributeWorkList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklists/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The list as the seed forms F 1-1 (SMS) / F 1-2 (phone), right-to-left */
        get: operations["exportWorkList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklists/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Items of a list with agent, status and outcome */
        get: operations["listWorkListItems"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklists/{id}/reassign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reassign items, or an absent agent's whole open share */
        post: operations["reassignWorkItems"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklists/{id}/send": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an SMS list's messages not yet sent, now (inside the calling window only; audited) */
        post: operations["sendSmsListNow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/worklists/{id}/sign-off": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign off a list once every item is closed or explained */
        post: operations["signOffWorkList"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AgentDashboard: {
            calls: {
                aht_seconds: number | null;
                avg_hold_seconds: number | null;
                avg_talk_seconds: number | null;
                handled: number;
            };
            day: string;
            /** @description The seat’s state now; null without a seat */
            state: string | null;
            targets: {
                aht_seconds: number;
                calls: number;
            };
            tickets: components["schemas"]["TicketDayCounts"];
            work: {
                attempts: number;
                outcomes: {
                    count: number;
                    outcome: string;
                }[];
                promised_amount: number;
                promises: number;
            };
        };
        AgentsByState: {
            available: number;
            break: number;
            /** @description On a call or holding one */
            on_call: number;
            ringing: number;
            /** @description Every state but offline */
            signed_in: number;
            wrap_up: number;
        };
        BreakReason: {
            code: string;
            limit_minutes: number | null;
            name_ar: string;
            name_en: string;
        };
        BreakReasonAdmin: {
            active: boolean;
            code: string;
            limit_minutes: number | null;
            name_ar: string;
            name_en: string;
            sort: number;
            /** @description Set by the telephone itself (missed call …): cannot be switched off */
            system: boolean;
        };
        Callback: {
            attempts: number;
            customer: components["schemas"]["DialCustomer"] | null;
            /** Format: uuid */
            id: string;
            last_cause: ("normal" | "busy" | "no_answer" | "failed" | "abandoned" | "dropped" | "machine") | null;
            /** @description Mine (a dropped call of mine) or my queue’s */
            mine: boolean;
            not_before: string | null;
            number: string;
            /** Format: date-time */
            place_at: string;
            queue: string;
            /** @enum {string} */
            reason: "dropped" | "requested" | "closed";
            /** Format: date-time */
            requested_at: string;
            /** @enum {string} */
            status: "waiting" | "calling" | "done" | "failed";
        };
        CallbackList: {
            items: components["schemas"]["Callback"][];
        };
        /** @description The screen pop’s context of the call on the seat */
        CallerContext: {
            call_id: string;
            customer_no: string | null;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            last_interactions: {
                actor_name: string | null;
                /** Format: date-time */
                at: string;
                kind: string;
                summary: string;
            }[];
            open_tickets: {
                number: string;
                /** Format: date-time */
                sla_due_at: string;
                status: string;
                subject: string;
            }[];
            promises: {
                amount: number;
                currency: string;
                paid: number;
                /** Format: date */
                promised_date: string;
                /**
                 * @description kept promises stay on the customer page
                 * @enum {string}
                 */
                status: "open" | "broken";
            }[];
            reason: {
                dnis: string | null;
                /** @description The IVR keys the caller pressed, e.g. `1,3` */
                ivr_path: string | null;
                /**
                 * @description work_item: a call placed for a work list item; queue: a call that came in through a queue
                 * @enum {string}
                 */
                kind: "work_item" | "queue" | "none";
                /** @description The work list’s purpose: reminder, followup, thanks, marketing, survey */
                purpose: string | null;
                queue: string | null;
                queue_name_ar: string | null;
                queue_name_en: string | null;
            };
            work_items: {
                amount: number;
                attempts: number;
                /** Format: date */
                business_date: string;
                channel: string;
                currency: string;
                /** Format: uuid */
                id: string;
                purpose: string;
                status: string;
            }[];
        };
        /** @description The protocol of the call on my seat */
        CallProtocol: {
            answered_at: string | null;
            /** @description The call record (GET /calls/:id shows the steps as events) */
            call_id: string | null;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            ended_at: string | null;
            greeting: {
                on_time: boolean;
                seconds: number;
            } | null;
            greeting_target_seconds: number;
            greeting_values: {
                agent: string;
                company: string;
                department: string | null;
                department_en: string | null;
                reason: string | null;
            };
            held: boolean;
            hold: {
                consent: boolean;
                held_since: string | null;
                holds: number;
            };
            hold_seconds: number;
            missing_closing: ("resolved_confirmed" | "more_help_offered" | "rating_invited")[];
            /**
             * Format: date-time
             * @description The telephone’s clock (the countdowns run from it)
             */
            now: string;
            outcome: {
                /** Format: date-time */
                at: string;
                code: string;
                note: string | null;
            } | null;
            /** @enum {string} */
            phase: "connected" | "wrap_up";
            /**
             * @description The purpose the call is for by default
             * @enum {string}
             */
            purpose: "reminder" | "follow_up" | "thanks" | "marketing" | "survey" | "inquiry" | "complaint";
            queue: string | null;
            /** @description The rating invitation after the outcome: sent, or why not */
            rating: {
                reason: string | null;
                sent: boolean;
            } | null;
            steps: components["schemas"]["ProtocolStepRecord"][];
        };
        /** @description An inbound queue: its skill, routing, service level, hours */
        CallQueue: {
            active: boolean;
            callback_after_seconds: number | null;
            /** @enum {string} */
            closed_action: "message" | "callback" | "voicemail";
            code: string;
            greeting: {
                media?: string;
                text?: string;
            } | null;
            /** @description Opening hours, `08:00-20:00` or `08:00-12:00,16:00-22:00` */
            hours: string;
            name_ar: string;
            name_en: string;
            overflow_queue: string | null;
            overflow_seconds: number | null;
            priority: number;
            short_abandon_seconds: number;
            /**
             * @description The skill an agent needs to take these calls
             * @enum {string}
             */
            skill: "collections" | "marketing" | "service" | "key_accounts";
            /** @enum {string} */
            sl_abandoned: "negative" | "ignored" | "positive";
            sl_seconds: number;
            sl_target_percent: number;
            /** @enum {string} */
            strategy: "longest_idle" | "least_recent" | "fewest_calls" | "round_robin" | "random" | "ring_all";
            /** Format: date-time */
            updated_at: string;
            wrap_up_seconds: number;
        };
        CallRecord: {
            /** @description The username of the agent who answered */
            agent: string | null;
            /** @description The caller's number (masked for agents) */
            ani: string | null;
            answered_at: string | null;
            /** @description normal, busy, no_answer, failed, abandoned, dropped, machine */
            cause: string | null;
            customer_id: string | null;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            /** @description The number dialled into the center */
            dnis: string | null;
            ended_at: string | null;
            hold_count: number;
            hold_seconds: number;
            /** Format: uuid */
            id: string;
            ivr_path: string | null;
            /** Format: date-time */
            offered_at: string;
            outcome: string | null;
            queue: string | null;
            queued_at: string | null;
            recording: string | null;
            /** @description Where the record came from: the runtime (live) or queue_log */
            source: string;
            /** @description From the answer to the end, less the hold */
            talk_seconds: number | null;
            /** @description From the queue entry to the answer (or the end) */
            wait_seconds: number | null;
            wrap_up_ended_at: string | null;
        };
        CenterDashboard: {
            calls: {
                /** @description A fraction 0–1; null when its denominator is 0 */
                abandon_rate: number | null;
                abandoned: number;
                aht_seconds: number | null;
                answered: number;
                asa_seconds: number | null;
                avg_talk_seconds: number | null;
                avg_time_in_queue_seconds: number | null;
                offered: number;
                /** @description A fraction 0–1; null when its denominator is 0 */
                service_level: number | null;
                short_abandoned: number;
            };
            collections: {
                /** @description Percent */
                collection_rate_30d: number | null;
                installments_due_today: number;
                installments_paid_today_by_due_date: number;
                /** @description Percent */
                promise_kept_rate: number | null;
                promises_made_today: number;
            };
            day: string;
            sms: {
                delivered: number;
                failed: number;
                queued: number;
                sent: number;
            };
            tickets: components["schemas"]["TicketDayCounts"];
            /** @description The seven days up to today, oldest first */
            week: {
                /** @description A fraction 0–1; null when its denominator is 0 */
                abandon_rate: number | null;
                aht_seconds: number | null;
                answered: number;
                day: string;
                offered: number;
                /** @description A fraction 0–1; null when its denominator is 0 */
                service_level: number | null;
            }[];
        };
        CollectionsRunSummary: {
            /** @description Display names of `agents`, in the same order (absent in runs recorded before it existed) */
            agent_names?: string[];
            agents: string[];
            business_day: boolean;
            /** Format: date */
            date: string;
            /** @description Set when the date was already run: then `lists` holds only what this run added */
            first_run?: {
                started_at: string;
                started_by: string | null;
                /** @description Display name of the user (null for system or token actors) */
                started_by_name: string | null;
            } | null;
            lists: {
                amount: number;
                /** @enum {string} */
                channel: "sms" | "phone";
                installments: number;
                items: number;
                /** @enum {string} */
                purpose: "reminder" | "followup" | "thanks";
            }[];
            notes: string[];
            previous_date: string | null;
            skipped: {
                do_not_call: number;
                no_usable_number: number;
                sms_opt_out_to_phone: number;
            };
            sms: {
                duplicates: number;
                moved_to_phone: number;
                queued: number;
                refused: number;
                refused_reasons: {
                    [key: string]: number;
                };
            } | null;
            undistributed_phone_items: number;
        };
        ContactPoint: {
            corrected_at: string | null;
            /** Format: uuid */
            id: string;
            /** @description mobile | landline | work_phone | home_phone | email | fax */
            kind: string;
            /** @description Masked: the full value only through reveal (audited) */
            masked: string;
            number_type: string;
            source: string;
            valid: boolean;
            wrong: boolean;
            wrong_at: string | null;
        };
        Customer360: {
            contact_points: components["schemas"]["ContactPoint"][];
            contracts: {
                contract_no: string;
                credit_type: string;
                installments: {
                    amount: number;
                    currency: string;
                    /** Format: date */
                    due_date: string;
                    installment_no: number;
                    outstanding: number;
                    paid: number;
                    paid_in_full_at: string | null;
                    partial: boolean;
                    /** @description paid | overdue | upcoming */
                    status: string;
                }[];
            }[];
            customer: {
                category: string | null;
                city: string | null;
                country: string;
                /** Format: date-time */
                created_at: string;
                customer_no: string;
                do_not_call: boolean;
                key_account: boolean;
                name: string;
                notes: string | null;
                sms_opt_out: boolean;
                type: string;
                /** Format: date-time */
                updated_at: string;
            };
            payments: {
                amount: number;
                contract_no?: string | null;
                installment_no: number | null;
                /** Format: date-time */
                paid_at: string;
                reference: string | null;
            }[];
            summary: {
                currency: string;
                outstanding: number;
                overdue: number;
                overdue_installments: number;
            };
            timeline: {
                actor: string | null;
                actor_name: string | null;
                /** Format: date-time */
                at: string;
                data: unknown;
                /** @description A timeline entry (number) or a sent message (uuid) */
                id: number | string;
                kind: string;
                ref_id: string | null;
                ref_type: string | null;
                summary: string;
            }[];
        };
        /** @description An outbound call the agent placed, as his screen follows it */
        Dial: {
            /** @description The call’s id at the telephone (as on the seat) */
            call_id: string;
            callback_id: string | null;
            cause: ("normal" | "busy" | "no_answer" | "failed" | "abandoned" | "dropped" | "machine") | null;
            connected_at: string | null;
            customer: components["schemas"]["DialCustomer"] | null;
            ended_at: string | null;
            /** @description The number dialled, masked for roles that may not reveal it */
            number: string;
            /** @description The outcome the end suggests for the outcome form (L3) */
            outcome: ("reached" | "no_answer" | "busy" | "call_dropped") | null;
            /** Format: date-time */
            started_at: string;
            /** @enum {string} */
            status: "dialing" | "ringing" | "answered" | "connected" | "ended";
            work_item_id: string | null;
        };
        /** @description The customer called, when known */
        DialCustomer: {
            customer_no: string;
            name: string;
        };
        /** @description A work list being dialed, live */
        DialerCampaign: {
            /** @description Abandoned ÷ answered today (cap 3 %) */
            abandon_rate: number;
            abandoned: number;
            agents: {
                agent: string;
                on_campaign_call: boolean;
                /** Format: date-time */
                since: string;
                state: string;
            }[];
            /** @description Answered ÷ calls ended today; null before any */
            answer_rate: number | null;
            answered: number;
            /** @description Why nothing is dialed now (outside the calling window, weekend, holiday) */
            blocked: "outside_window" | null;
            calls: {
                agent: string;
                call_id: string;
                connected_at: string | null;
                /** Format: date-time */
                started_at: string;
                status: string;
            }[];
            /** @description Calls up ÷ agents staffed (not on break or signed out) */
            dial_level: number;
            /** Format: uuid */
            list_id: string;
            /** @enum {string} */
            mode: "preview" | "progressive" | "predictive";
            placed: number;
            /** Format: date-time */
            started_at: string;
            unanswered: number;
        };
        DialerCampaigns: {
            campaigns: components["schemas"]["DialerCampaign"][];
        };
        DialerStartInput: {
            /**
             * @description preview | progressive | predictive
             * @enum {string}
             */
            mode: "preview" | "progressive" | "predictive";
        };
        /** @description What to call: one of my work items (its current number), or a customer’s phone — never a number */
        DialRequestInput: {
            /** Format: uuid */
            work_item_id: string;
        } | {
            /** Format: uuid */
            contact_point_id: string;
            customer_no: string;
        };
        DialRoute: {
            dnis: string;
            note: string | null;
            target: string;
            /** @enum {string} */
            target_kind: "ivr" | "queue" | "campaign";
            /** Format: date-time */
            updated_at: string;
        };
        /** @description An error: a stable code and a message in English and Arabic */
        Error: {
            /** @description A stable code from the error catalogue (bad_request, not_found …) */
            code: string;
            errors?: components["schemas"]["FieldError"][];
            message: string;
            message_ar: string;
        };
        Escalation: {
            agent: string;
            agent_name: string;
            /** Format: date-time */
            created_at: string;
            customer: {
                customer_no: string;
                name: string;
            } | null;
            done_at: string | null;
            done_by: string | null;
            done_note: string | null;
            /**
             * Format: date-time
             * @description The follow-up time promised to the customer
             */
            due_at: string;
            has_call: boolean;
            /** Format: uuid */
            id: string;
            note: string;
            /**
             * @description overdue: not done and past its due time
             * @enum {string}
             */
            state: "open" | "taken" | "overdue" | "done";
            /** @enum {string} */
            status: "open" | "taken" | "done";
            taken_at: string | null;
            taken_by: string | null;
        };
        EscalationChange: {
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "open" | "taken" | "done";
        };
        EscalationList: {
            items: components["schemas"]["Escalation"][];
            /** Format: date-time */
            now: string;
        };
        /** @description Open escalations and those past their due time (the shell’s badge) */
        EscalationSummary: {
            /** @description When the next open escalation falls due (the badge turns red then) */
            next_due_at: string | null;
            /** Format: date-time */
            now: string;
            open: number;
            overdue: number;
        };
        /** @description What is wrong with one field, in English and Arabic */
        FieldError: {
            code: string;
            field: string;
            message: string;
            message_ar: string;
        };
        ImportRun: {
            /** @description Why a run failed, as a stable code and a safe message; null otherwise */
            error: {
                code: string;
                message: string;
                message_ar: string;
            } | null;
            file_name: string;
            finished_at: string | null;
            /** Format: uuid */
            id: string;
            inserted: number;
            /** @description customers | installments | payments */
            kind: string;
            processed_bytes: number;
            /** @description 0..1, by bytes read */
            progress: number;
            /** @description While queued: 1 for the next to start (known to the process holding it), else null */
            queue_position: number | null;
            rejected: number;
            rows: number;
            /** Format: date-time */
            started_at: string;
            /** @description queued | running | done | done_with_rejections | failed */
            status: string;
            total_bytes: number;
            unchanged: number;
            updated: number;
        };
        Inquiry: {
            answer: string | null;
            answered_at: string | null;
            category: string;
            channel: string;
            /** Format: date-time */
            created_at: string;
            created_by: string | null;
            customer_name: string | null;
            customer_no: string | null;
            first_contact_resolved: boolean;
            /** Format: uuid */
            id: string;
            number: string;
            question: string;
            requester_email: string | null;
            status: string;
            subject: string;
            ticket_id: string | null;
            version: number;
        };
        InquiryDetail: {
            answer: string | null;
            answered_at: string | null;
            attachments: {
                content_type: string;
                /** Format: date-time */
                created_at: string;
                filename: string;
                /** Format: uuid */
                id: string;
                size: number;
            }[];
            category: string;
            channel: string;
            /** Format: date-time */
            created_at: string;
            created_by: string | null;
            customer_name: string | null;
            customer_no: string | null;
            first_contact_resolved: boolean;
            /** Format: uuid */
            id: string;
            messages: {
                author: string | null;
                body: string;
                /** Format: date-time */
                created_at: string;
                /** Format: uuid */
                id: string;
                kind: string;
            }[];
            number: string;
            question: string;
            requester_email: string | null;
            status: string;
            subject: string;
            ticket_id: string | null;
            version: number;
        };
        IvrMenu: {
            code: string;
            /** @description The numbers routed to this menu */
            dnis: string[];
            name: string;
            tree: components["schemas"]["IvrNode"];
            /** Format: date-time */
            updated_at: string;
            updated_by: string | null;
            version: number;
        };
        IvrMenuSummary: {
            code: string;
            /** @description The numbers routed to this menu */
            dnis: string[];
            name: string;
            /** Format: date-time */
            updated_at: string;
            updated_by: string | null;
            version: number;
        };
        /** @description A node of an IVR tree (menu, queue …) */
        IvrNode: {
            fallback?: components["schemas"]["IvrNode"];
            /** @constant */
            kind: "menu";
            maxRetries: number;
            options: {
                [key: string]: components["schemas"]["IvrNode"];
            };
            prompt: {
                ar: string;
                en?: string;
                media?: string;
            };
            timeoutSeconds: number;
        } | {
            /** @constant */
            kind: "queue";
            queue: string;
        } | {
            /** @constant */
            kind: "message";
            next?: components["schemas"]["IvrNode"];
            prompt: {
                ar: string;
                en?: string;
                media?: string;
            };
        } | {
            /** @constant */
            kind: "goto";
            menu: string;
        } | {
            /** @constant */
            kind: "callback";
            prompt?: {
                ar: string;
                en?: string;
                media?: string;
            };
            queue: string;
        } | {
            /** @constant */
            kind: "lookup";
            maxDigits: number;
            maxRetries: number;
            next: components["schemas"]["IvrNode"];
            prompt: {
                ar: string;
                en?: string;
                media?: string;
            };
            timeoutSeconds: number;
        };
        /** @description A node of an IVR tree (menu, queue …) */
        IvrNodeInput: {
            fallback?: components["schemas"]["IvrNodeInput"];
            /** @constant */
            kind: "menu";
            maxRetries: number;
            options: {
                [key: string]: components["schemas"]["IvrNodeInput"];
            };
            prompt: {
                ar: string;
                en?: string;
                media?: string;
            };
            timeoutSeconds: number;
        } | {
            /** @constant */
            kind: "queue";
            queue: string;
        } | {
            /** @constant */
            kind: "message";
            next?: components["schemas"]["IvrNodeInput"];
            prompt: {
                ar: string;
                en?: string;
                media?: string;
            };
        } | {
            /** @constant */
            kind: "goto";
            menu: string;
        } | {
            /** @constant */
            kind: "callback";
            prompt?: {
                ar: string;
                en?: string;
                media?: string;
            };
            queue: string;
        } | {
            /** @constant */
            kind: "lookup";
            maxDigits: number;
            maxRetries: number;
            next: components["schemas"]["IvrNodeInput"];
            prompt: {
                ar: string;
                en?: string;
                media?: string;
            };
            timeoutSeconds: number;
        };
        IvrTryResult: {
            /** @description The call left the IVR (false: it still waits for a key) */
            finished: boolean;
            steps: components["schemas"]["IvrTryStep"][];
        };
        IvrTryStep: {
            /** @enum {string} */
            action: "play" | "collect" | "queue" | "callback" | "lookup" | "hangup";
            /** @description The key or timeout that led here (null: the call came in) */
            input: string | null;
            menu: string;
            /** @description Where in the tree (`options.1.next`); empty for the root */
            path: string;
            prompt_ar: string | null;
            prompt_en: string | null;
            queue: string | null;
            /** @description hangup: finished, no_choice, unknown_menu, loop */
            reason: string | null;
        };
        KpiRow: {
            abandon_rate: number | null;
            abandoned: number;
            aht_seconds: number | null;
            answered: number;
            asa_seconds: number | null;
            avg_hold_seconds: number | null;
            avg_talk_seconds: number | null;
            avg_time_in_queue_seconds: number | null;
            /** @description Interval start (2026-12-01T09:30), day, week (its Sunday), month, agent or queue */
            key: string;
            /** @description From agent states; null by queue, or with a queue chosen */
            occupancy: number | null;
            offered: number;
            service_level: number | null;
            short_abandoned: number;
        };
        LastDial: {
            dial: components["schemas"]["Dial"] | null;
        };
        LiveAgent: {
            agent: string;
            call_id: string | null;
            calls_today: number;
            name: string;
            queues: string[];
            reason: string | null;
            simulated: boolean;
            /** Format: date-time */
            since: string;
            /** @enum {string} */
            state: "available" | "ringing" | "on_call" | "hold" | "wrap_up" | "break" | "offline";
        };
        LiveCall: {
            agent: string | null;
            answered_at: string | null;
            entered_at: string | null;
            held: boolean;
            id: string;
            key_account: boolean;
            number: string | null;
            queue: string | null;
            /** @enum {string} */
            status: "routing" | "ivr" | "queued" | "ringing" | "connected" | "ended";
        };
        LiveQueue: {
            abandoned_today: number;
            agents_available: number;
            agents_busy: number;
            answered_today: number;
            code: string;
            longest_wait_seconds: number;
            name_ar: string;
            name_en: string;
            offered_today: number;
            /** @description Answered within the queue’s target ÷ offered (short abandons left out); null with no calls */
            service_level_today: number | null;
            sl_seconds: number;
            sl_target_percent: number;
            waiting: number;
        };
        /** @description The supervisor’s live view of agents, calls and queues */
        LiveView: {
            agents: components["schemas"]["LiveAgent"][];
            break_reasons: components["schemas"]["BreakReason"][];
            calls: components["schemas"]["LiveCall"][];
            /** Format: date-time */
            now: string;
            queues: components["schemas"]["LiveQueue"][];
            supports_snoop: boolean;
        };
        MarketingCampaign: {
            ab_percent_b: number;
            ab_seed: number;
            agents: string[];
            allow_repeats: boolean;
            channels: ("phone" | "sms" | "email")[];
            contacts: {
                [key: string]: number;
            };
            created_at: string;
            currency: string;
            email_per_minute: number;
            email_template_b_id: string | null;
            email_template_id: string | null;
            ended_at: string | null;
            /** Format: uuid */
            id: string;
            launched_at: string | null;
            list: components["schemas"]["MarketingTargetList"];
            name: string;
            /** Format: uuid */
            offer_id: string;
            offer_name: string;
            sms_part_price: number;
            sms_per_minute: number;
            sms_template_b_id: string | null;
            sms_template_id: string | null;
            /** @enum {string} */
            status: "draft" | "running" | "paused" | "ended";
        };
        MarketingOffer: {
            current: boolean;
            description: string;
            eligibility: string;
            faq: {
                a: string;
                q: string;
            }[];
            /** Format: uuid */
            id: string;
            name: string;
            script: string;
            /** @enum {string} */
            status: "active" | "archived";
            updated_at: string;
            valid_from: string;
            valid_to: string | null;
        };
        MarketingOptOut: {
            at: string;
            /** @enum {string} */
            channel: "sms" | "email" | "bounce";
            note: string | null;
            /** @description Masked number or address */
            recipient: string;
            /** @description link, one_click, stop_reply, manual; for a bounce its DSN status */
            source: string;
        };
        MarketingResults: {
            ab: {
                p_value: number | null;
                significant: boolean;
                winner: ("A" | "B") | null;
                winner_conversion: number | null;
                z: number | null;
            } | null;
            by_agent: {
                agent: string;
                amount: number;
                contacted: number;
                conversion: number | null;
                cost: number;
                cost_per_sale: number | null;
                interested: number;
                opt_outs: number;
                reached: number;
                sales: number;
                sms_parts: number;
                targeted: number;
            }[];
            by_channel: {
                amount: number;
                /** @enum {string} */
                channel: "phone" | "sms" | "email";
                contacted: number;
                conversion: number | null;
                cost: number;
                cost_per_sale: number | null;
                interested: number;
                opt_outs: number;
                reached: number;
                sales: number;
                sms_parts: number;
                targeted: number;
            }[];
            by_variant: {
                amount: number;
                contacted: number;
                conversion: number | null;
                cost: number;
                cost_per_sale: number | null;
                interested: number;
                opt_outs: number;
                reached: number;
                sales: number;
                sms_parts: number;
                targeted: number;
                /** @enum {string} */
                variant: "A" | "B";
            }[];
            /** Format: uuid */
            campaign_id: string;
            currency: string;
            totals: {
                amount: number;
                contacted: number;
                conversion: number | null;
                cost: number;
                cost_per_sale: number | null;
                interested: number;
                opt_outs: number;
                reached: number;
                sales: number;
                sms_parts: number;
                targeted: number;
            };
        };
        MarketingTargetList: {
            approved_at: string | null;
            approved_by: string | null;
            /** @description The approver as people read it */
            approved_by_name: string | null;
            business_date: string;
            channel: string;
            /** Format: uuid */
            id: string;
            items: number;
            name: string | null;
            source: string;
            status: string;
        };
        Me: {
            /** @description Send it as X-CSRF-Token with uploads (null with a token) */
            csrf_token: string | null;
            user: {
                display_name: string;
                id: string;
                /** @enum {string} */
                locale: "ar" | "en";
                /** @enum {string} */
                role: "admin" | "manager" | "supervisor" | "agent" | "it" | "marketing" | "claims";
                skills: string[];
                teams: string[];
                username: string;
            };
        };
        OutboundMessage: {
            acknowledged_at: string | null;
            attempts: number;
            body: string;
            business_ref: string | null;
            /** @enum {string} */
            channel: "sms" | "email";
            /** @description Marketing SMS: the country whose rule applies (ISO alpha-2) */
            country: string | null;
            /** Format: date-time */
            created_at: string;
            encoding: ("gsm7" | "ucs2") | null;
            error_class: string | null;
            final_at: string | null;
            /** @description Marketing: held, unsent, until not_before by the country's hours, weekend or holiday */
            hold_reason: ("hours" | "weekend" | "holiday") | null;
            /** Format: uuid */
            id: string;
            last_error: string | null;
            max_attempts: number;
            /** Format: date-time */
            not_before: string;
            provider_message_id: string | null;
            purpose: string;
            /** @description Masked in lists; in full on one message (audited) */
            recipient: string;
            segments: number | null;
            sender: string | null;
            /** @enum {string} */
            status: "queued" | "sending" | "sent" | "delivered" | "failed" | "expired" | "rejected";
            subject: string | null;
            submitted_at: string | null;
            template_id: string | null;
            /** Format: date-time */
            updated_at: string;
        };
        ProtocolPhrase: {
            active: boolean;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "greeting" | "empathy" | "positive" | "hold" | "second_hold" | "hold_return" | "late_apology" | "callback" | "closing" | "escalation" | "script";
            /** @enum {string} */
            origin: "seed_003" | "house" | "custom";
            purpose: ("reminder" | "follow_up" | "thanks" | "marketing" | "survey" | "inquiry" | "complaint") | null;
            sort: number;
            /** @description May hold {agent}, {company}, {department}, {reason}, {seconds} */
            text_ar: string;
            text_en: string;
            title_ar: string | null;
            title_en: string | null;
            /** Format: date-time */
            updated_at: string;
            updated_by: string | null;
        };
        ProtocolStepRecord: {
            /** Format: date-time */
            at: string;
            /** @description hold_started / hold_returned: which hold of the call */
            hold?: number;
            /** @description hold_returned: later than the hold time asked for */
            late?: boolean;
            /** @enum {string} */
            step: "greeted" | "hold_consent_asked" | "hold_started" | "hold_returned" | "second_hold" | "callback_suggested" | "resolved_confirmed" | "more_help_offered" | "rating_invited";
        };
        /** @description The signed-in agent’s telephone: state, current call, screen pop */
        Seat: {
            /** @enum {string} */
            adapter: "simulator" | "ari";
            agent: string;
            break_reasons: components["schemas"]["BreakReason"][];
            call: components["schemas"]["SeatCall"] | null;
            calls_today: number;
            queues: string[];
            reason: string | null;
            /** Format: date-time */
            since: string;
            /** @enum {string} */
            state: "available" | "ringing" | "on_call" | "hold" | "wrap_up" | "break" | "offline";
        };
        SeatCall: {
            answered_at: string | null;
            customer: components["schemas"]["SeatCustomer"] | null;
            /** @enum {string} */
            direction: "inbound" | "outbound";
            dnis: string | null;
            entered_at: string | null;
            held: boolean;
            id: string;
            /** @description The caller’s number, masked for roles that may not reveal it */
            number: string | null;
            queue: string | null;
            /** @enum {string} */
            status: "routing" | "ivr" | "queued" | "ringing" | "connected" | "ended";
        };
        /** @description The caller, found by ANI (screen pop) */
        SeatCustomer: {
            customer_no: string;
            /** Format: uuid */
            id: string;
            key_account: boolean;
            name: string;
        };
        Settings: {
            items: {
                default: unknown;
                env: string;
                key: string;
                /** @description The environment variable that sets it, if any */
                overridden_by: string | null;
                value: unknown;
            }[];
        };
        Survey: {
            acknowledged_by_me: boolean;
            acknowledgements: {
                acknowledged_at: string;
                name: string;
                /** Format: uuid */
                user_id: string;
            }[];
            after_call: boolean;
            after_ticket: boolean;
            briefing: string;
            cooldown_days: number;
            definition: {
                intro: {
                    ar: string;
                    en: string;
                };
                sections: {
                    questions: {
                        key: string;
                        options?: {
                            key: string;
                            label: {
                                ar: string;
                                en: string;
                            };
                        }[];
                        required: boolean;
                        show_if?: {
                            question: string;
                            values: (number | boolean | string)[];
                        };
                        text: {
                            ar: string;
                            en: string;
                        };
                        /** @enum {string} */
                        type: "rating" | "nps" | "ces" | "yes_no" | "single" | "multiple" | "text";
                    }[];
                    title: {
                        ar: string;
                        en: string;
                    };
                }[];
                thanks: {
                    ar: string;
                    en: string;
                };
                title: {
                    ar: string;
                    en: string;
                };
            };
            /** Format: uuid */
            id: string;
            link_days: number;
            name: string;
            sampling_percent: number;
            /** @enum {string} */
            status: "draft" | "active" | "archived";
            updated_at: string;
            version: number;
            /** Format: uuid */
            version_id: string;
            versions: {
                created_at: string;
                /** Format: uuid */
                id: string;
                number: number;
            }[];
        };
        SurveyAnalysis: {
            by_agent: {
                agent: string;
                completed: number;
                csat: number | null;
                nps: number | null;
            }[];
            by_category: {
                category: string;
                completed: number;
                csat: number | null;
                nps: number | null;
            }[];
            by_channel: {
                channel: string;
                completed: number;
                csat: number | null;
                nps: number | null;
            }[];
            by_week: {
                completed: number;
                csat: number | null;
                nps: number | null;
                week: string;
            }[];
            ces: {
                average: number | null;
                count: number;
            };
            completed: number;
            csat: {
                count: number;
                percent: number | null;
                positive: number;
            };
            invited: number;
            nps: {
                count: number;
                detractors: number;
                passives: number;
                promoters: number;
                score: number | null;
            };
            questions: {
                answered: number;
                distribution: {
                    count: number;
                    value: string;
                }[];
                key: string;
                text: string;
                type: string;
            }[];
            response_rate: number | null;
            texts: {
                channel: string;
                completed_at: string;
                question: string;
                text: string;
            }[];
        };
        SurveySummary: {
            after_call: boolean;
            after_ticket: boolean;
            cooldown_days: number;
            /** Format: uuid */
            id: string;
            link_days: number;
            name: string;
            sampling_percent: number;
            /** @enum {string} */
            status: "draft" | "active" | "archived";
            updated_at: string;
            version: number;
        };
        TeamDashboard: {
            agents: {
                agent: string;
                aht_seconds: number | null;
                handled: number;
                name: string;
                reason: string | null;
                since: string;
                state: string;
            }[];
            agents_by_state: components["schemas"]["AgentsByState"];
            aht_seconds: number | null;
            answered: number;
            asa_seconds: number | null;
            avg_talk_seconds: number | null;
            day: string;
            now: string;
            /** @description The supervisor’s teams; empty: the whole center */
            teams: string[];
        };
        Template: {
            approved_at: string | null;
            approved_by: string | null;
            body: string;
            /** @enum {string} */
            channel: "sms" | "email";
            /** Format: date-time */
            created_at: string;
            drafted_by: string | null;
            /** Format: uuid */
            group_id: string;
            html: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "ar" | "en";
            max_segments: number | null;
            name: string;
            /** @enum {string} */
            purpose: "reminder" | "followup" | "thanks" | "marketing" | "survey_invitation" | "complaint_ack" | "resolution_notice" | "general";
            /** @enum {string} */
            status: "draft" | "approved" | "archived";
            subject: string | null;
            /** Format: date-time */
            updated_at: string;
            version: number;
        };
        TemplatePreview: {
            /** @description Units a message of at most max_segments segments may hold in this encoding */
            allowance: number;
            /** @enum {string} */
            encoding: "gsm7" | "ucs2";
            fits: boolean;
            max_segments: number;
            non_gsm_characters: string[];
            /** @description Units that still fit in the last segment */
            remaining: number;
            rendered: string;
            segments: number;
            /** @description Septets (GSM-7) or UTF-16 code units (UCS-2) */
            units: number;
            /** @description Units the segment being filled holds: a single message (160 GSM-7, 70 UCS-2) or a part of a concatenated one (153, 67) */
            units_per_segment: number;
            variables: {
                max_length: number;
                name: string;
                sample: string;
                sample_length: number;
            }[];
            worst_case: {
                /** @enum {string} */
                encoding: "gsm7" | "ucs2";
                fits: boolean;
                segments: number;
                units: number;
            };
        };
        Ticket: {
            assignee: {
                /** Format: uuid */
                id: string;
                name: string | null;
            } | null;
            /** @description The group's active members, when the user may assign */
            assignees: {
                /** Format: uuid */
                id: string;
                name: string | null;
            }[];
            attachments: {
                content_type: string;
                /** Format: date-time */
                created_at: string;
                filename: string;
                /** Format: uuid */
                id: string;
                size: number;
                uploaded_by: string | null;
            }[];
            category: string;
            claim: {
                amount: unknown;
                approval: string | null;
                decided_at: string | null;
            } | null;
            closed_at: string | null;
            /** Format: date-time */
            created_at: string;
            created_by: string | null;
            customer?: {
                country: string;
                customer_no: string;
                key_account: boolean;
                name: string;
            } | null;
            description: string;
            /** @description The fields of the category, by name */
            fields: unknown;
            group: string;
            history: {
                actor: string | null;
                /** Format: date-time */
                at: string;
                data: unknown;
                kind: string;
            }[];
            /** Format: uuid */
            id: string;
            messages: {
                author: string | null;
                body: string;
                created_at: string | null;
                delivery_status: string | null;
                /** Format: uuid */
                id: string;
                kind: string;
            }[];
            number: string;
            permissions: {
                can_approve_claim: boolean;
                can_assign: boolean;
                can_hand_back: boolean;
                can_reply: boolean;
                can_resolve: boolean;
                can_take: boolean;
                can_transfer: boolean;
                can_work: boolean;
            };
            priority: string;
            requester_email: string | null;
            resolution: string | null;
            resolved_at: string | null;
            sla: {
                breached_at: string | null;
                clock: string;
                /** Format: date-time */
                due_at: string;
                escalated_at: string | null;
                first_response_at: string | null;
                paused_at: string | null;
                remaining_minutes_when_paused: number | null;
                resolution_minutes: number;
                response_due_at: string | null;
                /** @enum {string} */
                state: "ok" | "warning" | "breached" | "paused" | "met" | "missed";
                /** Format: date-time */
                warn_at: string;
                warned_at: string | null;
            };
            source: string;
            status: string;
            subject: string;
            transfer_targets: string[];
            /** Format: date-time */
            updated_at: string;
            version: number;
        };
        TicketDayCounts: {
            breached: number;
            near_sla: number;
            open: number;
            opened_today: number;
            resolved_today: number;
        };
        TicketGroups: {
            items: {
                active: boolean;
                code: string;
                countries: string[];
                members: {
                    active: boolean;
                    display_name: string;
                    /** Format: uuid */
                    id: string;
                    role: string;
                    username: string;
                }[];
                name_ar: string;
                name_en: string;
                /** Format: date-time */
                updated_at: string;
            }[];
        };
        TicketSettings: {
            business_hours: {
                shifts: {
                    end: string;
                    start: string;
                }[];
            };
            calendar: {
                holidays: {
                    /** Format: date */
                    date: string;
                    name: string;
                }[];
                timezone: string;
                weekend: string[];
            };
            claim_approval_above: number;
            policies: {
                category: string | null;
                clock: string;
                group: string;
                resolution_hours: number;
                response_hours: number | null;
                warn_before_hours: number;
            }[];
            report_recipients: {
                monthly: string[];
                weekly: string[];
            };
        };
        TicketSummary: {
            assignee_id: string | null;
            group: string;
            /** Format: uuid */
            id: string;
            number: string;
            /** Format: date-time */
            sla_due_at: string;
            status: string;
            /** Format: date-time */
            updated_at: string;
            version: number;
        };
        User: {
            active: boolean;
            /** Format: date-time */
            created_at: string;
            display_name: string;
            /** Format: uuid */
            id: string;
            last_login_at: string | null;
            /** @enum {string} */
            locale: "ar" | "en";
            /** @enum {string} */
            role: "admin" | "manager" | "supervisor" | "agent" | "it" | "marketing" | "claims";
            skills: ("collections" | "marketing" | "service" | "key_accounts")[];
            teams: string[];
            /** Format: date-time */
            updated_at: string;
            username: string;
        };
        Wallboard: {
            day: string;
            now: string;
            queues: components["schemas"]["WallboardQueue"][];
            thresholds: {
                max_abandon_percent: number;
                max_wait_seconds: number;
            };
            time_zone: string;
            totals: {
                /** @description A fraction 0–1; null when its denominator is 0 */
                abandon_rate: number | null;
                abandoned: number;
                agents: components["schemas"]["AgentsByState"];
                aht_seconds: number | null;
                answered: number;
                asa_seconds: number | null;
                avg_talk_seconds: number | null;
                avg_time_in_queue_seconds: number | null;
                longest_wait_seconds: number;
                /** @description Queue entry of the longest-waiting call */
                longest_waiting_since: string | null;
                offered: number;
                /** @description A fraction 0–1; null when its denominator is 0 */
                service_level: number | null;
                short_abandoned: number;
                sl_target_percent: number;
                waiting: number;
            };
        };
        WallboardDay: {
            collections: {
                /** @description Percent */
                collection_rate_30d: number | null;
                installments_due_today: number;
                installments_paid_today_by_due_date: number;
                /** @description Percent */
                promise_kept_rate: number | null;
                promises_made_today: number;
            };
            day: string;
            tickets: components["schemas"]["TicketDayCounts"];
        };
        WallboardQueue: {
            /** @description A fraction 0–1; null when its denominator is 0 */
            abandon_rate: number | null;
            abandoned: number;
            agents: components["schemas"]["AgentsByState"];
            aht_seconds: number | null;
            answered: number;
            asa_seconds: number | null;
            avg_talk_seconds: number | null;
            avg_time_in_queue_seconds: number | null;
            code: string;
            longest_wait_seconds: number;
            /** @description Queue entry of the longest-waiting call */
            longest_waiting_since: string | null;
            name_ar: string;
            name_en: string;
            offered: number;
            /** @description A fraction 0–1; null when its denominator is 0 */
            service_level: number | null;
            short_abandoned: number;
            sl_seconds: number;
            sl_target_percent: number;
            waiting: number;
        };
        WorkListsOverview: {
            /** Format: date */
            date: string;
            lists: {
                by_agent: {
                    agent: string | null;
                    agent_name: string | null;
                    by_status: {
                        [key: string]: number;
                    };
                    total: number;
                }[];
                channel: string;
                completed_at: string | null;
                /** Format: date-time */
                created_at: string;
                distributed_at: string | null;
                distributed_by: string | null;
                /** @description Display name of the user (null for system or token actors) */
                distributed_by_name: string | null;
                /** Format: uuid */
                id: string;
                /** @description Neither closed nor explained: no sign-off while above zero */
                open_items: number;
                purpose: string;
                signed_off_at: string | null;
                signed_off_by: string | null;
                /** @description Display name of the user (null for system or token actors) */
                signed_off_by_name: string | null;
                source: string;
                status: string;
                total: number;
            }[];
            /** @description Whether bulk SMS may go now, and if not why and when (the lists of a day) */
            sending_window?: {
                next_open_at: string | null;
                open: boolean;
                reason: ("hours" | "weekend" | "holiday") | null;
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server runs and reaches its database */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The database cannot be reached */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        database: "pglite" | "postgres";
                        /** @enum {string} */
                        status: "ok" | "unavailable";
                    };
                };
            };
        };
    };
    getAgentTimeline: {
        parameters: {
            query?: {
                /** @description The day, YYYY-MM-DD; today by default */
                date?: string;
            };
            header?: never;
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agent: string;
                        /** @description Seconds of break per reason, with the reason's names when it is a kept break reason */
                        break_reasons: {
                            name_ar: string | null;
                            name_en: string | null;
                            reason: string | null;
                            seconds: number;
                        }[];
                        changes: {
                            /** Format: date-time */
                            at: string;
                            reason: string | null;
                            source: string;
                            /** @enum {string} */
                            state: "available" | "ringing" | "on_call" | "hold" | "wrap_up" | "break" | "offline";
                        }[];
                        date: string;
                        /** Format: date-time */
                        day_end: string;
                        /** Format: date-time */
                        day_start: string;
                        segments: {
                            /** Format: date-time */
                            from: string;
                            reason: string | null;
                            seconds: number;
                            /** @enum {string} */
                            state: "available" | "ringing" | "on_call" | "hold" | "wrap_up" | "break" | "offline";
                            /** Format: date-time */
                            to: string;
                        }[];
                        /** @description Seconds in each state over the day (up to now for today) */
                        totals: {
                            available: number;
                            break: number;
                            hold: number;
                            offline: number;
                            on_call: number;
                            ringing: number;
                            wrap_up: number;
                        };
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApiTokens: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            created_at: string;
                            /** Format: uuid */
                            id: string;
                            last_used_at: string | null;
                            name: string;
                            prefix: string;
                            revoked_at: string | null;
                            /** Format: uuid */
                            user_id: string;
                            username: string;
                        }[];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** Format: uuid */
                    user_id: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        name: string;
                        prefix: string;
                        /** @description The secret, shown only here */
                        token: string;
                        username: string;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revokeApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                action?: string;
                actor_id?: string;
                entity?: string;
                entity_id?: string;
                from?: string;
                limit?: number;
                offset?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            action: string;
                            actor: string;
                            actor_id: string | null;
                            actor_name: string | null;
                            after: unknown;
                            at: string;
                            before: unknown;
                            entity: string;
                            entity_id: string | null;
                            entity_label: string | null;
                            id: number;
                            ip: string | null;
                        }[];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportAuditEntries: {
        parameters: {
            query?: {
                action?: string;
                actor_id?: string;
                entity?: string;
                entity_id?: string;
                from?: string;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit log as an XLSX workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    username: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The account is locked for a while after failed sign-ins */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; wait (Retry-After) and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    display_name?: string;
                    /** @enum {string} */
                    locale?: "ar" | "en";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changeMyPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    current_password: string;
                    new_password: string;
                };
            };
        };
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMyProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCalls: {
        parameters: {
            query?: {
                agent?: string;
                cause?: "normal" | "busy" | "no_answer" | "failed" | "abandoned" | "dropped" | "machine";
                direction?: "inbound" | "outbound";
                from?: string;
                limit?: number;
                number?: string;
                offset?: number;
                queue?: string;
                result?: "answered" | "abandoned" | "unanswered";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CallRecord"][];
                        total: number;
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        call: components["schemas"]["CallRecord"];
                        events: {
                            agent: string | null;
                            /** Format: date-time */
                            at: string;
                            data: {
                                [key: string]: unknown;
                            } | null;
                            seq: number;
                            /** @description offered, ivr, queued, overflowed, agent_ringing, agent_missed, answered, held, unheld, transferred, recording, customer, callback_requested, ended, wrap_up_ended, outcome (with the agent’s note), protocol (a call-protocol step: data.step, data.late, data.hold) */
                            type: string;
                        }[];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportCalls: {
        parameters: {
            query?: {
                agent?: string;
                cause?: "normal" | "busy" | "no_answer" | "failed" | "abandoned" | "dropped" | "machine";
                direction?: "inbound" | "outbound";
                format?: "xlsx" | "csv";
                from?: string;
                number?: string;
                queue?: string;
                result?: "answered" | "abandoned" | "unanswered";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The call records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCollectionAgents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            display_name: string;
                            username: string;
                        }[];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCollectionsKpis: {
        parameters: {
            query?: {
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Percent with one decimal, or null when nothing to count */
                        collection_rate_30d: number | null;
                        /** @description Percent with one decimal, or null when nothing to count */
                        collection_rate_30d_category_a: number | null;
                        customers_with_two_or_more_overdue: number;
                        /** Format: date */
                        date: string;
                        followups: number;
                        followups_reached: number;
                        installments_due_today: number;
                        installments_paid_today_by_due_date: number;
                        phone_reminders: number;
                        phone_reminders_reached: number;
                        /** @description Percent with one decimal, or null when nothing to count */
                        promise_kept_rate: number | null;
                        promises_due: number;
                        promises_kept: number;
                        promises_made_today: number;
                        reminders_delivered: number;
                        reminders_queued: number;
                        reminders_sent: number;
                        thanks_sent: number;
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCollectionsRuns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date */
                            date: string;
                            finished_at: unknown;
                            previous_date: string | null;
                            started_at: unknown;
                            started_by: string | null;
                            /** @description Display name of the user (null for system or token actors) */
                            started_by_name: string | null;
                            status: string;
                            /** @description The run summary (see CollectionsRunSummary) */
                            summary: unknown;
                        }[];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    runCollectionsDay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    date: string;
                    /** @default true */
                    send?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CollectionsRunSummary"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    searchCustomers: {
        parameters: {
            query?: {
                category?: "A" | "B" | "C";
                country?: string;
                has_overdue?: "true" | "false";
                key_account?: "true" | "false";
                limit?: number;
                offset?: number;
                order?: "asc" | "desc";
                q?: string;
                sort?: "relevance" | "customer_no" | "name" | "created_at";
                type?: "current" | "prospect";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            category: string | null;
                            city: string | null;
                            country: string;
                            customer_no: string;
                            do_not_call: boolean;
                            key_account: boolean;
                            mobile_masked: string | null;
                            /** @description Whether the mobile parses (null without one) */
                            mobile_valid: boolean | null;
                            name: string;
                            outstanding: number;
                            overdue_installments: number;
                            sms_opt_out: boolean;
                            /** @description current | prospect */
                            type: string;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_no: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer360"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_no: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    category?: ("A" | "B" | "C") | null;
                    city?: string | null;
                    country?: string;
                    do_not_call?: boolean;
                    key_account?: boolean;
                    name?: string;
                    notes?: string | null;
                    sms_opt_out?: boolean;
                    /** @enum {string} */
                    type?: "current" | "prospect";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Customer360"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    correctNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_no: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    raw?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPoint"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    revealContactPoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_no: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        e164: string | null;
                        /** Format: uuid */
                        id: string;
                        kind: string;
                        raw: string;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    flagWrongNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_no: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    reason?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactPoint"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportCustomerAccount: {
        parameters: {
            query?: {
                format?: "xlsx" | "csv";
            };
            header?: never;
            path: {
                customer_no: string;
                kind: "installments" | "payments";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer's installments or payments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addCustomerNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_no: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    text: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        ok: true;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCustomerPromises: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                customer_no: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            agent: string | null;
                            amount: number;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: uuid */
                            id: string;
                            paid: number;
                            /** Format: date */
                            promised_date: string;
                            /** @enum {string} */
                            status: "kept" | "broken" | "open";
                        }[];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportCustomers: {
        parameters: {
            query?: {
                category?: "A" | "B" | "C";
                country?: string;
                has_overdue?: "true" | "false";
                key_account?: "true" | "false";
                limit?: number;
                offset?: number;
                order?: "asc" | "desc";
                q?: string;
                sort?: "relevance" | "customer_no" | "name" | "created_at";
                type?: "current" | "prospect";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customers as an XLSX workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    lookupCustomer: {
        parameters: {
            query: {
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            city: string | null;
                            country: string;
                            customer_no: string;
                            key_account: boolean;
                            mobile_masked: string | null;
                            name: string;
                            /** @description Whether the user may open the customer's page */
                            readable: boolean;
                            type: string;
                        }[];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAgentDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AgentDashboard"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCenterDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CenterDashboard"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTeamDashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDashboard"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDataCorrections: {
        parameters: {
            query?: {
                status?: "open" | "done";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            contract_nos: string | null;
                            /** Format: date-time */
                            created_at: string;
                            created_by: string | null;
                            /** @description Display name of the user (null for system or token actors) */
                            created_by_name: string | null;
                            customer_no: string;
                            /** Format: uuid */
                            id: string;
                            kind: string | null;
                            masked: string | null;
                            name: string;
                            reason: string;
                            /** @enum {string} */
                            status: "open" | "done";
                        }[];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resolveDataCorrection: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    kind?: "mobile" | "landline" | "work" | "home";
                    raw?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        reopened: boolean;
                        status: string;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDialerCampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DialerCampaigns"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    startListDialing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DialerStartInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DialerCampaign"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service the operation needs (the telephone switch, a provider) is not reachable right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    stopListDialing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        stopped: boolean;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEscalations: {
        parameters: {
            query?: {
                scope?: "mine" | "all";
                status?: "open" | "done" | "any";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationList"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createEscalation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The call on my seat (its id at the telephone) */
                    call_id?: string;
                    customer_no?: string;
                    /**
                     * Format: date-time
                     * @description The follow-up time promised to the customer
                     */
                    due_at: string;
                    note: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Escalation"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    closeEscalation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationChange"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    takeEscalation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationChange"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getEscalationSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EscalationSummary"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ImportRun"][];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportRun"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getImportRejections: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rejected rows (format=csv or xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                kind: "customers" | "installments" | "payments";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Accepted: the import runs in the background */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportRun"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listInquiries: {
        parameters: {
            query?: {
                channel?: "phone" | "fax" | "email";
                customer_no?: string;
                limit?: number;
                offset?: number;
                status?: "open" | "answered";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        has_more: boolean;
                        items: components["schemas"]["Inquiry"][];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createInquiry: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer?: string;
                    /**
                     * @default other
                     * @enum {string}
                     */
                    category?: "account" | "installments" | "products" | "shipment" | "complaint" | "other";
                    /** @enum {string} */
                    channel: "phone" | "fax" | "email";
                    customer_no?: string;
                    /** @default false */
                    first_contact_resolved?: boolean;
                    prospect?: {
                        /** @default SA */
                        country?: string;
                        /** Format: email */
                        email?: string;
                        name: string;
                        phone?: string;
                    };
                    /** @default  */
                    question?: string;
                    subject: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inquiry"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryDetail"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateInquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer?: string;
                    /** @enum {string} */
                    category?: "account" | "installments" | "products" | "shipment" | "complaint" | "other";
                    customer_no?: string;
                    first_contact_resolved?: boolean;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Inquiry"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addInquiryFax: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        content_type: "application/pdf" | "image/tiff";
                        created_at: string;
                        filename: string;
                        /** Format: uuid */
                        id: string;
                        size: number;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInquiryAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document in its own media type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    replyToInquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InquiryDetail"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createTicketFromInquiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    category: "service_failure" | "address_change" | "claim" | "advance_notice" | "inquiry" | "complaint" | "data_correction";
                    description?: string;
                    /** @default {} */
                    fields?: {
                        [key: string]: unknown;
                    };
                    subject?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        created_at: string;
                        group: string;
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** Format: date-time */
                        sla_due_at: string;
                        status: string;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getKpiReport: {
        parameters: {
            query: {
                by?: "day" | "interval" | "week" | "month" | "agent" | "queue";
                from: string;
                interval_minutes?: number;
                queue?: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        by: string;
                        definitions: {
                            ar: string;
                            en: string;
                            key: string;
                            name_ar: string;
                            name_en: string;
                        }[];
                        from: string;
                        interval_minutes: number;
                        queue: string | null;
                        rows: components["schemas"]["KpiRow"][];
                        time_zone: string;
                        to: string;
                        totals: components["schemas"]["KpiRow"];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    calculateStaffing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    aht_seconds: number;
                    calls: number;
                    /** @default 1800 */
                    interval_seconds?: number;
                    /** @default 1 */
                    max_occupancy?: number;
                    patience_seconds?: number;
                    /** @default 0 */
                    shrinkage?: number;
                    /** @default 20 */
                    target_seconds?: number;
                    /** @default 0.8 */
                    target_sl?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Agents on the phones the interval needs */
                        agents: number;
                        asa_seconds: number;
                        /** @enum {string} */
                        model: "erlang_c" | "erlang_a";
                        occupancy: number;
                        p_abandon: number;
                        p_wait: number;
                        /** @description Agents to schedule: agents ÷ (1 − shrinkage), rounded up */
                        scheduled: number;
                        service_level: number;
                        traffic_erlangs: number;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getStaffingDayPlan: {
        parameters: {
            query: {
                aht_seconds?: number;
                date: string;
                interval_minutes?: number;
                max_occupancy?: number;
                patience_seconds?: number;
                queue?: string;
                shrinkage?: number;
                target_seconds?: number;
                target_sl?: number;
                weeks?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        date: string;
                        history_days: string[];
                        interval_minutes: number;
                        intervals: {
                            agents: number;
                            aht_seconds: number | null;
                            calls: number;
                            interval: string;
                            scheduled: number;
                        }[];
                        peak_agents: number;
                        peak_scheduled: number;
                        queue: string | null;
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMarketingCampaigns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MarketingCampaign"][];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createMarketingCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ab_percent_b?: number;
                    ab_seed?: number;
                    agents?: string[];
                    allow_repeats?: boolean;
                    channels: ("phone" | "sms" | "email")[];
                    email_per_minute?: number;
                    email_template_b_id?: string | null;
                    email_template_id?: string | null;
                    /** Format: uuid */
                    list_id: string;
                    name: string;
                    /** Format: uuid */
                    offer_id: string;
                    sms_part_price?: number;
                    sms_per_minute?: number;
                    sms_template_b_id?: string | null;
                    sms_template_id?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketingCampaign"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMarketingCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketingCampaign"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMarketingCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    ab_percent_b?: number;
                    ab_seed?: number;
                    agents?: string[];
                    allow_repeats?: boolean;
                    channels?: ("phone" | "sms" | "email")[];
                    email_per_minute?: number;
                    email_template_b_id?: string | null;
                    email_template_id?: string | null;
                    /** Format: uuid */
                    list_id?: string;
                    name?: string;
                    /** Format: uuid */
                    offer_id?: string;
                    sms_part_price?: number;
                    sms_per_minute?: number;
                    sms_template_b_id?: string | null;
                    sms_template_id?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketingCampaign"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    endMarketingCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketingCampaign"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportMarketingCampaignResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    launchMarketingCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaign: components["schemas"]["MarketingCampaign"];
                        planned: number;
                        queued: number;
                        refused: number;
                        skipped: {
                            [key: string]: number;
                        };
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    pauseMarketingCampaign: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketingCampaign"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordMarketingResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    amount?: number;
                    customer_no: string;
                    /** @enum {string} */
                    outcome: "interested" | "not_interested" | "sale";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "sms" | "email";
                        /** @enum {string} */
                        outcome: "interested" | "not_interested" | "sale";
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMarketingCampaignResults: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketingResults"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMarketingOffers: {
        parameters: {
            query?: {
                status?: "active" | "archived" | "all";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MarketingOffer"][];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createMarketingOffer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    eligibility?: string;
                    faq?: {
                        a: string;
                        q: string;
                    }[];
                    name: string;
                    script?: string;
                    /** Format: date */
                    valid_from: string;
                    valid_to?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketingOffer"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMarketingOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketingOffer"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateMarketingOffer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    description?: string;
                    eligibility?: string;
                    faq?: {
                        a: string;
                        q: string;
                    }[];
                    name?: string;
                    script?: string;
                    /** @enum {string} */
                    status?: "active" | "archived";
                    /** Format: date */
                    valid_from?: string;
                    valid_to?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MarketingOffer"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMarketingTargetLists: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MarketingTargetList"][];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMarketingTemplates: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            body: string;
                            /** @enum {string} */
                            channel: "sms" | "email";
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            language: "ar" | "en";
                            name: string;
                            subject: string | null;
                        }[];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOfferOfMyItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        campaign: {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        } | null;
                        offer: components["schemas"]["MarketingOffer"] | null;
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendTestEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    to: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboundMessage"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listInboundEmails: {
        parameters: {
            query?: {
                fax?: "true" | "false";
                limit?: number;
                offset?: number;
                thread_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            attachments: number;
                            from_address: string | null;
                            from_name: string | null;
                            /** Format: uuid */
                            id: string;
                            is_fax: boolean;
                            message_id: string | null;
                            /** Format: date-time */
                            received_at: string;
                            sent_at: string | null;
                            subject: string | null;
                            thread_id: string | null;
                        }[];
                        total: number;
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInboundEmail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attachments: {
                            content_type: string;
                            filename: string | null;
                            /** Format: uuid */
                            id: string;
                            sha256: string | null;
                            size: number;
                            stored: boolean;
                        }[];
                        from_address: string | null;
                        from_name: string | null;
                        /** @description Render only in a sandboxed frame */
                        html: string | null;
                        /** Format: uuid */
                        id: string;
                        in_reply_to: string | null;
                        is_fax: boolean;
                        mailbox: string;
                        message_id: string | null;
                        problems: string[] | null;
                        /** Format: date-time */
                        received_at: string;
                        references: string[] | null;
                        sent_at: string | null;
                        size: number;
                        subject: string | null;
                        text: string | null;
                        thread_id: string | null;
                        to: string[] | null;
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getInboundAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The attachment in its own media type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMarketingOptOuts: {
        parameters: {
            query?: {
                address?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["MarketingOptOut"][];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordMarketingOptOut: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A mobile number (SMS) or an email address */
                    address: string;
                    /** @enum {string} */
                    channel: "sms" | "email";
                    note?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        address: string;
                        /** @enum {string} */
                        channel: "sms" | "email";
                        /** @description false: it was recorded already */
                        recorded: boolean;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOutbox: {
        parameters: {
            query?: {
                channel?: "sms" | "email";
                from?: string;
                limit?: number;
                offset?: number;
                purpose?: string;
                status?: "queued" | "sending" | "sent" | "delivered" | "failed" | "expired" | "rejected";
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["OutboundMessage"][];
                        total: number;
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOutboxMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        acknowledged_at: string | null;
                        attempts: number;
                        body: string;
                        business_ref: string | null;
                        /** @enum {string} */
                        channel: "sms" | "email";
                        /** @description Marketing SMS: the country whose rule applies (ISO alpha-2) */
                        country: string | null;
                        /** Format: date-time */
                        created_at: string;
                        encoding: ("gsm7" | "ucs2") | null;
                        error_class: string | null;
                        events: {
                            /** Format: date-time */
                            at: string;
                            detail: string | null;
                            status: string | null;
                            type: string;
                        }[];
                        final_at: string | null;
                        /** @description Marketing: held, unsent, until not_before by the country's hours, weekend or holiday */
                        hold_reason: ("hours" | "weekend" | "holiday") | null;
                        /** Format: uuid */
                        id: string;
                        last_error: string | null;
                        max_attempts: number;
                        /** Format: date-time */
                        not_before: string;
                        provider_message_id: string | null;
                        purpose: string;
                        /** @description Masked in lists; in full on one message (audited) */
                        recipient: string;
                        segments: number | null;
                        sender: string | null;
                        /** @enum {string} */
                        status: "queued" | "sending" | "sent" | "delivered" | "failed" | "expired" | "rejected";
                        subject: string | null;
                        submitted_at: string | null;
                        template_id: string | null;
                        /** Format: date-time */
                        updated_at: string;
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    retryOutboxMessage: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboundMessage"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOutboxStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Count per status (queued, sending, sent, delivered, failed, expired, rejected) */
                        by_status: {
                            [key: string]: number;
                        };
                        recovered_after_crash: number;
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProviderSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        email: {
                            fax_gateway_from: string | null;
                            from: string;
                            /** @description Passwords masked */
                            imap: string | null;
                            mailbox: string;
                            /** @description Passwords masked */
                            smtp: string | null;
                        };
                        outbox: {
                            lease_seconds: number;
                            max_attempts: number;
                        };
                        sms: {
                            /** @enum {string} */
                            adapter: "log" | "smpp" | "http";
                            delivery_report_webhook: {
                                enabled: boolean;
                                header: string;
                                path: string;
                            };
                            http: {
                                format: string;
                                method: string;
                                /** @description Passwords masked */
                                url: string | null;
                                window: number;
                            } | null;
                            sender: string;
                            smpp: {
                                throttle_per_second: number;
                                /** @description Passwords masked */
                                url: string | null;
                                window: number;
                            } | null;
                        };
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendTestSms: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @default 1 */
                    max_segments?: number;
                    to: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboundMessage"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTemplates: {
        parameters: {
            query?: {
                channel?: "sms" | "email";
                language?: "ar" | "en";
                purpose?: "reminder" | "followup" | "thanks" | "marketing" | "survey_invitation" | "complaint_ack" | "resolution_notice" | "general";
                status?: "draft" | "approved" | "archived";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Template"][];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /** @enum {string} */
                    channel: "sms" | "email";
                    html?: string;
                    /**
                     * @default ar
                     * @enum {string}
                     */
                    language?: "ar" | "en";
                    /** @default 1 */
                    max_segments?: number;
                    name: string;
                    /** @enum {string} */
                    purpose: "reminder" | "followup" | "thanks" | "marketing" | "survey_invitation" | "complaint_ack" | "resolution_notice" | "general";
                    subject?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body?: string;
                    html?: string | null;
                    max_segments?: number;
                    name?: string;
                    subject?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    approveTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    archiveTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Template"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewTemplate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    /**
                     * @default sms
                     * @enum {string}
                     */
                    channel?: "sms" | "email";
                    /** @default 1 */
                    max_segments?: number;
                    /** @enum {string} */
                    purpose?: "reminder" | "followup" | "thanks" | "marketing" | "survey_invitation" | "complaint_ack" | "resolution_notice" | "general";
                    samples?: {
                        [key: string]: string;
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemplatePreview"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unsubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page with the button that unsubscribes */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["Error"];
                };
            };
            /** @description A page saying the link is not valid */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["Error"];
                };
            };
        };
    };
    unsubscribeOneClick: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page saying marketing email stopped */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": components["schemas"]["Error"];
                };
            };
        };
    };
    receiveDeliveryReportWithHeader: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A delivery report: id and status, or the configured gateway's own fields */
        requestBody: {
            content: {
                "application/json": {
                    id?: string | number;
                    message_id?: string | number;
                    messageId?: string | number;
                    /** @description queued | sent | delivered | failed | expired | rejected */
                    status?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "applied" | "duplicate" | "pending";
                        provider_message_id: string;
                        /** @enum {string} */
                        status: "queued" | "sent" | "delivered" | "failed" | "expired" | "rejected";
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    receiveDeliveryReportByQuery: {
        parameters: {
            query?: {
                id?: string | number;
                message_id?: string | number;
                messageId?: string | number;
                /** @description queued | sent | delivered | failed | expired | rejected */
                status?: string;
            };
            header?: never;
            path: {
                secret: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "applied" | "duplicate" | "pending";
                        provider_message_id: string;
                        /** @enum {string} */
                        status: "queued" | "sent" | "delivered" | "failed" | "expired" | "rejected";
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    receiveDeliveryReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                secret: string;
            };
            cookie?: never;
        };
        /** @description A delivery report: id and status, or the configured gateway's own fields */
        requestBody: {
            content: {
                "application/json": {
                    id?: string | number;
                    message_id?: string | number;
                    messageId?: string | number;
                    /** @description queued | sent | delivered | failed | expired | rejected */
                    status?: string;
                } & {
                    [key: string]: unknown;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "applied" | "duplicate" | "pending";
                        provider_message_id: string;
                        /** @enum {string} */
                        status: "queued" | "sent" | "delivered" | "failed" | "expired" | "rejected";
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listMyWorkItems: {
        parameters: {
            query?: {
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            amount: number;
                            attempts: number;
                            credit_type: string | null;
                            currency: string;
                            customer_no: string;
                            due_now: boolean;
                            /** Format: uuid */
                            id: string;
                            installments: {
                                contract_no: string;
                                /** Format: date */
                                due_date: string;
                                installment_no: number;
                                outstanding: number;
                            }[];
                            name: string;
                            next_attempt_at: string | null;
                            /** @description reached | no_answer | busy | not_present | wrong_number | promise_to_pay | refused | call_dropped | callback_requested | interested | not_interested | sale */
                            outcome: string | null;
                            phone_masked: string | null;
                            /** @description 1-based position of the number to call, 0 when none */
                            phone_position: number;
                            phones_count: number;
                            purpose: string;
                            reason: string | null;
                            status: string;
                            tier: number | null;
                            top: boolean;
                        }[];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCallProtocol: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallProtocol"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordCallOutcome: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    /** @enum {string} */
                    outcome: "resolved" | "information_given" | "escalated" | "callback_promised" | "promise_to_pay" | "not_resolved" | "wrong_number" | "other";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallProtocol"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordProtocolStep: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    step: "greeted" | "hold_consent_asked" | "hold_started" | "hold_returned" | "second_hold" | "callback_suggested" | "resolved_confirmed" | "more_help_offered" | "rating_invited";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallProtocol"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listProtocolPhrases: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["ProtocolPhrase"][];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProtocolPhrase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    /** @enum {string} */
                    kind: "greeting" | "empathy" | "positive" | "hold" | "second_hold" | "hold_return" | "late_apology" | "callback" | "closing" | "escalation" | "script";
                    /** @default null */
                    purpose?: ("reminder" | "follow_up" | "thanks" | "marketing" | "survey" | "inquiry" | "complaint") | null;
                    /** @default 0 */
                    sort?: number;
                    text_ar: string;
                    text_en: string;
                    /** @default null */
                    title_ar?: string | null;
                    /** @default null */
                    title_en?: string | null;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtocolPhrase"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateProtocolPhrase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    purpose?: ("reminder" | "follow_up" | "thanks" | "marketing" | "survey" | "inquiry" | "complaint") | null;
                    sort?: number;
                    text_ar?: string;
                    text_en?: string;
                    title_ar?: string | null;
                    title_en?: string | null;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtocolPhrase"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    surveyPageScript: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": string;
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/javascript": components["schemas"]["Error"];
                };
            };
        };
    };
    answerSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: {
                        [key: string]: (number | boolean | string | string[]) | null;
                    };
                    /** @default false */
                    complete?: boolean;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        completed: boolean;
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Gone: the link has expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Too many requests; wait (Retry-After) and try again */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agent_target_aht_seconds?: number;
                    agent_target_calls?: number;
                    calling_window?: {
                        end: string;
                        start: string;
                    };
                    company_name?: string;
                    currency?: string;
                    daily_run_time?: string;
                    followup_days_after?: number;
                    greeting_target_seconds?: number;
                    hold_seconds?: number;
                    holidays?: {
                        /** Format: date */
                        date: string;
                        name: string;
                    }[];
                    marketing_sms_rules?: {
                        country: string;
                        holidays: {
                            /** Format: date */
                            date: string;
                            name: string;
                        }[];
                        sender: string;
                        sender_prefix: string;
                        sender_suffix: string;
                        timezone: string;
                        weekend: ("sun" | "mon" | "tue" | "wed" | "thu" | "fri" | "sat")[];
                        window: {
                            end: string;
                            start: string;
                        };
                    }[];
                    max_attempts_per_day?: number;
                    rating_cooldown_days?: number;
                    reminder_days_before?: number;
                    retry_delay_minutes?: number;
                    send_rate_limits?: {
                        email_per_minute: number;
                        sms_per_minute: number;
                        sms_per_second: number;
                    };
                    sms_sender?: string;
                    tier1_above?: number;
                    tier2_from?: number;
                    timezone?: string;
                    wallboard_max_abandon_percent?: number;
                    wallboard_max_wait_seconds?: number;
                    weekend?: ("sun" | "mon" | "tue" | "wed" | "thu" | "fri" | "sat")[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Settings"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSurveys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SurveySummary"][];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    after_call?: boolean;
                    after_ticket?: boolean;
                    briefing?: string;
                    cooldown_days?: number;
                    definition: {
                        /**
                         * @default {
                         *       "ar": "",
                         *       "en": ""
                         *     }
                         */
                        intro?: {
                            /** @default  */
                            ar?: string;
                            /** @default  */
                            en?: string;
                        };
                        sections: {
                            questions: {
                                key: string;
                                options?: {
                                    key: string;
                                    label: {
                                        ar: string;
                                        /** @default  */
                                        en?: string;
                                    };
                                }[];
                                /** @default false */
                                required?: boolean;
                                show_if?: {
                                    question: string;
                                    values: (number | boolean | string)[];
                                };
                                text: {
                                    ar: string;
                                    /** @default  */
                                    en?: string;
                                };
                                /** @enum {string} */
                                type: "rating" | "nps" | "ces" | "yes_no" | "single" | "multiple" | "text";
                            }[];
                            /**
                             * @default {
                             *       "ar": "",
                             *       "en": ""
                             *     }
                             */
                            title?: {
                                /** @default  */
                                ar?: string;
                                /** @default  */
                                en?: string;
                            };
                        }[];
                        /**
                         * @default {
                         *       "ar": "",
                         *       "en": ""
                         *     }
                         */
                        thanks?: {
                            /** @default  */
                            ar?: string;
                            /** @default  */
                            en?: string;
                        };
                        title: {
                            ar: string;
                            /** @default  */
                            en?: string;
                        };
                    };
                    link_days?: number;
                    name: string;
                    sampling_percent?: number;
                    /** @enum {string} */
                    status?: "draft" | "active" | "archived";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    after_call?: boolean;
                    after_ticket?: boolean;
                    briefing?: string;
                    cooldown_days?: number;
                    definition?: {
                        /**
                         * @default {
                         *       "ar": "",
                         *       "en": ""
                         *     }
                         */
                        intro?: {
                            /** @default  */
                            ar?: string;
                            /** @default  */
                            en?: string;
                        };
                        sections: {
                            questions: {
                                key: string;
                                options?: {
                                    key: string;
                                    label: {
                                        ar: string;
                                        /** @default  */
                                        en?: string;
                                    };
                                }[];
                                /** @default false */
                                required?: boolean;
                                show_if?: {
                                    question: string;
                                    values: (number | boolean | string)[];
                                };
                                text: {
                                    ar: string;
                                    /** @default  */
                                    en?: string;
                                };
                                /** @enum {string} */
                                type: "rating" | "nps" | "ces" | "yes_no" | "single" | "multiple" | "text";
                            }[];
                            /**
                             * @default {
                             *       "ar": "",
                             *       "en": ""
                             *     }
                             */
                            title?: {
                                /** @default  */
                                ar?: string;
                                /** @default  */
                                en?: string;
                            };
                        }[];
                        /**
                         * @default {
                         *       "ar": "",
                         *       "en": ""
                         *     }
                         */
                        thanks?: {
                            /** @default  */
                            ar?: string;
                            /** @default  */
                            en?: string;
                        };
                        title: {
                            ar: string;
                            /** @default  */
                            en?: string;
                        };
                    };
                    link_days?: number;
                    name?: string;
                    sampling_percent?: number;
                    /** @enum {string} */
                    status?: "draft" | "active" | "archived";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSurveyAnalysis: {
        parameters: {
            query?: {
                channel?: "sms" | "email" | "link" | "phone" | "paper";
                from?: string;
                q?: string;
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SurveyAnalysis"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    acknowledgeSurveyBriefing: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Survey"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportSurveyResponses: {
        parameters: {
            query?: {
                channel?: "sms" | "email" | "link" | "phone" | "paper";
                from?: string;
                q?: string;
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The responses */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    inviteToSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "sms" | "email" | "link";
                    customer_no: string;
                    /**
                     * @default ar
                     * @enum {string}
                     */
                    language?: "ar" | "en";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "sms" | "email" | "link";
                        expires_at: string;
                        /** Format: uuid */
                        id: string;
                        url: string | null;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    enterSurveyResponse: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers: {
                        [key: string]: (number | boolean | string | string[]) | null;
                    };
                    /** @enum {string} */
                    channel: "phone" | "paper";
                    customer_no?: string;
                    /** Format: uuid */
                    version_id?: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        completed: boolean;
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewSurvey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    definition: {
                        /**
                         * @default {
                         *       "ar": "",
                         *       "en": ""
                         *     }
                         */
                        intro?: {
                            /** @default  */
                            ar?: string;
                            /** @default  */
                            en?: string;
                        };
                        sections: {
                            questions: {
                                key: string;
                                options?: {
                                    key: string;
                                    label: {
                                        ar: string;
                                        /** @default  */
                                        en?: string;
                                    };
                                }[];
                                /** @default false */
                                required?: boolean;
                                show_if?: {
                                    question: string;
                                    values: (number | boolean | string)[];
                                };
                                text: {
                                    ar: string;
                                    /** @default  */
                                    en?: string;
                                };
                                /** @enum {string} */
                                type: "rating" | "nps" | "ces" | "yes_no" | "single" | "multiple" | "text";
                            }[];
                            /**
                             * @default {
                             *       "ar": "",
                             *       "en": ""
                             *     }
                             */
                            title?: {
                                /** @default  */
                                ar?: string;
                                /** @default  */
                                en?: string;
                            };
                        }[];
                        /**
                         * @default {
                         *       "ar": "",
                         *       "en": ""
                         *     }
                         */
                        thanks?: {
                            /** @default  */
                            ar?: string;
                            /** @default  */
                            en?: string;
                        };
                        title: {
                            ar: string;
                            /** @default  */
                            en?: string;
                        };
                    };
                    /**
                     * @default ar
                     * @enum {string}
                     */
                    language?: "ar" | "en";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        html: string;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    snoopAgentCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agent: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    mode: "listen" | "whisper" | "barge";
                };
            };
        };
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service the operation needs (the telephone switch, a provider) is not reachable right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    forceAgentState: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                agent: string;
            };
            cookie?: never;
        };
        /** @description The state a supervisor forces (not during a call) */
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    state: "available" | "break" | "offline";
                };
            };
        };
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listBreakReasonsAdmin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["BreakReasonAdmin"][];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveBreakReason: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lower-case letters, digits and _ (service, key_accounts) */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active: boolean;
                    limit_minutes: number | null;
                    name_ar: string;
                    name_en: string;
                    sort: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakReasonAdmin"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreakReasonAdmin"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCallbacks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackList"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    moveWaitingCall: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    queue: string;
                };
            };
        };
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listIvrMenus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["IvrMenuSummary"][];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getIvrMenu: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lower-case letters, digits and _ (service, key_accounts) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IvrMenu"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveIvrMenu: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lower-case letters, digits and _ (service, key_accounts) */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    tree: components["schemas"]["IvrNodeInput"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IvrMenu"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IvrMenu"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteIvrMenu: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lower-case letters, digits and _ (service, key_accounts) */
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    tryIvrMenu: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lower-case letters, digits and _ (service, key_accounts) */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Keys pressed, or `timeout` for silence, in order */
                    inputs: (("0" | "1" | "2" | "3" | "4" | "5" | "6" | "7" | "8" | "9" | "*" | "#") | "timeout")[];
                    tree: components["schemas"]["IvrNodeInput"];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IvrTryResult"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTelephonyLive: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveView"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCallQueues: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["CallQueue"][];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveCallQueue: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Lower-case letters, digits and _ (service, key_accounts) */
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active: boolean;
                    callback_after_seconds: number | null;
                    /** @enum {string} */
                    closed_action: "message" | "callback" | "voicemail";
                    greeting: {
                        media?: string;
                        text?: string;
                    } | null;
                    /** @description Opening hours, `08:00-20:00` or `08:00-12:00,16:00-22:00` */
                    hours: string;
                    name_ar: string;
                    name_en: string;
                    overflow_queue: string | null;
                    overflow_seconds: number | null;
                    priority: number;
                    short_abandon_seconds: number;
                    /**
                     * @description The skill an agent needs to take these calls
                     * @enum {string}
                     */
                    skill: "collections" | "marketing" | "service" | "key_accounts";
                    /** @enum {string} */
                    sl_abandoned: "negative" | "ignored" | "positive";
                    sl_seconds: number;
                    sl_target_percent: number;
                    /** @enum {string} */
                    strategy: "longest_idle" | "least_recent" | "fewest_calls" | "round_robin" | "random" | "ring_all";
                    wrap_up_seconds: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallQueue"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallQueue"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDialRoutes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["DialRoute"][];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveDialRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The number dialled, digits only, or `default` for numbers without a route */
                dnis: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string | null;
                    target: string;
                    /** @enum {string} */
                    target_kind: "ivr" | "queue";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DialRoute"];
                };
            };
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DialRoute"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteDialRoute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The number dialled, digits only, or `default` for numbers without a route */
                dnis: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSeat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Seat"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    answerSeatCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service the operation needs (the telephone switch, a provider) is not reachable right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listSeatCallbacks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackList"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    dialSeatCallback: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dial"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service the operation needs (the telephone switch, a provider) is not reachable right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getSeatCaller: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallerContext"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLastDial: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LastDial"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    dialFromSeat: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DialRequestInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Dial"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service the operation needs (the telephone switch, a provider) is not reachable right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    hangupSeatCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service the operation needs (the telephone switch, a provider) is not reachable right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    holdSeatCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    on: boolean;
                };
            };
        };
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service the operation needs (the telephone switch, a provider) is not reachable right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setSeatState: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A break reason code (break only) */
                    reason?: string;
                    /** @enum {string} */
                    state: "available" | "break" | "offline";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Seat"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    transferSeatCall: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    queue: string;
                };
            };
        };
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service the operation needs (the telephone switch, a provider) is not reachable right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    finishWrapUp: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no content */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description A service the operation needs (the telephone switch, a provider) is not reachable right now */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTicketGroups: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketGroups"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateTicketGroup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    countries?: string[];
                    name_ar?: string;
                    name_en?: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        active: boolean;
                        code: string;
                        countries: string[];
                        name_ar: string;
                        name_en: string;
                        /** Format: date-time */
                        updated_at: string;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setTicketGroupMembers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    user_ids: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketGroups"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getKeyAccountsReport: {
        parameters: {
            query: {
                format?: "json" | "xlsx";
                month: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report (format=json) or the workbook (format=xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description key_accounts_monthly */
                        kind: string;
                        month: string;
                        period: {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                        };
                        rows: {
                            backlog: number;
                            category: string;
                            category_name: string;
                            customer_name: string;
                            customer_no: string;
                            median_resolution_hours: number | null;
                            opened: number;
                            resolved: number;
                            resolved_within_sla: number;
                            /** @description 0..1, or null when nothing was resolved */
                            sla_compliance: number | null;
                        }[];
                        time_zone: string;
                        title: string;
                        totals: {
                            backlog: number;
                            median_resolution_hours: number | null;
                            opened: number;
                            resolved: number;
                            resolved_within_sla: number;
                            /** @description 0..1, or null when nothing was resolved */
                            sla_compliance: number | null;
                        };
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWeeklyReport: {
        parameters: {
            query?: {
                format?: "json" | "xlsx";
                week_start?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report (format=json) or the workbook (format=xlsx) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        groups: {
                            backlog: number;
                            breached_open: number;
                            group: string;
                            median_first_response_hours: number | null;
                            median_resolution_hours: number | null;
                            opened: number;
                            resolved: number;
                            resolved_within_sla: number;
                            /** @description 0..1, or null when nothing was resolved */
                            sla_compliance: number | null;
                        }[];
                        /** @description weekly_performance */
                        kind: string;
                        people: {
                            name: string;
                            resolved: number;
                            /** @description 0..1, or null when nothing was resolved */
                            sla_compliance: number | null;
                        }[];
                        period: {
                            /** Format: date-time */
                            from: string;
                            /** Format: date-time */
                            to: string;
                        };
                        time_zone: string;
                        title: string;
                        totals: {
                            backlog: number;
                            breached_open: number;
                            median_first_response_hours: number | null;
                            median_resolution_hours: number | null;
                            opened: number;
                            resolved: number;
                            resolved_within_sla: number;
                            /** @description 0..1, or null when nothing was resolved */
                            sla_compliance: number | null;
                        };
                        /** Format: date */
                        week_start: string;
                    };
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTicketSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketSettings"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateTicketSettings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    business_hours?: {
                        shifts: {
                            end: string;
                            start: string;
                        }[];
                    };
                    claim_approval_above?: number;
                    policies?: {
                        /** @default null */
                        category?: ("service_failure" | "address_change" | "claim" | "advance_notice" | "inquiry" | "complaint" | "data_correction") | null;
                        /** @enum {string} */
                        clock: "calendar" | "business";
                        group: string;
                        resolution_hours: number;
                        /** @default null */
                        response_hours?: number | null;
                        /** @default 4 */
                        warn_before_hours?: number;
                    }[];
                    report_recipients?: {
                        monthly: string[];
                        weekly: string[];
                    };
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketSettings"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listTickets: {
        parameters: {
            query?: {
                breached?: "true" | "false";
                category?: "service_failure" | "address_change" | "claim" | "advance_notice" | "inquiry" | "complaint" | "data_correction";
                customer_no?: string;
                group?: string;
                limit?: number;
                offset?: number;
                queue?: "mine" | "group" | "all";
                status?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description The signed-in user's groups */
                        groups: string[];
                        has_more: boolean;
                        items: {
                            assignee: {
                                /** Format: uuid */
                                id: string;
                                name: string | null;
                            } | null;
                            breached: boolean;
                            can_assign: boolean;
                            can_take: boolean;
                            category: string;
                            claim_approval: string | null;
                            country: string;
                            created_at: string | null;
                            customer_name: string;
                            customer_no: string;
                            group: string;
                            /** Format: uuid */
                            id: string;
                            key_account: boolean;
                            number: string;
                            priority: string;
                            sla_due_at: string | null;
                            /** @enum {string} */
                            sla_state: "ok" | "warning" | "breached" | "paused" | "met" | "missed";
                            status: string;
                            subject: string;
                            updated_at: string | null;
                            version: number;
                        }[];
                        /** @enum {string} */
                        queue: "mine" | "group" | "all";
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    category: "service_failure" | "address_change" | "claim" | "advance_notice" | "inquiry" | "complaint" | "data_correction";
                    customer_no: string;
                    /** @default  */
                    description?: string;
                    /** @default {} */
                    fields?: {
                        [key: string]: string | number | boolean | null;
                    };
                    /**
                     * @default normal
                     * @enum {string}
                     */
                    priority?: "low" | "normal" | "high" | "urgent";
                    subject: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        created_at: string;
                        group: string;
                        /** Format: uuid */
                        id: string;
                        number: string;
                        /** Format: date-time */
                        sla_due_at: string;
                        status: string;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ticket"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    assignTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    assignee_id: string | null;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketSummary"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addTicketAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        content_type: string;
                        filename: string;
                        /** Format: uuid */
                        id: string;
                        size: number;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getTicketAttachment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                attachmentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file in its own media type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "*/*": string;
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    decideClaim: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    approve: boolean;
                    note?: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketSummary"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    closeTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    resolution: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketSummary"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    addTicketNote: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        ticket: components["schemas"]["TicketSummary"];
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    replyToTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        ticket: components["schemas"]["TicketSummary"];
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changeTicketStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "open" | "pending" | "resolve" | "reopen";
                    resolution?: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketSummary"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    transferTicket: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    group: string;
                    note?: string;
                    version?: number;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketSummary"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                active?: "true" | "false";
                limit?: number;
                offset?: number;
                q?: string;
                role?: "admin" | "manager" | "supervisor" | "agent" | "it" | "marketing" | "claims";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["User"][];
                        total: number;
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default true */
                    active?: boolean;
                    display_name: string;
                    /**
                     * @default ar
                     * @enum {string}
                     */
                    locale?: "ar" | "en";
                    password: string;
                    /** @enum {string} */
                    role: "admin" | "manager" | "supervisor" | "agent" | "it" | "marketing" | "claims";
                    /** @default [] */
                    skills?: ("collections" | "marketing" | "service" | "key_accounts")[];
                    /** @default [] */
                    teams?: string[];
                    username: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deactivateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    updateUser: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    active?: boolean;
                    display_name?: string;
                    /** @enum {string} */
                    locale?: "ar" | "en";
                    password?: string;
                    /** @enum {string} */
                    role?: "admin" | "manager" | "supervisor" | "agent" | "it" | "marketing" | "claims";
                    skills?: ("collections" | "marketing" | "service" | "key_accounts")[];
                    teams?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWallboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Wallboard"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWallboardDay: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WallboardDay"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordAttempt: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    callback_at?: string;
                    expected_attempts: number;
                    note?: string;
                    /** @enum {string} */
                    outcome: "reached" | "no_answer" | "busy" | "not_present" | "wrong_number" | "promise_to_pay" | "refused" | "call_dropped" | "callback_requested" | "interested" | "not_interested" | "sale";
                    promise_amount?: number | string;
                    /** Format: date */
                    promise_date?: string;
                    sale_amount?: number | string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        attempts: number;
                        /** Format: uuid */
                        id: string;
                        next_attempt_at: string | null;
                        status: string;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendWorkItemBack: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        status: string;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAllWorkLists: {
        parameters: {
            query?: {
                limit?: number;
                status?: "draft" | "approved" | "distributed" | "in_progress" | "completed" | "signed_off";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            assigned: number;
                            business_date: string;
                            /** @enum {string} */
                            channel: "phone" | "sms" | "email";
                            closed: number;
                            filter: {
                                categories?: ("A" | "B" | "C")[];
                                cities?: string[];
                                /** Format: date */
                                contacted_since?: string;
                                countries?: string[];
                                key_account?: boolean;
                                /** Format: date */
                                not_contacted_since?: string;
                                paid_up?: boolean;
                                products?: string[];
                                types?: ("current" | "prospect")[];
                            } | null;
                            /** Format: uuid */
                            id: string;
                            import: {
                                added: number;
                                already_in_list: number;
                                error: {
                                    code: string;
                                    message: string;
                                    message_ar: string;
                                } | null;
                                file_name: string;
                                /** Format: uuid */
                                id: string;
                                progress: number;
                                rejected: number;
                                rows: number;
                                /** @description queued | running | done | done_with_rejections | failed */
                                status: string;
                            } | null;
                            items: number;
                            name: string | null;
                            /** @enum {string} */
                            purpose: "reminder" | "followup" | "thanks" | "marketing" | "survey";
                            /** @description daily | filter | import */
                            source: string;
                            /** @enum {string} */
                            status: "draft" | "approved" | "distributed" | "in_progress" | "completed" | "signed_off";
                            steps: {
                                approved: {
                                    /** Format: date-time */
                                    at: string;
                                    by: string | null;
                                    by_name: string | null;
                                } | null;
                                completed: {
                                    /** Format: date-time */
                                    at: string;
                                    by: string | null;
                                    by_name: string | null;
                                } | null;
                                /** @description Who took the step and when */
                                created: {
                                    /** Format: date-time */
                                    at: string;
                                    by: string | null;
                                    by_name: string | null;
                                };
                                distributed: {
                                    /** Format: date-time */
                                    at: string;
                                    by: string | null;
                                    by_name: string | null;
                                } | null;
                                signed_off: {
                                    /** Format: date-time */
                                    at: string;
                                    by: string | null;
                                    by_name: string | null;
                                } | null;
                                started: {
                                    /** Format: date-time */
                                    at: string;
                                    by: string | null;
                                    by_name: string | null;
                                } | null;
                            };
                        }[];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigned: number;
                        business_date: string;
                        /** @enum {string} */
                        channel: "phone" | "sms" | "email";
                        closed: number;
                        filter: {
                            categories?: ("A" | "B" | "C")[];
                            cities?: string[];
                            /** Format: date */
                            contacted_since?: string;
                            countries?: string[];
                            key_account?: boolean;
                            /** Format: date */
                            not_contacted_since?: string;
                            paid_up?: boolean;
                            products?: string[];
                            types?: ("current" | "prospect")[];
                        } | null;
                        /** Format: uuid */
                        id: string;
                        import: {
                            added: number;
                            already_in_list: number;
                            error: {
                                code: string;
                                message: string;
                                message_ar: string;
                            } | null;
                            file_name: string;
                            /** Format: uuid */
                            id: string;
                            progress: number;
                            rejected: number;
                            rows: number;
                            /** @description queued | running | done | done_with_rejections | failed */
                            status: string;
                        } | null;
                        items: number;
                        name: string | null;
                        /** @enum {string} */
                        purpose: "reminder" | "followup" | "thanks" | "marketing" | "survey";
                        /** @description daily | filter | import */
                        source: string;
                        /** @enum {string} */
                        status: "draft" | "approved" | "distributed" | "in_progress" | "completed" | "signed_off";
                        steps: {
                            approved: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                            completed: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                            /** @description Who took the step and when */
                            created: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            };
                            distributed: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                            signed_off: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                            started: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                        };
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    discardWorkList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        deleted: boolean;
                        /** Format: uuid */
                        id: string;
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    approveWorkList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigned: number;
                        business_date: string;
                        /** @enum {string} */
                        channel: "phone" | "sms" | "email";
                        closed: number;
                        filter: {
                            categories?: ("A" | "B" | "C")[];
                            cities?: string[];
                            /** Format: date */
                            contacted_since?: string;
                            countries?: string[];
                            key_account?: boolean;
                            /** Format: date */
                            not_contacted_since?: string;
                            paid_up?: boolean;
                            products?: string[];
                            types?: ("current" | "prospect")[];
                        } | null;
                        /** Format: uuid */
                        id: string;
                        import: {
                            added: number;
                            already_in_list: number;
                            error: {
                                code: string;
                                message: string;
                                message_ar: string;
                            } | null;
                            file_name: string;
                            /** Format: uuid */
                            id: string;
                            progress: number;
                            rejected: number;
                            rows: number;
                            /** @description queued | running | done | done_with_rejections | failed */
                            status: string;
                        } | null;
                        items: number;
                        name: string | null;
                        /** @enum {string} */
                        purpose: "reminder" | "followup" | "thanks" | "marketing" | "survey";
                        /** @description daily | filter | import */
                        source: string;
                        /** @enum {string} */
                        status: "draft" | "approved" | "distributed" | "in_progress" | "completed" | "signed_off";
                        steps: {
                            approved: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                            completed: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                            /** @description Who took the step and when */
                            created: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            };
                            distributed: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                            signed_off: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                            started: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                        };
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getWorkListRejections: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rejected rows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWorkListFromFile: {
        parameters: {
            query: {
                business_date: string;
                channel: "phone" | "sms" | "email";
                name: string;
                purpose: "marketing" | "survey" | "followup";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The file
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description Accepted: the file is read in the background */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigned: number;
                        business_date: string;
                        /** @enum {string} */
                        channel: "phone" | "sms" | "email";
                        closed: number;
                        filter: {
                            categories?: ("A" | "B" | "C")[];
                            cities?: string[];
                            /** Format: date */
                            contacted_since?: string;
                            countries?: string[];
                            key_account?: boolean;
                            /** Format: date */
                            not_contacted_since?: string;
                            paid_up?: boolean;
                            products?: string[];
                            types?: ("current" | "prospect")[];
                        } | null;
                        /** Format: uuid */
                        id: string;
                        import: {
                            added: number;
                            already_in_list: number;
                            error: {
                                code: string;
                                message: string;
                                message_ar: string;
                            } | null;
                            file_name: string;
                            /** Format: uuid */
                            id: string;
                            progress: number;
                            rejected: number;
                            rows: number;
                            /** @description queued | running | done | done_with_rejections | failed */
                            status: string;
                        } | null;
                        items: number;
                        name: string | null;
                        /** @enum {string} */
                        purpose: "reminder" | "followup" | "thanks" | "marketing" | "survey";
                        /** @description daily | filter | import */
                        source: string;
                        /** @enum {string} */
                        status: "draft" | "approved" | "distributed" | "in_progress" | "completed" | "signed_off";
                        steps: {
                            approved: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                            completed: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                            /** @description Who took the step and when */
                            created: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            };
                            distributed: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                            signed_off: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                            started: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                        };
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createWorkListFromFilter: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date */
                    business_date: string;
                    /** @enum {string} */
                    channel: "phone" | "sms" | "email";
                    filter: {
                        categories?: ("A" | "B" | "C")[];
                        cities?: string[];
                        /** Format: date */
                        contacted_since?: string;
                        countries?: string[];
                        key_account?: boolean;
                        /** Format: date */
                        not_contacted_since?: string;
                        paid_up?: boolean;
                        products?: string[];
                        types?: ("current" | "prospect")[];
                    };
                    name: string;
                    /** @enum {string} */
                    purpose: "marketing" | "survey" | "followup";
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assigned: number;
                        business_date: string;
                        /** @enum {string} */
                        channel: "phone" | "sms" | "email";
                        closed: number;
                        filter: {
                            categories?: ("A" | "B" | "C")[];
                            cities?: string[];
                            /** Format: date */
                            contacted_since?: string;
                            countries?: string[];
                            key_account?: boolean;
                            /** Format: date */
                            not_contacted_since?: string;
                            paid_up?: boolean;
                            products?: string[];
                            types?: ("current" | "prospect")[];
                        } | null;
                        /** Format: uuid */
                        id: string;
                        import: {
                            added: number;
                            already_in_list: number;
                            error: {
                                code: string;
                                message: string;
                                message_ar: string;
                            } | null;
                            file_name: string;
                            /** Format: uuid */
                            id: string;
                            progress: number;
                            rejected: number;
                            rows: number;
                            /** @description queued | running | done | done_with_rejections | failed */
                            status: string;
                        } | null;
                        items: number;
                        name: string | null;
                        /** @enum {string} */
                        purpose: "reminder" | "followup" | "thanks" | "marketing" | "survey";
                        /** @description daily | filter | import */
                        source: string;
                        /** @enum {string} */
                        status: "draft" | "approved" | "distributed" | "in_progress" | "completed" | "signed_off";
                        steps: {
                            approved: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                            completed: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                            /** @description Who took the step and when */
                            created: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            };
                            distributed: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                            signed_off: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                            started: {
                                /** Format: date-time */
                                at: string;
                                by: string | null;
                                by_name: string | null;
                            } | null;
                        };
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    previewWorkList: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    channel: "phone" | "sms" | "email";
                    filter: {
                        categories?: ("A" | "B" | "C")[];
                        cities?: string[];
                        /** Format: date */
                        contacted_since?: string;
                        countries?: string[];
                        key_account?: boolean;
                        /** Format: date */
                        not_contacted_since?: string;
                        paid_up?: boolean;
                        products?: string[];
                        types?: ("current" | "prospect")[];
                    };
                    /** @enum {string} */
                    purpose: "marketing" | "survey" | "followup";
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        excluded: {
                            [key: string]: number;
                        };
                        matching: number;
                        reachable: number;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkLists: {
        parameters: {
            query?: {
                date?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkListsOverview"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    distributeWorkList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    agents?: string[];
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WorkListsOverview"];
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    exportWorkList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The list as an XLSX workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listWorkListItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            agent: string | null;
                            /** @description Display name of the user (null for system or token actors) */
                            agent_name: string | null;
                            amount: number;
                            attempts: number;
                            currency: string;
                            customer_no: string;
                            /** Format: uuid */
                            id: string;
                            installments: {
                                contract_no: string;
                                installment_no: number;
                                outstanding: number;
                                outstanding_minor: number;
                            }[];
                            /** @description The last call's outcome, also while the item is open */
                            last_outcome: string | null;
                            name: string;
                            next_attempt_at: string | null;
                            outcome: string | null;
                            phone_masked: string | null;
                            reason: string | null;
                            status: string;
                            tier: number | null;
                        }[];
                    };
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    reassignWorkItems: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    from?: string;
                    item_ids?: string[];
                    to: string;
                };
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        moved: number;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    sendSmsListNow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        duplicates: number;
                        moved_to_phone: number;
                        queued: number;
                        refused: number;
                        refused_reasons: {
                            [key: string]: number;
                        };
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOffWorkList: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        status: string;
                    };
                };
            };
            /** @description The request body is not valid JSON, or the request is not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not signed in, the session has expired, or the credentials are wrong */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not allowed: the role may not do this, or the request came from another site */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The change conflicts with the current data (the code says which rule) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The request or the file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The body is not in the accepted media type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Some fields are missing or not valid (errors names each field) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
