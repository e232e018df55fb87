-- Search keys now hold a word's Latin letters both read as sounds and without their marks, and
-- fold ı, ø, ł, đ, ß and the ayn/hamza signs ʿ ʾ (db/domain/transliterate.ts, rule 3), so "Seda
-- Taskin" finds "Seda Taşkın". Recompute the keys of rows whose key changed; the update trigger on
-- search_docs keeps the full-text index in step.
UPDATE search_docs SET keys = habeas_search_key(original) WHERE keys <> habeas_search_key(original);
