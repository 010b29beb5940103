// The call-protocol assistant over HTTP (issue #13, seed 003): the phrase library (managers
// edit, agents read) and the protocol of the call on my seat (steps, outcome, rating invitation).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, requireAuth } from '../../http/access.ts';
import type { AppContext } from '../../http/context.ts';
import { errors } from '../../http/contract.ts';
import { callProtocolView, recordOutcome, recordStep, seatRoles } from './call-protocol.service.ts';
import { createPhrase, editPhrase, libraryEditorRoles, libraryReaderRoles, listPhrases } from './phrases.service.ts';
import {
  callProtocolSchema,
  outcomeBody,
  phraseBody,
  phraseListSchema,
  phrasePatchBody,
  phraseSchema,
  stepBody,
} from './protocol.contract.ts';

const tags = ['protocol'];

export async function protocolRoutes(instance: FastifyInstance, ctx: AppContext) {
  const app = instance.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/api/v1/protocol/phrases',
    {
      schema: {
        operationId: 'listProtocolPhrases',
        tags,
        summary: 'The phrase library and the scripts per purpose (editors also see retired ones)',
        response: { 200: phraseListSchema },
      },
      config: { access: libraryReaderRoles },
    },
    async (request) => ({ items: await listPhrases(ctx.database, requireAuth(request).user.role) }),
  );

  app.post(
    '/api/v1/protocol/phrases',
    {
      schema: {
        operationId: 'createProtocolPhrase',
        tags,
        summary: 'Add a phrase or a script; audited',
        body: phraseBody,
        response: { 201: phraseSchema, ...errors(422) },
      },
      config: { access: libraryEditorRoles },
    },
    async (request, reply) => reply.code(201).send(await createPhrase(ctx.database, actorOf(request), request.body)),
  );

  app.patch(
    '/api/v1/protocol/phrases/:id',
    {
      schema: {
        operationId: 'updateProtocolPhrase',
        tags,
        summary: 'Edit, reorder, retire or bring back a phrase; audited',
        params: z.object({ id: z.uuid() }).strict(),
        body: phrasePatchBody,
        response: { 200: phraseSchema, ...errors(404, 422) },
      },
      config: { access: libraryEditorRoles },
    },
    async (request) => editPhrase(ctx.database, actorOf(request), request.params.id, request.body),
  );

  app.get(
    '/api/v1/protocol/call',
    {
      schema: {
        operationId: 'getCallProtocol',
        tags,
        summary: 'The protocol of the call on my seat: steps so far, greeting time, hold, closing checklist, outcome',
        response: { 200: callProtocolSchema, ...errors(409) },
      },
      config: { access: seatRoles },
    },
    async (request) => callProtocolView(ctx, requireAuth(request).user.username),
  );

  app.post(
    '/api/v1/protocol/call/steps',
    {
      schema: {
        operationId: 'recordProtocolStep',
        tags,
        summary:
          'Mark a protocol step on my call (greeted, hold consent, hold, return, second hold, call-back suggested, closing items); 409 with a code when the protocol or the call does not allow it',
        body: stepBody,
        response: { 200: callProtocolSchema, ...errors(409, 422) },
      },
      config: { access: seatRoles },
    },
    async (request) => recordStep(ctx, requireAuth(request).user.username, request.body.step),
  );

  app.post(
    '/api/v1/protocol/call/outcome',
    {
      schema: {
        operationId: 'recordCallOutcome',
        tags,
        summary:
          'The outcome of my call with a note (the closing checklist first for an answered call); invites the customer to rate by SMS, once per cool-down',
        body: outcomeBody,
        response: { 200: callProtocolSchema, ...errors(409, 422) },
      },
      config: { access: seatRoles },
    },
    async (request) => recordOutcome(ctx, requireAuth(request).user.username, request.body.outcome, request.body.note),
  );
}
