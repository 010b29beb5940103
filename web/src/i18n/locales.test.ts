import { describe, expect, it } from 'vitest';

// Every key in both languages, all six Arabic plural forms, no empty text, and every
// literal key the source passes to t() present in the namespace it names.

type Tree = { [key: string]: string | Tree };

const files = import.meta.glob<Tree>('./locales/*/*.json', { eager: true, import: 'default' });
const sources = import.meta.glob<string>(['../**/*.{ts,tsx}', '!../**/*.test.ts', '!../**/*.d.ts'], {
  eager: true,
  query: '?raw',
  import: 'default',
});

const languages = ['ar', 'en'] as const;
type Language = (typeof languages)[number];

const pluralForms: Record<Language, readonly string[]> = {
  // CLDR Arabic (what Intl.PluralRules('ar') returns): zero one two few many other.
  ar: ['zero', 'one', 'two', 'few', 'many', 'other'],
  en: ['one', 'other'],
};
const pluralSuffix = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object') {
      for (const [k, v] of flatten(value, path)) out.set(k, v);
    } else {
      out.set(path, value);
    }
  }
  return out;
}

/** language → namespace → flat key → value */
const catalogue = new Map<Language, Map<string, Map<string, unknown>>>();
for (const [path, tree] of Object.entries(files)) {
  const match = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
  if (!match) throw new Error(`unexpected locale file ${path}`);
  const [, language, namespace] = match as unknown as [string, Language, string];
  if (!catalogue.has(language)) catalogue.set(language, new Map());
  catalogue.get(language)!.set(namespace, flatten(tree));
}

/** Keys as t() sees them: `count_one`, `count_other` … count as `count`. */
function baseKeys(keys: Iterable<string>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const key of keys) {
    const m = pluralSuffix.exec(key);
    const base = m ? key.slice(0, -m[0].length) : key;
    if (!out.has(base)) out.set(base, new Set());
    if (m) out.get(base)!.add(m[1]!);
  }
  return out;
}

const namespaces = [...(catalogue.get('ar')?.keys() ?? [])].sort();

describe('locale files', () => {
  it('exist for both languages with the same namespaces', () => {
    expect(namespaces.length).toBeGreaterThan(0);
    expect([...(catalogue.get('en')?.keys() ?? [])].sort()).toEqual(namespaces);
  });

  describe.each(namespaces)('namespace %s', (namespace) => {
    const ar = catalogue.get('ar')!.get(namespace)!;
    const en = catalogue.get('en')?.get(namespace) ?? new Map<string, unknown>();

    it('has the same keys in Arabic and English', () => {
      const arBases = baseKeys(ar.keys());
      const enBases = baseKeys(en.keys());
      const onlyAr = [...arBases.keys()].filter((k) => !enBases.has(k));
      const onlyEn = [...enBases.keys()].filter((k) => !arBases.has(k));
      expect({ onlyInArabic: onlyAr, onlyInEnglish: onlyEn }).toEqual({ onlyInArabic: [], onlyInEnglish: [] });
      const pluralMismatch = [...arBases].filter(([k, forms]) => forms.size > 0 !== enBases.get(k)!.size > 0);
      expect(pluralMismatch.map(([k]) => k)).toEqual([]);
    });

    it.each(languages)('has every plural form in %s', (language) => {
      const flat = language === 'ar' ? ar : en;
      const missing: string[] = [];
      for (const [base, forms] of baseKeys(flat.keys())) {
        if (forms.size === 0) continue;
        for (const form of pluralForms[language]) if (!forms.has(form)) missing.push(`${base}_${form}`);
      }
      expect(missing).toEqual([]);
    });

    it.each(languages)('has no empty or non-text value in %s', (language) => {
      const flat = language === 'ar' ? ar : en;
      const bad = [...flat].filter(([, v]) => typeof v !== 'string' || v.trim() === '').map(([k]) => k);
      expect(bad).toEqual([]);
    });

    it('uses the same {{placeholders}} in both languages', () => {
      const placeholders = (v: unknown) => [...String(v).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
      const differ: string[] = [];
      for (const [base] of baseKeys(ar.keys())) {
        const arNames = new Set(
          [...ar].filter(([k]) => k === base || k.startsWith(`${base}_`)).flatMap(([, v]) => placeholders(v)),
        );
        const enNames = new Set(
          [...en].filter(([k]) => k === base || k.startsWith(`${base}_`)).flatMap(([, v]) => placeholders(v)),
        );
        // Arabic may drop {{count}} in its one/two forms (يوم، يومان); any other name must match.
        arNames.delete('count');
        enNames.delete('count');
        if ([...arNames].sort().join() !== [...enNames].sort().join()) differ.push(base);
      }
      expect(differ).toEqual([]);
    });
  });

  it('plural rules give Arabic all six forms (the reason for six keys)', () => {
    const rules = new Intl.PluralRules('ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => rules.select(n))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect(rules.select(103)).toBe('few');
    expect(rules.select(111)).toBe('many');
  });
});

describe('keys used in the source', () => {
  // t('ns:key') names its namespace; t('key') uses the file's useTranslation('ns' | ['ns', …]),
  // or `common` when the file calls useTranslation() without one. Keys built at run time
  // (template literals) are checked by the TypeScript types instead.
  const callPattern = /(?<![\w.])t\(\s*(['"])([^'"\n]+)\1/g;
  const nsPattern = /useTranslation\(\s*(?:\[\s*)?(['"])([\w-]+)\1/g;

  const used: { file: string; namespaces: string[]; key: string }[] = [];
  for (const [file, text] of Object.entries(sources)) {
    const fileNamespaces = [...text.matchAll(nsPattern)].map((m) => m[2]!);
    const defaults = fileNamespaces.length > 0 ? fileNamespaces : ['common'];
    for (const m of text.matchAll(callPattern)) {
      const literal = m[2]!;
      const sep = literal.indexOf(':');
      if (sep > 0) used.push({ file, namespaces: [literal.slice(0, sep)], key: literal.slice(sep + 1) });
      else used.push({ file, namespaces: defaults, key: literal });
    }
  }

  function exists(namespace: string, key: string): boolean {
    const flat = catalogue.get('ar')?.get(namespace);
    if (!flat) return false;
    if (typeof flat.get(key) === 'string') return true;
    return pluralForms.ar.some((form) => flat.has(`${key}_${form}`));
  }

  it('finds the t() calls (the scan itself works)', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    expect(used.length).toBeGreaterThan(50);
  });

  it('every literal key exists in its namespace', () => {
    const missing = new Set<string>();
    for (const { file, namespaces: candidates, key } of used) {
      if (!candidates.some((ns) => exists(ns, key))) missing.add(`${file}: ${candidates.join('/')}:${key}`);
    }
    expect([...missing]).toEqual([]);
  });
});
