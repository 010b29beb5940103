// Why an outbound call is made, from its work list's purpose: the script offered first and the
// `{reason}` of the suggested greeting ("… أتواصل معك بخصوص {reason}", seed 003).
import type { CallPurpose } from './phrases.ts';

const byListPurpose: Record<string, { purpose: CallPurpose; reason: string }> = {
  reminder: { purpose: 'reminder', reason: 'موعد استحقاق القسط القادم' },
  followup: { purpose: 'follow_up', reason: 'القسط المستحق الذي لم يُسدَّد بعد' },
  thanks: { purpose: 'thanks', reason: 'شكركم على سداد القسط' },
  marketing: { purpose: 'marketing', reason: 'عرض جديد يهمّكم' },
  survey: { purpose: 'survey', reason: 'رأيكم في خدماتنا' },
};

/** The call's purpose and greeting reason for a work list's purpose; null for an unknown one (or none). */
export function reasonOfListPurpose(listPurpose: string | null): { purpose: CallPurpose; reason: string } | null {
  return listPurpose !== null && Object.hasOwn(byListPurpose, listPurpose) ? byListPurpose[listPurpose]! : null;
}
