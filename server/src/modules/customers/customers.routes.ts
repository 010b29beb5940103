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
import { exportCustomersXlsx } from './customers-export.ts';
import {
  addNote,
  correctNumber,
  correctNumberRoles,
  correctNumberSchema,
  customer360,
  customerPatchSchema,
  customerQuerySchema,
  editRoles,
  exportRoles,
  flagWrongNumber,
  noteSchema,
  revealContactPoint,
  revealRoles,
  searchCustomers,
  updateCustomer,
  wrongNumberSchema,
} from './customers.service.ts';

// Every role may reach these routes; the service decides per user (agents by skill, SPEC §1).
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
      config: { access: everyRole },
    },
    async (request) => searchCustomers(ctx.database, requireAuth(request).user, request.query, ...(await local())),
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
      void reply.header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      void reply.header(
        'content-disposition',
        `attachment; filename="customers-${new Date().toISOString().slice(0, 10)}.xlsx"`,
      );
      reply.hijack();
      reply.raw.writeHead(200, reply.getHeaders() as Record<string, string>);
      try {
        await exportCustomersXlsx(ctx.database, actorOf(request), request.query, ...(await local()), reply.raw);
      } catch (error) {
        request.log.error({ err: error }, 'export failed');
        reply.raw.destroy();
      }
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
