import { escapeHtmlText as e } from './domain/html.ts';
import { scales, say, type Answers, type Question, type Questionnaire } from './domain/questionnaire.ts';

// The customer's page (Q3): server-rendered HTML, mobile first, right to left in Arabic, with
// one small script (public-page-script.ts) that shows the conditional questions, saves each
// answer as it is given and sends the last one. No sign-in and none of the staff app's bundle.
// See docs/decisions/011-survey-page-server-rendered.md.

export const SURVEY_SCRIPT_PATH = '/api/v1/public/survey-page.js';

type Lang = 'ar' | 'en';

const labels = {
  ar: {
    submit: 'إرسال',
    required: 'مطلوب',
    yes: 'نعم',
    no: 'لا',
    low: { rating: 'غير راضٍ إطلاقًا', nps: 'لا أرشحه أبدًا', ces: 'صعب جدًا' },
    high: { rating: 'راضٍ جدًا', nps: 'أرشحه بالتأكيد', ces: 'سهل جدًا' },
    thanks: 'شكرًا لك! تم استلام إجاباتك.',
    textHint: 'اكتب هنا',
    preview: 'معاينة: لن تُحفظ الإجابات',
  },
  en: {
    submit: 'Send',
    required: 'required',
    yes: 'Yes',
    no: 'No',
    low: { rating: 'Very dissatisfied', nps: 'Not at all likely', ces: 'Very difficult' },
    high: { rating: 'Very satisfied', nps: 'Extremely likely', ces: 'Very easy' },
    thanks: 'Thank you! Your answers were received.',
    textHint: 'Write here',
    preview: 'Preview: answers are not saved',
  },
} as const;

const style = `*{box-sizing:border-box}body{margin:0;font-family:Tahoma,"Segoe UI",Arial,sans-serif;font-size:17px;line-height:1.6;color:#1a1b1e;background:#f1f3f5}
main{max-width:560px;margin:0 auto;padding:16px}h1{font-size:1.35rem;margin:8px 0 4px}h2{font-size:1.1rem;margin:20px 0 8px;color:#1864ab}
.card{background:#fff;border-radius:10px;padding:16px;margin:12px 0;box-shadow:0 1px 2px rgba(0,0,0,.08)}
fieldset{border:0;margin:0;min-width:0}legend{float:inline-start;width:100%;font-weight:bold;margin-bottom:10px;padding:0}legend+*{clear:both}.req{color:#c92a2a;font-weight:normal;font-size:.85em;margin-inline-start:6px}
.scale{display:flex;flex-wrap:wrap;gap:6px}.scale label{flex:1 0 40px}.opt{display:block}
.scale input,.opt input{position:absolute;opacity:0;width:1px;height:1px}
.scale span,.opt span{display:block;text-align:center;border:1px solid #ced4da;border-radius:8px;padding:10px 4px;min-height:44px;cursor:pointer;background:#fff}
.opt span{text-align:start;padding:10px 12px;margin-bottom:6px}
input:checked+span{background:#1c7ed6;border-color:#1c7ed6;color:#fff}input:focus-visible+span{outline:2px solid #1864ab;outline-offset:2px}
.ends{display:flex;justify-content:space-between;font-size:.8rem;color:#868e96;margin-top:4px}
textarea{width:100%;min-height:96px;font:inherit;padding:10px;border:1px solid #ced4da;border-radius:8px}
button{width:100%;font:inherit;font-weight:bold;padding:14px;border:0;border-radius:8px;background:#1c7ed6;color:#fff;margin-top:8px}
.missing{outline:2px solid #c92a2a;outline-offset:4px;border-radius:6px}#msg{color:#c92a2a;min-height:1.6em}#saved{color:#2b8a3e;font-size:.85rem;min-height:1.4em}
.note{background:#fff3bf;padding:8px 12px;border-radius:8px}bdi{unicode-bidi:isolate}`;

function shell(lang: Lang, title: string, body: string, withScript: boolean): string {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  return (
    `<!DOCTYPE html><html lang="${lang}" dir="${dir}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">` +
    `<title>${e(title)}</title><style>${style}</style></head><body><main>${body}</main>` +
    (withScript ? `<script src="${SURVEY_SCRIPT_PATH}" defer></script>` : '') +
    `</body></html>`
  );
}

