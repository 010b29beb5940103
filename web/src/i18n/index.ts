import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './resources';

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

export async function initI18n(): Promise<void> {
  const locale = storedLocale();
  await i18n.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: 'ar',
    supportedLngs: ['ar', 'en'],
    ns: Object.keys(resources.ar),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  applyToDocument(locale);
}

export { i18n };
