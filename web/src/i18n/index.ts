import i18n, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { namespaces, signInNamespaces, type Namespace } from './resources';

export type Locale = 'ar' | 'en';
export const locales: readonly Locale[] = ['ar', 'en'];

const storageKey = 'tawasul.locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'ar' || value === 'en';
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** The language chosen before sign-in (or last used on this browser); Arabic by default. */
export function storedLocale(): Locale {
  try {
    const value = localStorage.getItem(storageKey);
    return isLocale(value) ? value : 'ar';
  } catch {
    return 'ar';
  }
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'ar';
}

function applyToDocument(locale: Locale) {
  const root = document.documentElement;
  root.lang = locale;
  // Mantine's DirectionProvider watches this attribute and follows it.
  root.dir = directionOf(locale);
}

/** Switches the interface language, the page direction and the remembered choice. */
export async function setLocale(locale: Locale): Promise<void> {
  try {
    localStorage.setItem(storageKey, locale);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
  applyToDocument(locale);
}

// One file per language and namespace, each its own chunk: the sign-in page downloads the
// Arabic `common` and `auth` texts only, and English is downloaded when someone switches to it.
const files = import.meta.glob<{ default: ResourceKey }>('./locales/*/*.json');

const lazyFiles: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, done) {
    const load = files[`./locales/${language}/${namespace}.json`];
    if (!load) {
      done(new Error(`no texts for ${language}/${namespace}`), null);
      return;
    }
    load().then(
      (file) => done(null, file.default),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export async function initI18n(): Promise<void> {
  const locale = storedLocale();
  await i18n
    .use(lazyFiles)
    .use(initReactI18next)
    .init({
      lng: locale,
      // Every key exists in both languages (the locales test): no fallback language to download.
      fallbackLng: false,
      supportedLngs: ['ar', 'en'],
      load: 'currentOnly',
      ns: [...signInNamespaces],
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  applyToDocument(locale);
}

/**
 * Downloads the texts of every screen behind sign-in (in the current language; a later switch of
 * language downloads the same namespaces in the other one before it changes anything on screen).
 */
export async function loadAllNamespaces(): Promise<void> {
  const missing: Namespace[] = namespaces.filter((ns) => !i18n.hasLoadedNamespace(ns));
  if (missing.length > 0) await i18n.loadNamespaces(missing);
}

export { i18n };
