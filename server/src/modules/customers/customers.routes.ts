import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { binary, errors, xlsxType } from '../../http/contract.ts';
import {
  contactPointSchema,
  customer360Schema,
  customerListSchema,
  revealedContactPointSchema,
} from './customers.contract.ts';
import { accountExportKinds, exportAccount, exportCustomersXlsx } from './customers-export.ts';
import {
  addNote,
  browseRoles,
  correctNumber,
  correctNumberRoles,
  correctNumberSchema,
  customer360,
  customerPatchSchema,
  customerQuerySchema,
  editRoles,
  exportRoles,
  flagWrongNumber,
  lookupCustomer,
  lookupQuerySchema,
  lookupRoles,
  noteSchema,
  revealContactPoint,
  revealRoles,
  searchCustomers,
  updateCustomer,
  wrongNumberSchema,
} from './customers.service.ts';

// Every role may reach these routes; the service decides per user and customer (SPEC §1): the
// browsing roles read every customer, the others the customers behind their own work.
const everyRole = ['admin', 'manager', 'supervisor', 'agent', 'it', 'marketing', 'claims'] as const;
const customerNo = z.object({ customer_no: z.string().min(1).max(64) }).strict();
const contactPoint = z.object({ customer_no: z.string().min(1).max(64), id: z.uuid() }).strict();

