// The demo's telephone: the center's numbers routed to queues and simulated colleagues who take
// calls beside the people signed in (issue #12: `npm start` shows a living center).
import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/client.ts';
import { systemActor } from '../audit/index.ts';
import { createUser, getUserByUsername, type AgentSkill } from '../users/index.ts';
import { demoDnis } from './adapters/simulator/world.ts';
import { upsertDialRoute, upsertSeat } from './routing.repository.ts';

const colleagues: Array<{ username: string; name: string; skills: AgentSkill[] }> = [
  { username: 'sim01', name: 'سارة الحربي (محاكاة)', skills: ['service'] },
  { username: 'sim02', name: 'ماجد القرني (محاكاة)', skills: ['service', 'key_accounts'] },
  { username: 'sim03', name: 'هند العنزي (محاكاة)', skills: ['service'] },
  { username: 'sim04', name: 'تركي السبيعي (محاكاة)', skills: ['collections'] },
  { username: 'sim05', name: 'لمى الشمري (محاكاة)', skills: ['collections', 'service'] },
];

/** Idempotent: routes and colleagues that exist are left as they are. */
export async function loadDemoTelephony(database: Database): Promise<{ colleagues: number }> {
  const actor = systemActor('demo');
  let created = 0;
  for (const c of colleagues) {
    if (!(await getUserByUsername(database, c.username))) {
      // Nobody signs in as a simulated colleague: a random password nobody knows.
      await createUser(database, actor, {
        username: c.username,
        display_name: c.name,
        role: 'agent',
        password: `${randomBytes(12).toString('base64url')}-Sim9`,
        skills: c.skills,
        teams: ['المحاكاة'],
      });
      created += 1;
    }
    await upsertSeat(database.db, { agent: c.username, endpoint: null, simulated: true });
  }
  await upsertDialRoute(database.db, {
    dnis: demoDnis.general,
    targetKind: 'queue',
    target: 'service',
    note: 'الرقم الموحد — خدمة العملاء',
  });
  await upsertDialRoute(database.db, {
    dnis: demoDnis.collections,
    targetKind: 'queue',
    target: 'collections',
    note: 'رقم التحصيل',
  });
  return { colleagues: created };
}
