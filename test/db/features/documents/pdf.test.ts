// The shared PDF maker: page furniture in both languages, Cyrillic text, neutral metadata.
import { describe, expect, it } from 'vitest';

import { fields, heading, paragraph, remark, renderPdf, table } from '../../../../db/features/documents/pdf';
import { readPdf } from './support/pdf-text';

describe('renderPdf', () => {
  it('marks every page confidential and numbers it, with the date and the case reference', async () => {
    const rows = Array.from({ length: 120 }, (_, i) => [`2024-01-${String((i % 28) + 1).padStart(2, '0')}`, `Entry ${i + 1}`]);
    const { data, pages } = await renderPdf({
      language: 'en',
      title: 'Case dossier',
      generatedOn: '2026-12-04',
      reference: 'HB-2026-014',
      content: [heading('Person'), fields([['Name', 'Ivan Petrov'], ['Notes', null]]), table(['Date', 'Entry'], rows), remark('Contacts left out.')],
    });
    expect(pages).toBeGreaterThan(1);
    const { text, info } = await readPdf(data);
    const pageTexts = text.split('\f').filter((p) => p.trim() !== '');
    expect(pageTexts).toHaveLength(pages);
    pageTexts.forEach((page, i) => {
      expect(page).toContain('CONFIDENTIAL');
      expect(page).toContain(`Page ${i + 1} of ${pages}`);
      expect(page).toContain('Generated 4 December 2026 · Case HB-2026-014');
    });
    expect(text).toContain('Ivan Petrov');
    expect(text).toContain('Entry 120');
    expect(text).not.toContain('Notes');
    expect(info['Title']).toBe('Case dossier');
    expect(info['Author']).toBeUndefined();
    expect(info['Creator']).toBeUndefined();
    expect(info['Pages']).toBe(String(pages));
  });

  it('writes Russian furniture and Cyrillic text that reads back as typed', async () => {
    const { data, pages } = await renderPdf({
      language: 'ru',
      title: 'Досье дела',
      generatedOn: '2026-03-15',
      reference: null,
      content: [heading('Лицо'), paragraph('Иван Петрович Сидоров, журналист; ёж, Щукин, «кавычки» — тире')],
    });
    expect(pages).toBe(1);
    const { text } = await readPdf(data);
    expect(text).toContain('КОНФИДЕНЦИАЛЬНО');
    expect(text).toContain('Страница 1 из 1');
    expect(text).toContain('Составлено 15 марта 2026');
    expect(text).not.toContain('Дело ');
    expect(text).toContain('Иван Петрович Сидоров, журналист; ёж, Щукин, «кавычки» — тире');
  });
});
