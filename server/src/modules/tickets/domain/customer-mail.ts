import { normalizeArabic } from '../../customers/index.ts';

// The opening of an answer written by an agent. The agent usually greets the customer himself
// ("عميلنا العزيز، …", "السلام عليكم"); the mail then keeps his words and adds no second greeting.

const greetings = [
  'عميلنا العزيز',
  'عميلتنا العزيزه',
  'عملاءنا الاعزاء',
  'عزيزي',
  'عزيزتي',
  'السيد',
  'السيده',
  'الساده',
  'الاستاذ',
  'الاستاذه',
  'عناية',
  'السلام عليكم',
  'مرحبا',
  'اهلا',
  'صباح الخير',
  'مساء الخير',
  'تحيه طيبه',
  'dear',
  'hello',
  'hi ',
  'good morning',
  'good afternoon',
];

/** Whether the text already opens with a greeting (or with the customer's name). */
export function opensWithGreeting(body: string, customerName?: string | null): boolean {
  const start = normalizeArabic(body.slice(0, 200)).replace(/^[\s"'«]+/, '');
  if (greetings.some((g) => start.startsWith(normalizeArabic(g)))) return true;
  const name = customerName ? normalizeArabic(customerName) : '';
  return name.length > 0 && start.startsWith(name);
}

/** The agent's answer with one greeting: his own, or "عميلنا العزيز <name>،" before it. */
export function withGreeting(body: string, customerName?: string | null): string {
  const text = body.trim();
  if (opensWithGreeting(text, customerName)) return text;
  return `${customerName ? `عميلنا العزيز ${customerName}` : 'عميلنا العزيز'}،\n\n${text}`;
}
