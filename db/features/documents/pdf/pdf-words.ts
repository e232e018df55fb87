// The words of the standard page furniture of every document, in English and Russian.
export type DocumentLanguage = 'en' | 'ru';

export interface FurnitureWords {
  confidential: string;
  page: (page: number, pages: number) => string;
  generated: (date: string) => string;
  reference: (reference: string) => string;
}

export const FURNITURE_WORDS: Record<DocumentLanguage, FurnitureWords> = {
  en: {
    confidential: 'Confidential',
    page: (page, pages) => `Page ${page} of ${pages}`,
    generated: (date) => `Generated ${date}`,
    reference: (reference) => `Case ${reference}`,
  },
  ru: {
    confidential: 'Конфиденциально',
    page: (page, pages) => `Страница ${page} из ${pages}`,
    generated: (date) => `Составлено ${date}`,
    reference: (reference) => `Дело ${reference}`,
  },
};
