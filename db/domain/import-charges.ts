// Charges written in a spreadsheet cell ("205.2 УК РФ; 280", "ст. 205.3, 223.1, 222.1 УК РФ")
// read as code and article pairs. Pure. Parts and points ("ч. 2", "part 1") are kept out of the
// article number; the code named in the cell applies to every article in it.
export interface ChargeReading {
  code: string;
  article: string;
}

const CODE = /(?<![\p{L}])(УК|КоАП|UK|CC|KoAP)\s?(РФ|РК|КР|РТ|РУз|RF|RK|KR|RT|RUz|[A-ZА-Я]{2})?(?![\p{L}])/u;
const PARTS = /(ч\.|часть|части|п\.|пункт|part|para\.?)\s*\d+/giu;
const ARTICLE = /(?<![\d.])(\d{1,3}(?:\.\d{1,2})?)(?![\d])/gu;

/** Code and articles of a cell; the code falls back to the given one when the cell names none. */
export function readCharges(raw: string, fallbackCode: string): ChargeReading[] {
  const found = CODE.exec(raw);
  const code = found ? [found[1], found[2]].filter(Boolean).join(' ') : fallbackCode;
  const text = raw.replace(new RegExp(CODE.source, 'gu'), ' ').replace(PARTS, ' ').replace(/\b\d{4}\b/g, ' ');
  const seen = new Set<string>();
  const out: ChargeReading[] = [];
  for (const m of text.matchAll(ARTICLE)) {
    const article = m[1] ?? '';
    if (!article || seen.has(article)) continue;
    seen.add(article);
    out.push({ code, article });
  }
  return out;
}
