// Pinyin keys for Han names: 刘晓波 meets "Liu Xiaobo" however it is typed (spaces, tone marks,
// run together), through the same folded prefix match as every other key; what it costs.
import { describe, expect, it } from 'vitest';

import { hanReadings, keyTerms, pinyinKeys, searchKey } from '../../../../db/features/search/transliterate';

/** True when the typed query would match the stored text through the index: every word's key a prefix of a token. */
function found(stored: string, query: string): boolean {
  const tokens = searchKey(stored).split(' ');
  return keyTerms(query).every((alternatives) => alternatives.some((key) => tokens.some((t) => t.startsWith(key))));
}

describe('pinyin keys of Han names', () => {
  it('reads each character without tones', () => {
    expect(hanReadings('刘晓波')).toEqual([['liu', 'xiao', 'bo']]);
  });

  it('adds the surname reading when it differs from the ordinary one', () => {
    expect(hanReadings('单田芳')).toEqual([
      ['dan', 'tian', 'fang'],
      ['shan', 'tian', 'fang'],
    ]);
    expect(found('单田芳', 'Shan Tianfang')).toBe(true);
    expect(found('单田芳', 'Dan Tianfang')).toBe(true);
  });

  it('keys each syllable and each character joined with those after it', () => {
    const keys = pinyinKeys('刘晓波');
    // x is folded as in every Latin word: both readings, h and ks.
    for (const key of ['liu', 'hiao', 'bo', 'liuhiaobo', 'hiaobo']) expect(keys).toContain(key);
  });

  it.each(['Liu Xiaobo', 'liu xiaobo', 'Liú Xiǎobō', 'LIU XIAO BO', 'LiuXiaobo', 'Xiaobo Liu', 'liu', 'xiaob', 'liu xiao'])(
    '刘晓波 is found by %s',
    (query) => expect(found('刘晓波', query)).toBe(true),
  );

  // Every word is a prefix, as typed into a search box: "Li" finds Liu, as it finds Lin.
  it.each(['Liu Xiaoming', 'Lin Xiaobo', 'Wang', 'Xiaobao'])('刘晓波 is not found by %s', (query) => expect(found('刘晓波', query)).toBe(false));

  it('keeps the characters as tokens, pinyin after them, for names in text', () => {
    expect(searchKey('Ilham 伊力哈木').split(' ').slice(0, 5)).toEqual(['ilham', '伊', '力', '哈', '木']);
    expect(found('Ilham Tohti 伊力哈木·土赫提', 'Yilihamu Tuheti')).toBe(true);
  });

  it('skips characters without a reading and characters outside the BMP without breaking', () => {
    expect(() => pinyinKeys('𠀀刘')).not.toThrow();
    expect(pinyinKeys('𠀀刘')).toContain('liu');
  });

  it('leaves keyTerms (and the duplicate rule built on it) seeing Han as characters', () => {
    expect(keyTerms('刘晓波')).toEqual([['刘 晓 波']]);
  });
});
