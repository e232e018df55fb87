// Han names on a real vault: 刘晓波 found by his pinyin however it is typed, the characters the
// pinyin matched marked (in search hits and in the case list), Han typed as Han still marked, and
// Han typed as Han finding a name kept only in Latin letters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { SearchHit } from '../../../../db/api';
import { createTestVault, type TestVault } from '../../support/test-vault';
import { openCase, type OpenedCase } from '../../support/fixtures';

const marked = (hit: SearchHit | undefined): string[] =>
  hit?.text ? hit.ranges.map(([a, b]) => (hit.text ?? '').slice(a, b)) : [];

describe('search.query on Han names', () => {
  let v: TestVault;
  let liu: OpenedCase;

  beforeAll(() => {
    v = createTestVault();
    v.signInAsAdmin();
    liu = openCase(v, { name: '刘晓波' });
    openCase(v, { name: '刘晓明' });
    openCase(v, { name: 'Lin Xiaobo' });
  });
  afterAll(() => v.close());

  const search = (q: string) => v.call('search.query', { q, limit: 20 });

  it.each(['liu xiaobo', 'Liu Xiaobo', 'Liú Xiǎobō', 'LiuXiaobo', 'xiaobo liu'])('finds 刘晓波 by "%s", as a transliterated match', (q) => {
    const hits = search(q);
    expect(hits.map((h) => h.personName)).toEqual(['刘晓波']);
    expect(hits[0]).toMatchObject({ kind: 'name', caseId: liu.caseId, exactScript: false });
  });

  it('marks the characters the pinyin matched', () => {
    expect(marked(search('liu xiaobo')[0])).toEqual(['刘晓波']);
    // "Lin Xiaobo" matches as written and ranks first; 刘晓波 follows with his given name marked.
    const xiaobo = search('xiaobo');
    expect(xiaobo.map((h) => h.personName)).toEqual(['Lin Xiaobo', '刘晓波']);
    expect(marked(xiaobo[1])).toEqual(['晓波']);
    expect(marked(search('LiuXiaobo')[0])).toEqual(['刘晓波']);
  });

  it('still finds and marks Han typed as Han, before the Latin names its pinyin meets', () => {
    const hits = search('晓波');
    expect(hits.map((h) => h.personName)).toEqual(['刘晓波', 'Lin Xiaobo']);
    expect(marked(hits[0])).toEqual(['晓波']);
    expect(marked(hits[1])).toEqual(['Xiaobo']);
  });

  it('the case list marks the part of each name its search matched', () => {
    // The list keeps to names matched as written when there are any (search.ts), so each query finds one.
    const listed = (search: string) => v.call('cases.list', { search }).rows.map((r) => [r.personName, r.nameRanges]);
    expect(listed('xiaobo')).toEqual([['Lin Xiaobo', [[4, 10]]]]);
    expect(listed('liu xiaobo')).toEqual([['刘晓波', [[0, 3]]]]);
    expect(v.call('cases.list', {}).rows.every((r) => r.nameRanges === undefined)).toBe(true);
  });

  it('a shorter pinyin prefix finds every name it begins', () => {
    expect(search('liu xiao').map((h) => h.personName).sort()).toEqual(['刘晓明', '刘晓波']);
  });
});

describe('search.query with Han typed for a name kept in Latin letters', () => {
  let v: TestVault;

  beforeAll(() => {
    v = createTestVault();
    v.signInAsAdmin();
    openCase(v, { name: 'Liu Xiaobo' });
    openCase(v, { name: 'Xiaobo Liu' });
    openCase(v, { name: 'Liu Xiao Bo' });
    openCase(v, { name: 'LiuXiaobo' });
    openCase(v, { name: 'Liu Xiaoming' });
    openCase(v, { name: 'Lu Xiaobo' });
    openCase(v, { name: 'Liudmila Petrova' });
  });
  afterAll(() => v.close());

  const search = (q: string) => v.call('search.query', { q, limit: 20 });
  const names = (q: string) => search(q).map((h) => h.personName).sort();

  it('finds every spelling of the pinyin, however the words are cut, and nothing else', () => {
    expect(names('刘晓波')).toEqual(['Liu Xiao Bo', 'Liu Xiaobo', 'LiuXiaobo', 'Xiaobo Liu']);
    expect(search('刘晓波').every((h) => h.exactScript === false)).toBe(true);
  });

  it('takes the last character as the start of a word, like any typed word', () => {
    expect(names('刘晓')).toEqual(['Liu Xiao Bo', 'Liu Xiaobo', 'Liu Xiaoming', 'LiuXiaobo', 'Xiaobo Liu']);
    expect(names('刘晓明')).toEqual(['Liu Xiaoming']);
  });

  it('reads one character as one whole syllable', () => {
    expect(names('刘')).toEqual(['Liu Xiao Bo', 'Liu Xiaobo', 'Liu Xiaoming', 'Xiaobo Liu']);
  });

  it('marks the Latin words the pinyin matched', () => {
    const hit = search('刘晓波').find((h) => h.personName === 'Liu Xiaobo');
    expect(marked(hit)).toEqual(['Liu', 'Xiaobo']);
  });
});