function scaleInputs(q: Question, lang: Lang, saved: unknown): string {
  const { min, max } = scales[q.type]!;
  const kind = q.type as 'rating' | 'nps' | 'ces';
  let out = '<div class="scale" dir="ltr">';
  for (let v = min; v <= max; v++) {
    out += `<label><input type="radio" name="${e(q.key)}" value="${v}"${saved === v ? ' checked' : ''}><span>${v}</span></label>`;
  }
  out += `</div><div class="ends" dir="ltr"><span>${e(labels[lang].low[kind])}</span><span>${e(labels[lang].high[kind])}</span></div>`;
  return out;
}

function questionHtml(q: Question, lang: Lang, answers: Answers): string {
  const saved = answers[q.key];
  const t = labels[lang];
  let inputs: string;
  if (scales[q.type]) inputs = scaleInputs(q, lang, saved);
  else if (q.type === 'yes_no') {
    inputs = [true, false]
      .map(
        (v) =>
          `<label class="opt"><input type="radio" name="${e(q.key)}" value="${v}"${saved === v ? ' checked' : ''}><span>${v ? t.yes : t.no}</span></label>`,
      )
      .join('');
  } else if (q.type === 'single' || q.type === 'multiple') {
    const type = q.type === 'single' ? 'radio' : 'checkbox';
    inputs = (q.options ?? [])
      .map((o) => {
        const on = Array.isArray(saved) ? saved.includes(o.key) : saved === o.key;
        return `<label class="opt"><input type="${type}" name="${e(q.key)}" value="${e(o.key)}"${on ? ' checked' : ''}><span>${e(say(o.label, lang))}</span></label>`;
      })
      .join('');
  } else {
    inputs = `<textarea name="${e(q.key)}" maxlength="2000" placeholder="${e(t.textHint)}">${typeof saved === 'string' ? e(saved) : ''}</textarea>`;
  }
  const condition = q.show_if ? ` data-show-if="${e(JSON.stringify(q.show_if))}"` : '';
  const required = q.required ? `<span class="req">(${t.required})</span>` : '';
  return (
    `<fieldset class="q card" data-key="${e(q.key)}" data-type="${q.type}"${condition}>` +
    `<legend>${e(say(q.text, lang))}${required}</legend>${inputs}</fieldset>`
  );
}

/**
 * The questionnaire as the customer sees it. `api` is where answers go; without it (the
 * builder's preview) nothing is saved and sending shows the thank-you text.
 */
export function surveyPage(q: Questionnaire, lang: Lang, answers: Answers, api: string | null): string {
  const t = labels[lang];
  const title = say(q.title, lang);
  const intro = say(q.intro, lang);
  const thanks = say(q.thanks, lang) || t.thanks;
  const sections = q.sections
    .map((s) => {
      const heading = say(s.title, lang);
      return (
        (heading ? `<h2>${e(heading)}</h2>` : '') + s.questions.map((x) => questionHtml(x, lang, answers)).join('')
      );
    })
    .join('');
  const body =
    (api ? '' : `<p class="note">${e(t.preview)}</p>`) +
    `<h1>${e(title)}</h1>${intro ? `<p>${e(intro)}</p>` : ''}` +
    `<form id="survey" novalidate data-api="${api ? e(api) : ''}">${sections}` +
    `<p id="msg" role="alert"></p><p id="saved" aria-live="polite"></p><button type="submit">${e(t.submit)}</button></form>` +
    `<div id="thanks" class="card" hidden><h1>${e(thanks)}</h1></div>`;
  return shell(lang, title, body, true);
}

/** The answered link: thanks again, nothing of the answers. */
export function answeredPage(q: Questionnaire, lang: Lang): string {
  const thanks = say(q.thanks, lang) || labels[lang].thanks;
  return shell(lang, say(q.title, lang), `<div class="card"><h1>${e(thanks)}</h1></div>`, false);
}

/** A forged, unknown or expired link: a plain Arabic page (English under it), nothing else. */
export function unavailablePage(kind: 'invalid' | 'expired' | 'used'): string {
  const text = {
    invalid: ['رابط الاستطلاع غير صالح.', 'This survey link is not valid.'],
    expired: [
      'انتهت صلاحية رابط الاستطلاع. شكرًا لاهتمامك.',
      'This survey link has expired. Thank you for your interest.',
    ],
    used: ['تمت الإجابة عن هذا الاستطلاع من قبل. شكرًا لك.', 'This survey was already answered. Thank you.'],
  }[kind];
  return shell(
    'ar',
    'استطلاع رأي',
    `<div class="card"><h1>${text[0]}</h1><p lang="en" dir="ltr">${text[1]}</p></div>`,
    false,
  );
}
