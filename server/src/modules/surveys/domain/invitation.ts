import { escapeHtmlText } from './html.ts';

// The invitation's words. The SMS must go in one segment (70 characters when Arabic): the
// longest wording that fits with the link is chosen, and the link alone is the last resort.

export function smsInvitation(
  url: string,
  language: 'ar' | 'en',
  company: string,
  fitsOneSegment: (body: string) => boolean,
): string | null {
  const candidates =
    language === 'ar'
      ? [`${company}: رأيك يهمنا، قيّم خدمتنا ${url}`, `رأيك يهمنا، قيّم خدمتنا ${url}`, `قيّم خدمتنا ${url}`, url]
      : [`${company}: how did we do? ${url}`, `How did we do? ${url}`, url];
  return candidates.find(fitsOneSegment) ?? null;
}

export function emailInvitation(url: string, language: 'ar' | 'en', company: string, customerName: string | null) {
  const ar = language === 'ar';
  const greeting = ar
    ? `عميلنا العزيز${customerName ? ` ${customerName}` : ''}،`
    : `Dear ${customerName ?? 'customer'},`;
  const lines = ar
    ? ['شكرًا لتواصلك معنا. يهمنا أن نعرف رأيك في الخدمة التي قدمناها لك.', 'لن يستغرق الاستطلاع أكثر من دقيقة.']
    : ['Thank you for contacting us. We would like to know how we did.', 'The survey takes a minute.'];
  const button = ar ? 'شارك برأيك' : 'Take the survey';
  const signature = ar ? `مع التحية،\n${company}` : `Kind regards,\n${company}`;
  const subject = ar ? `شاركنا رأيك في خدمة ${company}` : `How did ${company} do?`;
  const text = [greeting, ...lines, `${button}: ${url}`, signature].join('\n\n');
  const p = (s: string) => `<p style="margin:0 0 16px 0;">${escapeHtmlText(s).replace(/\n/g, '<br>')}</p>`;
  const htmlFragment = [
    p(greeting),
    ...lines.map(p),
    `<p style="margin:24px 0;"><a href="${escapeHtmlText(url)}" style="background:#1c7ed6;color:#ffffff;padding:12px 24px;border-radius:6px;text-decoration:none;display:inline-block;">${escapeHtmlText(button)}</a></p>`,
    p(signature),
  ].join('\n');
  return { subject, text, htmlFragment };
}
