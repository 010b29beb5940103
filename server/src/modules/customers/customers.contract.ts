import { z } from 'zod';

// The answers of the customers API (see http/contract.ts).

const masked = z.string().meta({ description: 'Masked: the full value only through reveal (audited)' });

export const customerListSchema = z.object({
  items: z.array(
    z.object({
      customer_no: z.string(),
      name: z.string(),
      type: z.string().meta({ description: 'current | prospect' }),
      category: z.string().nullable(),
      key_account: z.boolean(),
      country: z.string(),
      city: z.string().nullable(),
      sms_opt_out: z.boolean(),
      do_not_call: z.boolean(),
      outstanding: z.number(),
      overdue_installments: z.number().int(),
      mobile_masked: masked.nullable(),
      mobile_valid: z.boolean().nullable().meta({ description: 'Whether the mobile parses (null without one)' }),
    }),
  ),
  total: z.number().int(),
});

export const contactPointSchema = z
  .object({
    id: z.uuid(),
    kind: z.string().meta({ description: 'mobile | landline | work_phone | home_phone | email | fax' }),
    masked,
    valid: z.boolean(),
    number_type: z.string(),
    wrong: z.boolean(),
    wrong_at: z.iso.datetime().nullable(),
    corrected_at: z.iso.datetime().nullable(),
    source: z.string(),
  })
  .meta({ id: 'ContactPoint' });

export const customer360Schema = z
  .object({
    customer: z.object({
      customer_no: z.string(),
      name: z.string(),
      type: z.string(),
      category: z.string().nullable(),
      key_account: z.boolean(),
      country: z.string(),
      city: z.string().nullable(),
      sms_opt_out: z.boolean(),
      do_not_call: z.boolean(),
      notes: z.string().nullable(),
      created_at: z.iso.datetime(),
      updated_at: z.iso.datetime(),
    }),
    summary: z.object({
      currency: z.string(),
      outstanding: z.number(),
      overdue: z.number(),
      overdue_installments: z.number().int(),
    }),
    contact_points: z.array(contactPointSchema),
    contracts: z.array(
      z.object({
        contract_no: z.string(),
        credit_type: z.string(),
        installments: z.array(
          z.object({
            installment_no: z.number().int(),
            amount: z.number(),
            currency: z.string(),
            due_date: z.iso.date(),
            paid: z.number(),
            outstanding: z.number(),
            status: z.string().meta({ description: 'paid | overdue | upcoming' }),
            partial: z.boolean(),
            paid_in_full_at: z.iso.datetime().nullable(),
          }),
        ),
      }),
    ),
    payments: z.array(
      z.object({
        contract_no: z.string().nullable().optional(),
        installment_no: z.number().int().nullable(),
        amount: z.number(),
        paid_at: z.iso.datetime(),
        reference: z.string().nullable(),
      }),
    ),
    timeline: z.array(
      z.object({
        id: z
          .union([z.number().int(), z.string()])
          .meta({ description: 'A timeline entry (number) or a sent message (uuid)' }),
        at: z.iso.datetime(),
        kind: z.string(),
        summary: z.string(),
        data: z.unknown(),
        actor: z.string().nullable(),
        actor_name: z.string().nullable(),
        ref_type: z.string().nullable(),
        ref_id: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'Customer360' });

export const revealedContactPointSchema = z.object({
  id: z.uuid(),
  kind: z.string(),
  raw: z.string(),
  e164: z.string().nullable(),
});

export const importRunSchema = z
  .object({
    id: z.uuid(),
    kind: z.string().meta({ description: 'customers | installments | payments' }),
    file_name: z.string(),
    status: z.string().meta({ description: 'queued | running | done | done_with_rejections | failed' }),
    total_bytes: z.number().int(),
    processed_bytes: z.number().int(),
    progress: z.number().min(0).max(1).meta({ description: '0..1, by bytes read' }),
    queue_position: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'While queued: 1 for the next to start (known to the process holding it), else null' }),
    rows: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    error: z
      .object({ code: z.string(), message: z.string(), message_ar: z.string() })
      .nullable()
      .meta({ description: 'Why a run failed, as a stable code and a safe message; null otherwise' }),
    started_at: z.iso.datetime(),
    finished_at: z.iso.datetime().nullable(),
  })
  .meta({ id: 'ImportRun' });
