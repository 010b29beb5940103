// The API shapes of the live campaign dialer (SPEC T3, issue #13 parts 5 and 7).
import { z } from 'zod';
import { liveModes } from './runtime/campaign-dialer.ts';

export const startBody = z
  .object({ mode: z.enum(liveModes).meta({ description: 'preview | progressive | predictive' }) })
  .strict()
  .meta({ id: 'DialerStart' });

export const campaignSchema = z
  .object({
    list_id: z.uuid(),
    mode: z.enum(liveModes),
    started_at: z.iso.datetime(),
    blocked: z
      .enum(['outside_window'])
      .nullable()
      .meta({ description: 'Why nothing is dialed now (outside the calling window, weekend, holiday)' }),
    placed: z.number().int(),
    answered: z.number().int(),
    abandoned: z.number().int(),
    unanswered: z.number().int(),
    dial_level: z.number().meta({ description: 'Calls up ÷ agents staffed (not on break or signed out)' }),
    answer_rate: z.number().nullable().meta({ description: 'Answered ÷ calls ended today; null before any' }),
    abandon_rate: z.number().meta({ description: 'Abandoned ÷ answered today (cap 3 %)' }),
    agents: z.array(
      z.object({ agent: z.string(), state: z.string(), since: z.iso.datetime(), on_campaign_call: z.boolean() }),
    ),
    calls: z.array(
      z.object({
        call_id: z.string(),
        agent: z.string(),
        status: z.string(),
        started_at: z.iso.datetime(),
        connected_at: z.iso.datetime().nullable(),
      }),
    ),
  })
  .meta({ id: 'DialerCampaign', description: 'A work list being dialed, live' });

export const campaignsSchema = z.object({ campaigns: z.array(campaignSchema) }).meta({ id: 'DialerCampaigns' });
