-- Full-text search inside the encrypted database. search_docs holds one row per searchable text
-- (a name, a name variant, a charge, a facility, a case event's title and body) with its person,
-- case, kind, the original text and its transliteration key tokens (habeas_search_key, a function
-- registered on every connection in db/vault/database-file.ts; see db/domain/transliterate.ts).
-- search_index is an FTS5 index over search_docs (external content: the text is stored once).
-- Triggers on the source tables keep search_docs in step in the same transaction as every write,
-- whichever service, seed or import made it. Chosen over syncing from the services because a
-- write path that forgets the index (bulk seed inserts, cascading soft deletes, a future import)
-- cannot make it drift; and a connection without the function fails the write loudly instead.
-- search.rebuild refills everything from the search_sources view (after a change to the key rules).
CREATE TABLE `search_docs` (
	`id` integer PRIMARY KEY,
	`source` text NOT NULL,
	`kind` text NOT NULL,
	`person_id` text NOT NULL,
	`case_id` text,
	`confidential` integer NOT NULL DEFAULT 0,
	`original` text NOT NULL,
	`keys` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_docs_source_unique` ON `search_docs` (`source`);
--> statement-breakpoint
CREATE INDEX `search_docs_person_idx` ON `search_docs` (`person_id`);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_index` USING fts5(original, keys, content='search_docs', content_rowid='id', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
--> statement-breakpoint
CREATE TRIGGER search_docs_ai AFTER INSERT ON search_docs BEGIN
  INSERT INTO search_index(rowid, original, keys) VALUES (new.id, new.original, new.keys);
END;
--> statement-breakpoint
CREATE TRIGGER search_docs_ad AFTER DELETE ON search_docs BEGIN
  INSERT INTO search_index(search_index, rowid, original, keys) VALUES ('delete', old.id, old.original, old.keys);
END;
--> statement-breakpoint
CREATE TRIGGER search_docs_au AFTER UPDATE ON search_docs BEGIN
  INSERT INTO search_index(search_index, rowid, original, keys) VALUES ('delete', old.id, old.original, old.keys);
  INSERT INTO search_index(rowid, original, keys) VALUES (new.id, new.original, new.keys);
END;
--> statement-breakpoint
-- Every live searchable text, as the triggers below write it: used to fill and to rebuild the index.
-- Keep the text expressions here and in the triggers the same.
CREATE VIEW search_sources AS
  SELECT 'people:' || p.id AS source, 'name' AS kind, p.id AS person_id, NULL AS case_id, 0 AS confidential, p.name AS original
    FROM people p WHERE p.deleted_at IS NULL
  UNION ALL
  SELECT 'name_variants:' || v.id, 'variant', v.person_id, NULL, 0, v.name
    FROM name_variants v WHERE v.deleted_at IS NULL
  UNION ALL
  SELECT 'detention_episodes:' || e.id, 'facility', e.person_id, e.case_id, 0, e.facility
    FROM detention_episodes e WHERE e.deleted_at IS NULL AND trim(coalesce(e.facility, '')) <> ''
  UNION ALL
  SELECT 'charges:' || c.id, 'charge', e.person_id, e.case_id, 0, c.code || ' ' || c.article || coalesce(' — ' || c.text, '')
    FROM charges c JOIN detention_episodes e ON e.id = c.episode_id WHERE c.deleted_at IS NULL
  UNION ALL
  SELECT 'case_events:' || ev.id, 'note', k.person_id, ev.case_id, ev.confidential, ev.title || coalesce(char(10) || ev.body, '')
    FROM case_events ev JOIN cases k ON k.id = ev.case_id WHERE ev.deleted_at IS NULL;
--> statement-breakpoint
CREATE TRIGGER people_search_ai AFTER INSERT ON people WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_docs (source, kind, person_id, case_id, confidential, original, keys)
  VALUES ('people:' || new.id, 'name', new.id, NULL, 0, new.name, habeas_search_key(new.name));
END;
--> statement-breakpoint
CREATE TRIGGER people_search_au AFTER UPDATE OF name, deleted_at ON people
WHEN old.name IS NOT new.name OR old.deleted_at IS NOT new.deleted_at BEGIN
  DELETE FROM search_docs WHERE source = 'people:' || old.id;
  INSERT INTO search_docs (source, kind, person_id, case_id, confidential, original, keys)
  SELECT 'people:' || new.id, 'name', new.id, NULL, 0, new.name, habeas_search_key(new.name) WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER name_variants_search_ai AFTER INSERT ON name_variants WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_docs (source, kind, person_id, case_id, confidential, original, keys)
  VALUES ('name_variants:' || new.id, 'variant', new.person_id, NULL, 0, new.name, habeas_search_key(new.name));
END;
--> statement-breakpoint
CREATE TRIGGER name_variants_search_au AFTER UPDATE OF name, deleted_at, person_id ON name_variants
WHEN old.name IS NOT new.name OR old.deleted_at IS NOT new.deleted_at OR old.person_id IS NOT new.person_id BEGIN
  DELETE FROM search_docs WHERE source = 'name_variants:' || old.id;
  INSERT INTO search_docs (source, kind, person_id, case_id, confidential, original, keys)
  SELECT 'name_variants:' || new.id, 'variant', new.person_id, NULL, 0, new.name, habeas_search_key(new.name) WHERE new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER detention_episodes_search_ai AFTER INSERT ON detention_episodes
WHEN new.deleted_at IS NULL AND trim(coalesce(new.facility, '')) <> '' BEGIN
  INSERT INTO search_docs (source, kind, person_id, case_id, confidential, original, keys)
  VALUES ('detention_episodes:' || new.id, 'facility', new.person_id, new.case_id, 0, new.facility, habeas_search_key(new.facility));
END;
--> statement-breakpoint
CREATE TRIGGER detention_episodes_search_au AFTER UPDATE OF facility, deleted_at, case_id, person_id ON detention_episodes
WHEN old.facility IS NOT new.facility OR old.deleted_at IS NOT new.deleted_at OR old.case_id IS NOT new.case_id OR old.person_id IS NOT new.person_id BEGIN
  DELETE FROM search_docs WHERE source = 'detention_episodes:' || old.id;
  INSERT INTO search_docs (source, kind, person_id, case_id, confidential, original, keys)
  SELECT 'detention_episodes:' || new.id, 'facility', new.person_id, new.case_id, 0, new.facility, habeas_search_key(new.facility)
  WHERE new.deleted_at IS NULL AND trim(coalesce(new.facility, '')) <> '';
END;
--> statement-breakpoint
CREATE TRIGGER charges_search_ai AFTER INSERT ON charges WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_docs (source, kind, person_id, case_id, confidential, original, keys)
  SELECT 'charges:' || new.id, 'charge', e.person_id, e.case_id, 0, t.original, habeas_search_key(t.original)
  FROM detention_episodes e, (SELECT new.code || ' ' || new.article || coalesce(' — ' || new.text, '') AS original) t
  WHERE e.id = new.episode_id;
END;
--> statement-breakpoint
CREATE TRIGGER charges_search_au AFTER UPDATE OF code, article, text, deleted_at, episode_id ON charges
WHEN old.code IS NOT new.code OR old.article IS NOT new.article OR old.text IS NOT new.text OR old.deleted_at IS NOT new.deleted_at OR old.episode_id IS NOT new.episode_id BEGIN
  DELETE FROM search_docs WHERE source = 'charges:' || old.id;
  INSERT INTO search_docs (source, kind, person_id, case_id, confidential, original, keys)
  SELECT 'charges:' || new.id, 'charge', e.person_id, e.case_id, 0, t.original, habeas_search_key(t.original)
  FROM detention_episodes e, (SELECT new.code || ' ' || new.article || coalesce(' — ' || new.text, '') AS original) t
  WHERE e.id = new.episode_id AND new.deleted_at IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER case_events_search_ai AFTER INSERT ON case_events WHEN new.deleted_at IS NULL BEGIN
  INSERT INTO search_docs (source, kind, person_id, case_id, confidential, original, keys)
  SELECT 'case_events:' || new.id, 'note', k.person_id, new.case_id, new.confidential, t.original, habeas_search_key(t.original)
  FROM cases k, (SELECT new.title || coalesce(char(10) || new.body, '') AS original) t
  WHERE k.id = new.case_id;
END;
--> statement-breakpoint
CREATE TRIGGER case_events_search_au AFTER UPDATE OF title, body, confidential, deleted_at, case_id ON case_events
WHEN old.title IS NOT new.title OR old.body IS NOT new.body OR old.confidential IS NOT new.confidential OR old.deleted_at IS NOT new.deleted_at OR old.case_id IS NOT new.case_id BEGIN
  DELETE FROM search_docs WHERE source = 'case_events:' || old.id;
  INSERT INTO search_docs (source, kind, person_id, case_id, confidential, original, keys)
  SELECT 'case_events:' || new.id, 'note', k.person_id, new.case_id, new.confidential, t.original, habeas_search_key(t.original)
  FROM cases k, (SELECT new.title || coalesce(char(10) || new.body, '') AS original) t
  WHERE k.id = new.case_id AND new.deleted_at IS NULL;
END;
--> statement-breakpoint
-- Vaults made before this migration: index what they already hold.
INSERT INTO search_docs (source, kind, person_id, case_id, confidential, original, keys)
SELECT source, kind, person_id, case_id, confidential, original, habeas_search_key(original) FROM search_sources;
