import { describe, expect, it } from 'vitest';
import { renderEmail } from './email-html.ts';

describe('renderEmail', () => {
  it('Arabic mail is right-to-left on <html> and <body>, styled inline, with a text part', () => {
    const { html, text } = renderEmail({ language: 'ar', subject: 'تذكير', text: 'عميلنا العزيز\n\nشكرًا لكم' });
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(html).toMatch(/<body dir="rtl" style="[^"]*direction:rtl;text-align:right/);
    expect(html).not.toMatch(/<style/);
    expect(html).toContain('<p style="margin:0 0 16px 0;">عميلنا العزيز</p>');
    expect(text).toBe('عميلنا العزيز\n\nشكرًا لكم');
  });

  it('escapes hostile text', () => {
    const { html } = renderEmail({ language: 'en', subject: '<script>', text: '<img src=x onerror=alert(1)>' });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('dir="ltr"');
  });

  it('adds the unsubscribe link to both parts', () => {
    const { html, text } = renderEmail({
      language: 'ar',
      subject: 'عرض',
      text: 'عرض خاص',
      unsubscribeUrl: 'https://x.example/u/abc',
    });
    expect(html).toContain('href="https://x.example/u/abc"');
    expect(text).toContain('https://x.example/u/abc');
  });
});
