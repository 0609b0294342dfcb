-- Full-text search (SQLite FTS5), written by `npm run db:search-sql`, not by hand:
-- drizzle-kit cannot express virtual tables or triggers. search_entries holds one row per
-- searchable thing; search_index is an external-content FTS5 index over it. Triggers on
-- every source table keep search_entries in sync, and triggers on search_entries keep the
-- FTS index in sync. Idempotent: safe to run on a database that already has all of it.
CREATE TABLE IF NOT EXISTS search_entries (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL,
  ref_id TEXT NOT NULL,
  deal_id TEXT,
  title TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL DEFAULT '',
  UNIQUE (kind, ref_id)
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS search_entries_title_idx ON search_entries (title COLLATE NOCASE);
--> statement-breakpoint
CREATE VIRTUAL TABLE IF NOT EXISTS search_index USING fts5(
  kind UNINDEXED, ref_id UNINDEXED, deal_id UNINDEXED, title, body,
  content='search_entries', content_rowid='id',
  tokenize='unicode61 remove_diacritics 2', prefix='2 3'
);
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_entries_ai;
--> statement-breakpoint
CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
  INSERT INTO search_index(rowid, kind, ref_id, deal_id, title, body) VALUES (new.id, new.kind, new.ref_id, new.deal_id, new.title, new.body);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_entries_ad;
--> statement-breakpoint
CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
  INSERT INTO search_index(search_index, rowid, kind, ref_id, deal_id, title, body) VALUES ('delete', old.id, old.kind, old.ref_id, old.deal_id, old.title, old.body);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_entries_au;
--> statement-breakpoint
CREATE TRIGGER search_entries_au AFTER UPDATE ON search_entries BEGIN
  INSERT INTO search_index(search_index, rowid, kind, ref_id, deal_id, title, body) VALUES ('delete', old.id, old.kind, old.ref_id, old.deal_id, old.title, old.body);
  INSERT INTO search_index(rowid, kind, ref_id, deal_id, title, body) VALUES (new.id, new.kind, new.ref_id, new.deal_id, new.title, new.body);
END;
--> statement-breakpoint
-- deal: deals
DROP TRIGGER IF EXISTS search_deals_ai;
--> statement-breakpoint
CREATE TRIGGER search_deals_ai AFTER INSERT ON deals BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'deal', r.id, r.id, coalesce(r.title, ''), coalesce(trim(coalesce(r.counterparty, '') || ' ' || coalesce(r.notes, '')), '') FROM deals AS r WHERE r.id = new.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'deal' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM deals AS r WHERE r.id = new.id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_deals_au;
--> statement-breakpoint
CREATE TRIGGER search_deals_au AFTER UPDATE OF title, counterparty, notes ON deals BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'deal', r.id, r.id, coalesce(r.title, ''), coalesce(trim(coalesce(r.counterparty, '') || ' ' || coalesce(r.notes, '')), '') FROM deals AS r WHERE r.id = new.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'deal' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM deals AS r WHERE r.id = new.id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_deals_ad;
--> statement-breakpoint
CREATE TRIGGER search_deals_ad AFTER DELETE ON deals BEGIN
  DELETE FROM search_entries WHERE kind = 'deal' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'deal';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'deal', r.id, r.id, coalesce(r.title, ''), coalesce(trim(coalesce(r.counterparty, '') || ' ' || coalesce(r.notes, '')), '') FROM deals AS r WHERE true;
--> statement-breakpoint
-- issue: issues, issue_options
DROP TRIGGER IF EXISTS search_issues_ai;
--> statement-breakpoint
CREATE TRIGGER search_issues_ai AFTER INSERT ON issues BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'issue', r.id, r.deal_id, coalesce(r.name, ''), coalesce(trim(coalesce(r.notes, '') || ' ' || coalesce((SELECT group_concat(o.label, ' ') FROM issue_options AS o WHERE o.issue_id = r.id), '')), '') FROM issues AS r WHERE r.id = new.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'issue' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM issues AS r WHERE r.id = new.id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_issues_au;
--> statement-breakpoint
CREATE TRIGGER search_issues_au AFTER UPDATE OF name, notes, deal_id ON issues BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'issue', r.id, r.deal_id, coalesce(r.name, ''), coalesce(trim(coalesce(r.notes, '') || ' ' || coalesce((SELECT group_concat(o.label, ' ') FROM issue_options AS o WHERE o.issue_id = r.id), '')), '') FROM issues AS r WHERE r.id = new.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'issue' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM issues AS r WHERE r.id = new.id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_issues_ad;
--> statement-breakpoint
CREATE TRIGGER search_issues_ad AFTER DELETE ON issues BEGIN
  DELETE FROM search_entries WHERE kind = 'issue' AND ref_id = old.id;
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_issue_options_ai;
--> statement-breakpoint
CREATE TRIGGER search_issue_options_ai AFTER INSERT ON issue_options BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'issue', r.id, r.deal_id, coalesce(r.name, ''), coalesce(trim(coalesce(r.notes, '') || ' ' || coalesce((SELECT group_concat(o.label, ' ') FROM issue_options AS o WHERE o.issue_id = r.id), '')), '') FROM issues AS r WHERE r.id = new.issue_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'issue' AND ref_id = new.issue_id
    AND NOT EXISTS (SELECT 1 FROM issues AS r WHERE r.id = new.issue_id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_issue_options_au;
--> statement-breakpoint
CREATE TRIGGER search_issue_options_au AFTER UPDATE OF label, issue_id ON issue_options BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'issue', r.id, r.deal_id, coalesce(r.name, ''), coalesce(trim(coalesce(r.notes, '') || ' ' || coalesce((SELECT group_concat(o.label, ' ') FROM issue_options AS o WHERE o.issue_id = r.id), '')), '') FROM issues AS r WHERE r.id = old.issue_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'issue' AND ref_id = old.issue_id
    AND NOT EXISTS (SELECT 1 FROM issues AS r WHERE r.id = old.issue_id);
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'issue', r.id, r.deal_id, coalesce(r.name, ''), coalesce(trim(coalesce(r.notes, '') || ' ' || coalesce((SELECT group_concat(o.label, ' ') FROM issue_options AS o WHERE o.issue_id = r.id), '')), '') FROM issues AS r WHERE r.id = new.issue_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'issue' AND ref_id = new.issue_id
    AND NOT EXISTS (SELECT 1 FROM issues AS r WHERE r.id = new.issue_id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_issue_options_ad;
--> statement-breakpoint
CREATE TRIGGER search_issue_options_ad AFTER DELETE ON issue_options BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'issue', r.id, r.deal_id, coalesce(r.name, ''), coalesce(trim(coalesce(r.notes, '') || ' ' || coalesce((SELECT group_concat(o.label, ' ') FROM issue_options AS o WHERE o.issue_id = r.id), '')), '') FROM issues AS r WHERE r.id = old.issue_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'issue' AND ref_id = old.issue_id
    AND NOT EXISTS (SELECT 1 FROM issues AS r WHERE r.id = old.issue_id);
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'issue';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'issue', r.id, r.deal_id, coalesce(r.name, ''), coalesce(trim(coalesce(r.notes, '') || ' ' || coalesce((SELECT group_concat(o.label, ' ') FROM issue_options AS o WHERE o.issue_id = r.id), '')), '') FROM issues AS r WHERE true;
--> statement-breakpoint
-- talking_points: talking_points
DROP TRIGGER IF EXISTS search_talking_points_ai;
--> statement-breakpoint
CREATE TRIGGER search_talking_points_ai AFTER INSERT ON talking_points BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'talking_points', r.deal_id, r.deal_id, coalesce('What to say', ''), coalesce(r.text, '') FROM talking_points AS r WHERE r.deal_id = new.deal_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'talking_points' AND ref_id = new.deal_id
    AND NOT EXISTS (SELECT 1 FROM talking_points AS r WHERE r.deal_id = new.deal_id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_talking_points_au;
--> statement-breakpoint
CREATE TRIGGER search_talking_points_au AFTER UPDATE OF text ON talking_points BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'talking_points', r.deal_id, r.deal_id, coalesce('What to say', ''), coalesce(r.text, '') FROM talking_points AS r WHERE r.deal_id = new.deal_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'talking_points' AND ref_id = new.deal_id
    AND NOT EXISTS (SELECT 1 FROM talking_points AS r WHERE r.deal_id = new.deal_id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_talking_points_ad;
--> statement-breakpoint
CREATE TRIGGER search_talking_points_ad AFTER DELETE ON talking_points BEGIN
  DELETE FROM search_entries WHERE kind = 'talking_points' AND ref_id = old.deal_id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'talking_points';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'talking_points', r.deal_id, r.deal_id, coalesce('What to say', ''), coalesce(r.text, '') FROM talking_points AS r WHERE true;
--> statement-breakpoint
-- stakeholder: stakeholders
DROP TRIGGER IF EXISTS search_stakeholders_ai;
--> statement-breakpoint
CREATE TRIGGER search_stakeholders_ai AFTER INSERT ON stakeholders BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'stakeholder', r.id, r.deal_id, coalesce(r.name, ''), coalesce(trim(coalesce(r.title, '') || ' ' || coalesce(r.interests, '') || ' ' || coalesce(r.must_haves, '') || ' ' || coalesce(r.red_lines, '') || ' ' || coalesce(r.face_saving, '') || ' ' || coalesce(r.political_capital, '') || ' ' || coalesce(r.relationship_notes, '')), '') FROM stakeholders AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'stakeholder' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM stakeholders AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_stakeholders_au;
--> statement-breakpoint
CREATE TRIGGER search_stakeholders_au AFTER UPDATE OF name, title, interests, must_haves, red_lines, face_saving, political_capital, relationship_notes, deleted_at ON stakeholders BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'stakeholder', r.id, r.deal_id, coalesce(r.name, ''), coalesce(trim(coalesce(r.title, '') || ' ' || coalesce(r.interests, '') || ' ' || coalesce(r.must_haves, '') || ' ' || coalesce(r.red_lines, '') || ' ' || coalesce(r.face_saving, '') || ' ' || coalesce(r.political_capital, '') || ' ' || coalesce(r.relationship_notes, '')), '') FROM stakeholders AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'stakeholder' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM stakeholders AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_stakeholders_ad;
--> statement-breakpoint
CREATE TRIGGER search_stakeholders_ad AFTER DELETE ON stakeholders BEGIN
  DELETE FROM search_entries WHERE kind = 'stakeholder' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'stakeholder';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'stakeholder', r.id, r.deal_id, coalesce(r.name, ''), coalesce(trim(coalesce(r.title, '') || ' ' || coalesce(r.interests, '') || ' ' || coalesce(r.must_haves, '') || ' ' || coalesce(r.red_lines, '') || ' ' || coalesce(r.face_saving, '') || ' ' || coalesce(r.political_capital, '') || ' ' || coalesce(r.relationship_notes, '')), '') FROM stakeholders AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- evidence: evidence_items
DROP TRIGGER IF EXISTS search_evidence_items_ai;
--> statement-breakpoint
CREATE TRIGGER search_evidence_items_ai AFTER INSERT ON evidence_items BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'evidence', r.id, r.deal_id, coalesce(r.title, ''), coalesce(trim(coalesce(r.source, '') || ' ' || coalesce(r.notes, '')), '') FROM evidence_items AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'evidence' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM evidence_items AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_evidence_items_au;
--> statement-breakpoint
CREATE TRIGGER search_evidence_items_au AFTER UPDATE OF title, source, notes, deleted_at ON evidence_items BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'evidence', r.id, r.deal_id, coalesce(r.title, ''), coalesce(trim(coalesce(r.source, '') || ' ' || coalesce(r.notes, '')), '') FROM evidence_items AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'evidence' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM evidence_items AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_evidence_items_ad;
--> statement-breakpoint
CREATE TRIGGER search_evidence_items_ad AFTER DELETE ON evidence_items BEGIN
  DELETE FROM search_entries WHERE kind = 'evidence' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'evidence';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'evidence', r.id, r.deal_id, coalesce(r.title, ''), coalesce(trim(coalesce(r.source, '') || ' ' || coalesce(r.notes, '')), '') FROM evidence_items AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- lesson: debrief_lessons
DROP TRIGGER IF EXISTS search_debrief_lessons_ai;
--> statement-breakpoint
CREATE TRIGGER search_debrief_lessons_ai AFTER INSERT ON debrief_lessons BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'lesson', r.id, r.deal_id, coalesce(substr(r.text, 1, 80), ''), coalesce(r.text, '') FROM debrief_lessons AS r WHERE r.id = new.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'lesson' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM debrief_lessons AS r WHERE r.id = new.id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_debrief_lessons_au;
--> statement-breakpoint
CREATE TRIGGER search_debrief_lessons_au AFTER UPDATE OF text ON debrief_lessons BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'lesson', r.id, r.deal_id, coalesce(substr(r.text, 1, 80), ''), coalesce(r.text, '') FROM debrief_lessons AS r WHERE r.id = new.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'lesson' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM debrief_lessons AS r WHERE r.id = new.id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_debrief_lessons_ad;
--> statement-breakpoint
CREATE TRIGGER search_debrief_lessons_ad AFTER DELETE ON debrief_lessons BEGIN
  DELETE FROM search_entries WHERE kind = 'lesson' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'lesson';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'lesson', r.id, r.deal_id, coalesce(substr(r.text, 1, 80), ''), coalesce(r.text, '') FROM debrief_lessons AS r WHERE true;
--> statement-breakpoint
-- template: templates
DROP TRIGGER IF EXISTS search_templates_ai;
--> statement-breakpoint
CREATE TRIGGER search_templates_ai AFTER INSERT ON templates BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'template', r.id, NULL, coalesce(r.name, ''), coalesce(trim(coalesce(r.description, '') || ' ' || coalesce((SELECT group_concat(json_extract(j.value, '$.name'), ' ') FROM json_each(r.document, '$.issues') AS j), '') || ' ' || coalesce((SELECT group_concat(j.value, ' ') FROM json_each(r.document, '$.questions') AS j), '')), '') FROM templates AS r WHERE r.id = new.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'template' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM templates AS r WHERE r.id = new.id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_templates_au;
--> statement-breakpoint
CREATE TRIGGER search_templates_au AFTER UPDATE OF name, description, document ON templates BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'template', r.id, NULL, coalesce(r.name, ''), coalesce(trim(coalesce(r.description, '') || ' ' || coalesce((SELECT group_concat(json_extract(j.value, '$.name'), ' ') FROM json_each(r.document, '$.issues') AS j), '') || ' ' || coalesce((SELECT group_concat(j.value, ' ') FROM json_each(r.document, '$.questions') AS j), '')), '') FROM templates AS r WHERE r.id = new.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'template' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM templates AS r WHERE r.id = new.id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_templates_ad;
--> statement-breakpoint
CREATE TRIGGER search_templates_ad AFTER DELETE ON templates BEGIN
  DELETE FROM search_entries WHERE kind = 'template' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'template';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'template', r.id, NULL, coalesce(r.name, ''), coalesce(trim(coalesce(r.description, '') || ' ' || coalesce((SELECT group_concat(json_extract(j.value, '$.name'), ' ') FROM json_each(r.document, '$.issues') AS j), '') || ' ' || coalesce((SELECT group_concat(j.value, ' ') FROM json_each(r.document, '$.questions') AS j), '')), '') FROM templates AS r WHERE true;
--> statement-breakpoint
-- tradeable: library_tradeables
DROP TRIGGER IF EXISTS search_library_tradeables_ai;
--> statement-breakpoint
CREATE TRIGGER search_library_tradeables_ai AFTER INSERT ON library_tradeables BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'tradeable', r.id, NULL, coalesce(r.name, ''), coalesce(trim(coalesce(r.notes, '') || ' ' || coalesce((SELECT group_concat(j.value, ' ') FROM json_each(r.options, '$') AS j), '')), '') FROM library_tradeables AS r WHERE r.id = new.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'tradeable' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM library_tradeables AS r WHERE r.id = new.id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_library_tradeables_au;
--> statement-breakpoint
CREATE TRIGGER search_library_tradeables_au AFTER UPDATE OF name, options, notes ON library_tradeables BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'tradeable', r.id, NULL, coalesce(r.name, ''), coalesce(trim(coalesce(r.notes, '') || ' ' || coalesce((SELECT group_concat(j.value, ' ') FROM json_each(r.options, '$') AS j), '')), '') FROM library_tradeables AS r WHERE r.id = new.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'tradeable' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM library_tradeables AS r WHERE r.id = new.id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_library_tradeables_ad;
--> statement-breakpoint
CREATE TRIGGER search_library_tradeables_ad AFTER DELETE ON library_tradeables BEGIN
  DELETE FROM search_entries WHERE kind = 'tradeable' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'tradeable';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'tradeable', r.id, NULL, coalesce(r.name, ''), coalesce(trim(coalesce(r.notes, '') || ' ' || coalesce((SELECT group_concat(j.value, ' ') FROM json_each(r.options, '$') AS j), '')), '') FROM library_tradeables AS r WHERE true;
--> statement-breakpoint
-- phrase: phrases
DROP TRIGGER IF EXISTS search_phrases_ai;
--> statement-breakpoint
CREATE TRIGGER search_phrases_ai AFTER INSERT ON phrases BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'phrase', r.id, NULL, coalesce(r.text, ''), coalesce(r.notes, '') FROM phrases AS r WHERE r.id = new.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'phrase' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM phrases AS r WHERE r.id = new.id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_phrases_au;
--> statement-breakpoint
CREATE TRIGGER search_phrases_au AFTER UPDATE OF text, notes ON phrases BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'phrase', r.id, NULL, coalesce(r.text, ''), coalesce(r.notes, '') FROM phrases AS r WHERE r.id = new.id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'phrase' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM phrases AS r WHERE r.id = new.id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_phrases_ad;
--> statement-breakpoint
CREATE TRIGGER search_phrases_ad AFTER DELETE ON phrases BEGIN
  DELETE FROM search_entries WHERE kind = 'phrase' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'phrase';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'phrase', r.id, NULL, coalesce(r.text, ''), coalesce(r.notes, '') FROM phrases AS r WHERE true;
