// Text in English and Russian through react-i18next. Every locales/<lang>/<namespace>.json is
// picked up by the bundler, so a feature adds its own namespace file without touching this one.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'habeas.language';

type Catalogue = Record<string, unknown>;
const files = import.meta.glob<Catalogue>('./locales/*/*.json', { eager: true, import: 'default' });

export function catalogues(): Record<string, Record<string, Catalogue>> {
  const resources: Record<string, Record<string, Catalogue>> = {};
  for (const [path, catalogue] of Object.entries(files)) {
    const match = /\.\/locales\/(\w+)\/([\w-]+)\.json$/.exec(path);
    if (!match) continue;
    const [, language = '', namespace = ''] = match;
    resources[language] ??= {};
    resources[language][namespace] = catalogue;
  }
  return resources;
}

export function savedLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'ru') return saved;
  return globalThis.navigator?.language?.startsWith('ru') ? 'ru' : 'en';
}

export async function setLanguage(language: Language): Promise<void> {
  globalThis.localStorage?.setItem(STORAGE_KEY, language);
  document.documentElement.lang = language;
  await i18n.changeLanguage(language);
}

const initialLanguage = savedLanguage();
if (globalThis.document) document.documentElement.lang = initialLanguage;

void i18n.use(initReactI18next).init({
  resources: catalogues(),
  lng: initialLanguage,
  fallbackLng: 'en',
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
});

export { i18n };
