-- Search keys now carry the pinyin of Chinese names (db/domain/transliterate.ts), so 刘晓波 is
-- found by "Liu Xiaobo". Recompute the keys of rows whose key changed (those with Han characters);
-- the update trigger on search_docs keeps the full-text index in step.
UPDATE search_docs SET keys = habeas_search_key(original) WHERE keys <> habeas_search_key(original);