export async function customersRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();
  const tags = ['customers'];
  // One read of the settings per request for the time zone and the currency.
  const local = async () => {
    const { timezone, currency } = await ctx.settings.all();
    return [timezone, currency] as const;
  };

  app.get(
    '/api/v1/customers',
    {
      schema: {
        operationId: 'searchCustomers',
        tags,
        summary: 'Search customers by name (Arabic-normalised), customer or contract number, or any phone form',
        querystring: customerQuerySchema,
        response: { 200: customerListSchema },
      },
      config: { access: browseRoles },
    },
    async (request) => searchCustomers(ctx.database, requireAuth(request).user, request.query, ...(await local())),
  );

  app.get(
    '/api/v1/customers/lookup',
    {
      schema: {
        operationId: 'lookupCustomer',
        tags,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                customer_no: z.string(),
                name: z.string(),
                type: z.string(),
                key_account: z.boolean(),
                country: z.string(),
                city: z.string().nullable(),
                mobile_masked: z.string().nullable(),
                readable: z.boolean().meta({ description: "Whether the user may open the customer's page" }),
              }),
            ),
          }),
        },
        summary: "Find a caller by exact customer or contract number or phone (audited); an agent's only search",
        querystring: lookupQuerySchema,
      },
      config: { access: lookupRoles },
    },
    async (request) =>
      lookupCustomer(
        ctx.database,
        actorOf(request),
        requireAuth(request).user,
        request.query,
        await ctx.settings.get('timezone'),
      ),
  );

  app.get(
    '/api/v1/customers/export.xlsx',
    {
      schema: {
        operationId: 'exportCustomers',
        tags,
        summary: 'Export the filtered list to XLSX (right-to-left, formulas neutralised; audited)',
        querystring: customerQuerySchema,
        response: { 200: binary('The customers as an XLSX workbook', xlsxType) },
      },
      config: { access: exportRoles },
    },
    async (request, reply) => {
      let started = false;
      const open = () => {
        started = true;
        void reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
        void reply.header(
          'content-disposition',
          `attachment; filename="customers-${new Date().toISOString().slice(0, 10)}.xlsx"`,
        );
        reply.hijack();
        reply.raw.writeHead(200, reply.getHeaders() as Record<string, string>);
        return reply.raw;
      };
      try {
        await exportCustomersXlsx(ctx.database, actorOf(request), request.query, ...(await local()), open);
      } catch (error) {
        // Before the first byte the error handler answers as for any request; after it, the
        // status is sent already: the cut connection tells the client the file is incomplete.
        if (!started) throw error;
        request.log.error({ err: error }, 'export failed while streaming');
        reply.raw.destroy();
      }
    },
  );

  app.get(
    '/api/v1/customers/:customer_no/export/:kind',
    {
      schema: {
        operationId: 'exportCustomerAccount',
        tags,
        response: {
          200: binary("The customer's installments or payments", xlsxType, 'text/csv'),
          ...errors(404),
        },
        summary:
          "A customer's installments or payments as XLSX (right-to-left) or CSV (UTF-8 with BOM); formulas neutralised; audited",
        params: z.object({ customer_no: z.string().min(1).max(64), kind: z.enum(accountExportKinds) }).strict(),
        querystring: z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') }).strict(),
      },
      config: { access: everyRole },
    },
    async (request, reply) => {
      // Through the 360: the same rules decide who may read this customer.
      const view = await customer360(
        ctx.database,
        requireAuth(request).user,
        request.params.customer_no,
        ...(await local()),
      );
      const file = await exportAccount(ctx.database, actorOf(request), view, request.params.kind, request.query.format);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.content);
    },
  );

  app.get(
    '/api/v1/customers/:customer_no',
    {
      schema: {
        operationId: 'getCustomer',
        tags,
        summary: 'Customer 360: data, contact points (masked), contracts, installments, payments, timeline',
        params: customerNo,
        response: { 200: customer360Schema, ...errors(404) },
      },
      config: { access: everyRole },
    },
    async (request) =>
      customer360(ctx.database, requireAuth(request).user, request.params.customer_no, ...(await local())),
  );

  app.patch(
    '/api/v1/customers/:customer_no',
    {
      schema: {
        operationId: 'updateCustomer',
        tags,
        summary: 'Edit a customer (audited)',
        params: customerNo,
        body: customerPatchSchema,
        response: { 200: customer360Schema, ...errors(404) },
      },
      config: { access: editRoles },
    },
    async (request) =>
      updateCustomer(
        ctx.database,
        actorOf(request),
        requireAuth(request).user,
        request.params.customer_no,
        request.body,
        ...(await local()),
      ),
  );

  app.post(
    '/api/v1/customers/:customer_no/notes',
    {
      schema: {
        operationId: 'addCustomerNote',
        tags,
        summary: 'Add a note to the timeline',
        params: customerNo,
        body: noteSchema,
        response: { 201: z.object({ ok: z.literal(true) }), ...errors(404) },
      },
      config: { access: everyRole },
    },
    async (request, reply) => {
      await addNote(
        ctx.database,
        actorOf(request),
        requireAuth(request).user,
        request.params.customer_no,
        request.body,
      );
      return reply.code(201).send({ ok: true });
    },
  );

  app.post(
    '/api/v1/customers/:customer_no/contact-points/:id/reveal',
    {
      schema: {
        operationId: 'revealContactPoint',
        tags,
        summary: 'Show a full number (audited)',
        params: contactPoint,
        response: { 200: revealedContactPointSchema, ...errors(404) },
      },
      config: { access: revealRoles },
    },
    async (request) =>
      revealContactPoint(
        ctx.database,
        actorOf(request),
        requireAuth(request).user,
        request.params.customer_no,
        request.params.id,
      ),
  );

  app.post(
    '/api/v1/customers/:customer_no/contact-points/:id/wrong',
    {
      schema: {
        operationId: 'flagWrongNumber',
        tags,
        summary: 'Flag a number as wrong (it is not used until IT corrects it)',
        params: contactPoint,
        body: wrongNumberSchema,
        response: { 200: contactPointSchema, ...errors(404, 409) },
      },
      config: { access: everyRole },
    },
    async (request) =>
      flagWrongNumber(
        ctx.database,
        actorOf(request),
        requireAuth(request).user,
        request.params.customer_no,
        request.params.id,
        request.body,
      ),
  );

  app.post(
    '/api/v1/customers/:customer_no/contact-points/:id/correct',
    {
      schema: {
        operationId: 'correctNumber',
        tags,
        summary: 'IT: correct a number and clear its wrong flag',
        params: contactPoint,
        body: correctNumberSchema,
        response: { 200: contactPointSchema, ...errors(404) },
      },
      config: { access: correctNumberRoles },
    },
    async (request) =>
      correctNumber(ctx.database, actorOf(request), request.params.customer_no, request.params.id, request.body),
  );
}
