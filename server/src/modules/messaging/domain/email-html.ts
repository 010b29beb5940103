// Email that reads right-to-left in Arabic mail clients: `dir="rtl"` and `lang` on <html> and
// <body>, inline styles only (clients drop <style> blocks), and always a plain-text part.

export type EmailContent = {
  language: 'ar' | 'en';
  subject: string;
  /** Plain text; paragraphs separated by blank lines. */
  text: string;
  /** An HTML fragment for the body; when absent the text is turned into paragraphs. */
  htmlFragment?: string | undefined;
  unsubscribeUrl?: string | undefined;
};

export function escapeHtml(value: string): string {
  return value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

export function renderEmail(content: EmailContent): { html: string; text: string } {
  const rtl = content.language === 'ar';
  const dir = rtl ? 'rtl' : 'ltr';
  const align = rtl ? 'right' : 'left';
  const paragraphs =
    content.htmlFragment ??
    content.text
      .split(/\n{2,}/)
      .map((p) => `<p style="margin:0 0 16px 0;">${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
      .join('\n');
  const unsubscribeLabel = rtl ? 'إلغاء الاشتراك في الرسائل التسويقية' : 'Unsubscribe from marketing email';
  const footer = content.unsubscribeUrl
    ? `<p style="margin:24px 0 0 0;font-size:12px;color:#6b7280;"><a href="${escapeHtml(content.unsubscribeUrl)}" style="color:#6b7280;">${unsubscribeLabel}</a></p>`
    : '';
  const html = `<!DOCTYPE html>
<html lang="${content.language}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(content.subject)}</title></head>
<body dir="${dir}" style="margin:0;padding:24px;background:#f3f4f6;direction:${dir};text-align:${align};font-family:Tahoma,'Segoe UI',Arial,sans-serif;font-size:16px;line-height:1.7;color:#111827;">
<div dir="${dir}" style="max-width:600px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px;direction:${dir};text-align:${align};">
${paragraphs}
${footer}
</div>
</body>
</html>`;
  const text = content.unsubscribeUrl
    ? `${content.text}\n\n${unsubscribeLabel}: ${content.unsubscribeUrl}`
    : content.text;
  return { html, text };
}
