// Chart category names break at spaces into a few short lines and end in "…" when too long.
import { describe, expect, it } from 'vitest';

import { wrapLabel } from '../../../renderer/src/features/reports/wrapLabel';

describe('wrapLabel', () => {
  it('keeps a short name on one line', () => {
    expect(wrapLabel('Family', 20, 3)).toEqual(['Family']);
  });
  it('breaks at spaces', () => {
    expect(wrapLabel('Срочное обращение в РГПЗ', 18, 3)).toEqual(['Срочное обращение', 'в РГПЗ']);
  });
  it('cuts what does not fit in the lines allowed', () => {
    expect(wrapLabel('Санкционное представление (Глобальный закон Магнитского, 7031(с))', 16, 3)).toEqual([
      'Санкционное',
      'представление',
      '(Глобальный…',
    ]);
  });
  it('cuts a single word longer than a line', () => {
    expect(wrapLabel('Antidisestablishmentarianism', 10, 2)).toEqual(['Antidises…']);
  });
});
