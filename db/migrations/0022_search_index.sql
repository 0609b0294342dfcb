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
CREATE TRIGGER search_deals_au AFTER UPDATE OF "title", "counterparty", "notes" ON deals BEGIN
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
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'issue', r.id, r.deal_id, coalesce(r."name", ''), coalesce(trim(coalesce(r."notes", '') || ' ' || coalesce(r."unit", '') || ' ' || coalesce(r."legitimacy", '') || ' ' || coalesce((SELECT group_concat(trim(coalesce(c."label", '')), ' ') FROM issue_options AS c WHERE c.issue_id = r.id AND c.deleted_at IS NULL), '')), '') FROM issues AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'issue' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM issues AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_issues_au;
--> statement-breakpoint
CREATE TRIGGER search_issues_au AFTER UPDATE OF "name", "notes", "unit", "legitimacy", "deleted_at" ON issues BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'issue', r.id, r.deal_id, coalesce(r."name", ''), coalesce(trim(coalesce(r."notes", '') || ' ' || coalesce(r."unit", '') || ' ' || coalesce(r."legitimacy", '') || ' ' || coalesce((SELECT group_concat(trim(coalesce(c."label", '')), ' ') FROM issue_options AS c WHERE c.issue_id = r.id AND c.deleted_at IS NULL), '')), '') FROM issues AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'issue' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM issues AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
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
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'issue', r.id, r.deal_id, coalesce(r."name", ''), coalesce(trim(coalesce(r."notes", '') || ' ' || coalesce(r."unit", '') || ' ' || coalesce(r."legitimacy", '') || ' ' || coalesce((SELECT group_concat(trim(coalesce(c."label", '')), ' ') FROM issue_options AS c WHERE c.issue_id = r.id AND c.deleted_at IS NULL), '')), '') FROM issues AS r WHERE r.id = new.issue_id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'issue' AND ref_id = new.issue_id
    AND NOT EXISTS (SELECT 1 FROM issues AS r WHERE r.id = new.issue_id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_issue_options_au;
--> statement-breakpoint
CREATE TRIGGER search_issue_options_au AFTER UPDATE OF "label", "issue_id", "deleted_at" ON issue_options BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'issue', r.id, r.deal_id, coalesce(r."name", ''), coalesce(trim(coalesce(r."notes", '') || ' ' || coalesce(r."unit", '') || ' ' || coalesce(r."legitimacy", '') || ' ' || coalesce((SELECT group_concat(trim(coalesce(c."label", '')), ' ') FROM issue_options AS c WHERE c.issue_id = r.id AND c.deleted_at IS NULL), '')), '') FROM issues AS r WHERE r.id = old.issue_id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'issue' AND ref_id = old.issue_id
    AND NOT EXISTS (SELECT 1 FROM issues AS r WHERE r.id = old.issue_id AND r.deleted_at IS NULL);
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'issue', r.id, r.deal_id, coalesce(r."name", ''), coalesce(trim(coalesce(r."notes", '') || ' ' || coalesce(r."unit", '') || ' ' || coalesce(r."legitimacy", '') || ' ' || coalesce((SELECT group_concat(trim(coalesce(c."label", '')), ' ') FROM issue_options AS c WHERE c.issue_id = r.id AND c.deleted_at IS NULL), '')), '') FROM issues AS r WHERE r.id = new.issue_id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'issue' AND ref_id = new.issue_id
    AND NOT EXISTS (SELECT 1 FROM issues AS r WHERE r.id = new.issue_id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_issue_options_ad;
--> statement-breakpoint
CREATE TRIGGER search_issue_options_ad AFTER DELETE ON issue_options BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'issue', r.id, r.deal_id, coalesce(r."name", ''), coalesce(trim(coalesce(r."notes", '') || ' ' || coalesce(r."unit", '') || ' ' || coalesce(r."legitimacy", '') || ' ' || coalesce((SELECT group_concat(trim(coalesce(c."label", '')), ' ') FROM issue_options AS c WHERE c.issue_id = r.id AND c.deleted_at IS NULL), '')), '') FROM issues AS r WHERE r.id = old.issue_id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'issue' AND ref_id = old.issue_id
    AND NOT EXISTS (SELECT 1 FROM issues AS r WHERE r.id = old.issue_id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'issue';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'issue', r.id, r.deal_id, coalesce(r."name", ''), coalesce(trim(coalesce(r."notes", '') || ' ' || coalesce(r."unit", '') || ' ' || coalesce(r."legitimacy", '') || ' ' || coalesce((SELECT group_concat(trim(coalesce(c."label", '')), ' ') FROM issue_options AS c WHERE c.issue_id = r.id AND c.deleted_at IS NULL), '')), '') FROM issues AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- batna: batnas
DROP TRIGGER IF EXISTS search_batnas_ai;
--> statement-breakpoint
CREATE TRIGGER search_batnas_ai AFTER INSERT ON batnas BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'batna', r.deal_id, r.deal_id, coalesce('BATNA', ''), coalesce(trim(coalesce(r."our_description", '') || ' ' || coalesce(r."our_course", '') || ' ' || coalesce(r."our_risk", '') || ' ' || coalesce(r."our_timing", '') || ' ' || coalesce(r."their_description", '') || ' ' || coalesce(r."their_evidence", '') || ' ' || coalesce(r."scale_unit", '')), '') FROM batnas AS r WHERE r.deal_id = new.deal_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'batna' AND ref_id = new.deal_id
    AND NOT EXISTS (SELECT 1 FROM batnas AS r WHERE r.deal_id = new.deal_id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_batnas_au;
--> statement-breakpoint
CREATE TRIGGER search_batnas_au AFTER UPDATE OF "our_description", "our_course", "our_risk", "our_timing", "their_description", "their_evidence", "scale_unit" ON batnas BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'batna', r.deal_id, r.deal_id, coalesce('BATNA', ''), coalesce(trim(coalesce(r."our_description", '') || ' ' || coalesce(r."our_course", '') || ' ' || coalesce(r."our_risk", '') || ' ' || coalesce(r."our_timing", '') || ' ' || coalesce(r."their_description", '') || ' ' || coalesce(r."their_evidence", '') || ' ' || coalesce(r."scale_unit", '')), '') FROM batnas AS r WHERE r.deal_id = new.deal_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'batna' AND ref_id = new.deal_id
    AND NOT EXISTS (SELECT 1 FROM batnas AS r WHERE r.deal_id = new.deal_id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_batnas_ad;
--> statement-breakpoint
CREATE TRIGGER search_batnas_ad AFTER DELETE ON batnas BEGIN
  DELETE FROM search_entries WHERE kind = 'batna' AND ref_id = old.deal_id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'batna';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'batna', r.deal_id, r.deal_id, coalesce('BATNA', ''), coalesce(trim(coalesce(r."our_description", '') || ' ' || coalesce(r."our_course", '') || ' ' || coalesce(r."our_risk", '') || ' ' || coalesce(r."our_timing", '') || ' ' || coalesce(r."their_description", '') || ' ' || coalesce(r."their_evidence", '') || ' ' || coalesce(r."scale_unit", '')), '') FROM batnas AS r WHERE true;
--> statement-breakpoint
-- batnaActions: batna_actions
DROP TRIGGER IF EXISTS search_batna_actions_ai;
--> statement-breakpoint
CREATE TRIGGER search_batna_actions_ai AFTER INSERT ON batna_actions BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'batnaActions', r.id, r.deal_id, coalesce(r."text", ''), coalesce(trim(coalesce(r."owner", '')), '') FROM batna_actions AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'batnaActions' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM batna_actions AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_batna_actions_au;
--> statement-breakpoint
CREATE TRIGGER search_batna_actions_au AFTER UPDATE OF "text", "owner", "deleted_at" ON batna_actions BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'batnaActions', r.id, r.deal_id, coalesce(r."text", ''), coalesce(trim(coalesce(r."owner", '')), '') FROM batna_actions AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'batnaActions' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM batna_actions AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_batna_actions_ad;
--> statement-breakpoint
CREATE TRIGGER search_batna_actions_ad AFTER DELETE ON batna_actions BEGIN
  DELETE FROM search_entries WHERE kind = 'batnaActions' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'batnaActions';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'batnaActions', r.id, r.deal_id, coalesce(r."text", ''), coalesce(trim(coalesce(r."owner", '')), '') FROM batna_actions AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- stakeholder: stakeholders
DROP TRIGGER IF EXISTS search_stakeholders_ai;
--> statement-breakpoint
CREATE TRIGGER search_stakeholders_ai AFTER INSERT ON stakeholders BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'stakeholder', r.id, r.deal_id, coalesce(r."name", ''), coalesce(trim(coalesce(r."title", '') || ' ' || coalesce(r."interests", '') || ' ' || coalesce(r."must_haves", '') || ' ' || coalesce(r."red_lines", '') || ' ' || coalesce(r."face_saving", '') || ' ' || coalesce(r."political_capital", '') || ' ' || coalesce(r."relationship_notes", '')), '') FROM stakeholders AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'stakeholder' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM stakeholders AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_stakeholders_au;
--> statement-breakpoint
CREATE TRIGGER search_stakeholders_au AFTER UPDATE OF "name", "title", "interests", "must_haves", "red_lines", "face_saving", "political_capital", "relationship_notes", "deleted_at" ON stakeholders BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'stakeholder', r.id, r.deal_id, coalesce(r."name", ''), coalesce(trim(coalesce(r."title", '') || ' ' || coalesce(r."interests", '') || ' ' || coalesce(r."must_haves", '') || ' ' || coalesce(r."red_lines", '') || ' ' || coalesce(r."face_saving", '') || ' ' || coalesce(r."political_capital", '') || ' ' || coalesce(r."relationship_notes", '')), '') FROM stakeholders AS r WHERE r.id = new.id AND r.deleted_at IS NULL
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
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'stakeholder', r.id, r.deal_id, coalesce(r."name", ''), coalesce(trim(coalesce(r."title", '') || ' ' || coalesce(r."interests", '') || ' ' || coalesce(r."must_haves", '') || ' ' || coalesce(r."red_lines", '') || ' ' || coalesce(r."face_saving", '') || ' ' || coalesce(r."political_capital", '') || ' ' || coalesce(r."relationship_notes", '')), '') FROM stakeholders AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- decisionSteps: decision_steps
DROP TRIGGER IF EXISTS search_decision_steps_ai;
--> statement-breakpoint
CREATE TRIGGER search_decision_steps_ai AFTER INSERT ON decision_steps BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'decisionSteps', r.id, r.deal_id, coalesce(r."approval", ''), coalesce(trim(coalesce(r."notes", '')), '') FROM decision_steps AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'decisionSteps' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM decision_steps AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_decision_steps_au;
--> statement-breakpoint
CREATE TRIGGER search_decision_steps_au AFTER UPDATE OF "approval", "notes", "deleted_at" ON decision_steps BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'decisionSteps', r.id, r.deal_id, coalesce(r."approval", ''), coalesce(trim(coalesce(r."notes", '')), '') FROM decision_steps AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'decisionSteps' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM decision_steps AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_decision_steps_ad;
--> statement-breakpoint
CREATE TRIGGER search_decision_steps_ad AFTER DELETE ON decision_steps BEGIN
  DELETE FROM search_entries WHERE kind = 'decisionSteps' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'decisionSteps';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'decisionSteps', r.id, r.deal_id, coalesce(r."approval", ''), coalesce(trim(coalesce(r."notes", '')), '') FROM decision_steps AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- positions: positions
DROP TRIGGER IF EXISTS search_positions_ai;
--> statement-breakpoint
CREATE TRIGGER search_positions_ai AFTER INSERT ON positions BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'positions', r.id, r.deal_id, coalesce(r."text", ''), coalesce('', '') FROM positions AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'positions' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM positions AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_positions_au;
--> statement-breakpoint
CREATE TRIGGER search_positions_au AFTER UPDATE OF "text", "deleted_at" ON positions BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'positions', r.id, r.deal_id, coalesce(r."text", ''), coalesce('', '') FROM positions AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'positions' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM positions AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_positions_ad;
--> statement-breakpoint
CREATE TRIGGER search_positions_ad AFTER DELETE ON positions BEGIN
  DELETE FROM search_entries WHERE kind = 'positions' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'positions';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'positions', r.id, r.deal_id, coalesce(r."text", ''), coalesce('', '') FROM positions AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- interests: interests
DROP TRIGGER IF EXISTS search_interests_ai;
--> statement-breakpoint
CREATE TRIGGER search_interests_ai AFTER INSERT ON interests BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'interests', r.id, r.deal_id, coalesce(r."text", ''), coalesce('', '') FROM interests AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'interests' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM interests AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_interests_au;
--> statement-breakpoint
CREATE TRIGGER search_interests_au AFTER UPDATE OF "text", "deleted_at" ON interests BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'interests', r.id, r.deal_id, coalesce(r."text", ''), coalesce('', '') FROM interests AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'interests' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM interests AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_interests_ad;
--> statement-breakpoint
CREATE TRIGGER search_interests_ad AFTER DELETE ON interests BEGIN
  DELETE FROM search_entries WHERE kind = 'interests' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'interests';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'interests', r.id, r.deal_id, coalesce(r."text", ''), coalesce('', '') FROM interests AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- diagnosticQuestions: diagnostic_questions
DROP TRIGGER IF EXISTS search_diagnostic_questions_ai;
--> statement-breakpoint
CREATE TRIGGER search_diagnostic_questions_ai AFTER INSERT ON diagnostic_questions BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'diagnosticQuestions', r.id, r.deal_id, coalesce(r."text", ''), coalesce(trim(coalesce(r."answer", '')), '') FROM diagnostic_questions AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'diagnosticQuestions' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM diagnostic_questions AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_diagnostic_questions_au;
--> statement-breakpoint
CREATE TRIGGER search_diagnostic_questions_au AFTER UPDATE OF "text", "answer", "deleted_at" ON diagnostic_questions BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'diagnosticQuestions', r.id, r.deal_id, coalesce(r."text", ''), coalesce(trim(coalesce(r."answer", '')), '') FROM diagnostic_questions AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'diagnosticQuestions' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM diagnostic_questions AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_diagnostic_questions_ad;
--> statement-breakpoint
CREATE TRIGGER search_diagnostic_questions_ad AFTER DELETE ON diagnostic_questions BEGIN
  DELETE FROM search_entries WHERE kind = 'diagnosticQuestions' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'diagnosticQuestions';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'diagnosticQuestions', r.id, r.deal_id, coalesce(r."text", ''), coalesce(trim(coalesce(r."answer", '')), '') FROM diagnostic_questions AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- team_member: team_members
DROP TRIGGER IF EXISTS search_team_members_ai;
--> statement-breakpoint
CREATE TRIGGER search_team_members_ai AFTER INSERT ON team_members BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'team_member', r.id, r.deal_id, coalesce(r."name", ''), coalesce(trim(coalesce(r."title", '') || ' ' || coalesce(r."responsibility", '')), '') FROM team_members AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'team_member' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM team_members AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_team_members_au;
--> statement-breakpoint
CREATE TRIGGER search_team_members_au AFTER UPDATE OF "name", "title", "responsibility", "deleted_at" ON team_members BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'team_member', r.id, r.deal_id, coalesce(r."name", ''), coalesce(trim(coalesce(r."title", '') || ' ' || coalesce(r."responsibility", '')), '') FROM team_members AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'team_member' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM team_members AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_team_members_ad;
--> statement-breakpoint
CREATE TRIGGER search_team_members_ad AFTER DELETE ON team_members BEGIN
  DELETE FROM search_entries WHERE kind = 'team_member' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'team_member';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'team_member', r.id, r.deal_id, coalesce(r."name", ''), coalesce(trim(coalesce(r."title", '') || ' ' || coalesce(r."responsibility", '')), '') FROM team_members AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- authorityLimits: authority_limits
DROP TRIGGER IF EXISTS search_authority_limits_ai;
--> statement-breakpoint
CREATE TRIGGER search_authority_limits_ai AFTER INSERT ON authority_limits BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'authorityLimits', r.id, r.deal_id, coalesce(r."note", ''), coalesce('', '') FROM authority_limits AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'authorityLimits' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM authority_limits AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_authority_limits_au;
--> statement-breakpoint
CREATE TRIGGER search_authority_limits_au AFTER UPDATE OF "note", "deleted_at" ON authority_limits BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'authorityLimits', r.id, r.deal_id, coalesce(r."note", ''), coalesce('', '') FROM authority_limits AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'authorityLimits' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM authority_limits AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_authority_limits_ad;
--> statement-breakpoint
CREATE TRIGGER search_authority_limits_ad AFTER DELETE ON authority_limits BEGIN
  DELETE FROM search_entries WHERE kind = 'authorityLimits' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'authorityLimits';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'authorityLimits', r.id, r.deal_id, coalesce(r."note", ''), coalesce('', '') FROM authority_limits AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- leverageItems: leverage_items
DROP TRIGGER IF EXISTS search_leverage_items_ai;
--> statement-breakpoint
CREATE TRIGGER search_leverage_items_ai AFTER INSERT ON leverage_items BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'leverageItems', r.id, r.deal_id, coalesce(r."description", ''), coalesce('', '') FROM leverage_items AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'leverageItems' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM leverage_items AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_leverage_items_au;
--> statement-breakpoint
CREATE TRIGGER search_leverage_items_au AFTER UPDATE OF "description", "deleted_at" ON leverage_items BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'leverageItems', r.id, r.deal_id, coalesce(r."description", ''), coalesce('', '') FROM leverage_items AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'leverageItems' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM leverage_items AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_leverage_items_ad;
--> statement-breakpoint
CREATE TRIGGER search_leverage_items_ad AFTER DELETE ON leverage_items BEGIN
  DELETE FROM search_entries WHERE kind = 'leverageItems' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'leverageItems';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'leverageItems', r.id, r.deal_id, coalesce(r."description", ''), coalesce('', '') FROM leverage_items AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- leverageActions: leverage_actions
DROP TRIGGER IF EXISTS search_leverage_actions_ai;
--> statement-breakpoint
CREATE TRIGGER search_leverage_actions_ai AFTER INSERT ON leverage_actions BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'leverageActions', r.id, r.deal_id, coalesce(r."action", ''), coalesce(trim(coalesce(r."owner", '')), '') FROM leverage_actions AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'leverageActions' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM leverage_actions AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_leverage_actions_au;
--> statement-breakpoint
CREATE TRIGGER search_leverage_actions_au AFTER UPDATE OF "action", "owner", "deleted_at" ON leverage_actions BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'leverageActions', r.id, r.deal_id, coalesce(r."action", ''), coalesce(trim(coalesce(r."owner", '')), '') FROM leverage_actions AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'leverageActions' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM leverage_actions AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_leverage_actions_ad;
--> statement-breakpoint
CREATE TRIGGER search_leverage_actions_ad AFTER DELETE ON leverage_actions BEGIN
  DELETE FROM search_entries WHERE kind = 'leverageActions' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'leverageActions';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'leverageActions', r.id, r.deal_id, coalesce(r."action", ''), coalesce(trim(coalesce(r."owner", '')), '') FROM leverage_actions AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- noDeal: no_deal_assessments
DROP TRIGGER IF EXISTS search_no_deal_assessments_ai;
--> statement-breakpoint
CREATE TRIGGER search_no_deal_assessments_ai AFTER INSERT ON no_deal_assessments BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'noDeal', r.deal_id, r.deal_id, coalesce('If there is no deal', ''), coalesce(trim(coalesce(r."our_loss", '') || ' ' || coalesce(r."their_loss", '')), '') FROM no_deal_assessments AS r WHERE r.deal_id = new.deal_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'noDeal' AND ref_id = new.deal_id
    AND NOT EXISTS (SELECT 1 FROM no_deal_assessments AS r WHERE r.deal_id = new.deal_id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_no_deal_assessments_au;
--> statement-breakpoint
CREATE TRIGGER search_no_deal_assessments_au AFTER UPDATE OF "our_loss", "their_loss" ON no_deal_assessments BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'noDeal', r.deal_id, r.deal_id, coalesce('If there is no deal', ''), coalesce(trim(coalesce(r."our_loss", '') || ' ' || coalesce(r."their_loss", '')), '') FROM no_deal_assessments AS r WHERE r.deal_id = new.deal_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'noDeal' AND ref_id = new.deal_id
    AND NOT EXISTS (SELECT 1 FROM no_deal_assessments AS r WHERE r.deal_id = new.deal_id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_no_deal_assessments_ad;
--> statement-breakpoint
CREATE TRIGGER search_no_deal_assessments_ad AFTER DELETE ON no_deal_assessments BEGIN
  DELETE FROM search_entries WHERE kind = 'noDeal' AND ref_id = old.deal_id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'noDeal';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'noDeal', r.deal_id, r.deal_id, coalesce('If there is no deal', ''), coalesce(trim(coalesce(r."our_loss", '') || ' ' || coalesce(r."their_loss", '')), '') FROM no_deal_assessments AS r WHERE true;
--> statement-breakpoint
-- deadlines: deadlines
DROP TRIGGER IF EXISTS search_deadlines_ai;
--> statement-breakpoint
CREATE TRIGGER search_deadlines_ai AFTER INSERT ON deadlines BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'deadlines', r.id, r.deal_id, coalesce(r."label", ''), coalesce(trim(coalesce(r."note", '')), '') FROM deadlines AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'deadlines' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM deadlines AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_deadlines_au;
--> statement-breakpoint
CREATE TRIGGER search_deadlines_au AFTER UPDATE OF "label", "note", "deleted_at" ON deadlines BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'deadlines', r.id, r.deal_id, coalesce(r."label", ''), coalesce(trim(coalesce(r."note", '')), '') FROM deadlines AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'deadlines' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM deadlines AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_deadlines_ad;
--> statement-breakpoint
CREATE TRIGGER search_deadlines_ad AFTER DELETE ON deadlines BEGIN
  DELETE FROM search_entries WHERE kind = 'deadlines' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'deadlines';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'deadlines', r.id, r.deal_id, coalesce(r."label", ''), coalesce(trim(coalesce(r."note", '')), '') FROM deadlines AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- relationship: relationships
DROP TRIGGER IF EXISTS search_relationships_ai;
--> statement-breakpoint
CREATE TRIGGER search_relationships_ai AFTER INSERT ON relationships BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'relationship', r.deal_id, r.deal_id, coalesce('Relationship goal', ''), coalesce(trim(coalesce(r."description", '')), '') FROM relationships AS r WHERE r.deal_id = new.deal_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'relationship' AND ref_id = new.deal_id
    AND NOT EXISTS (SELECT 1 FROM relationships AS r WHERE r.deal_id = new.deal_id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_relationships_au;
--> statement-breakpoint
CREATE TRIGGER search_relationships_au AFTER UPDATE OF "description" ON relationships BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'relationship', r.deal_id, r.deal_id, coalesce('Relationship goal', ''), coalesce(trim(coalesce(r."description", '')), '') FROM relationships AS r WHERE r.deal_id = new.deal_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'relationship' AND ref_id = new.deal_id
    AND NOT EXISTS (SELECT 1 FROM relationships AS r WHERE r.deal_id = new.deal_id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_relationships_ad;
--> statement-breakpoint
CREATE TRIGGER search_relationships_ad AFTER DELETE ON relationships BEGIN
  DELETE FROM search_entries WHERE kind = 'relationship' AND ref_id = old.deal_id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'relationship';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'relationship', r.deal_id, r.deal_id, coalesce('Relationship goal', ''), coalesce(trim(coalesce(r."description", '')), '') FROM relationships AS r WHERE true;
--> statement-breakpoint
-- trustActions: trust_actions
DROP TRIGGER IF EXISTS search_trust_actions_ai;
--> statement-breakpoint
CREATE TRIGGER search_trust_actions_ai AFTER INSERT ON trust_actions BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'trustActions', r.id, r.deal_id, coalesce(r."action", ''), coalesce(trim(coalesce(r."owner", '')), '') FROM trust_actions AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'trustActions' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM trust_actions AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_trust_actions_au;
--> statement-breakpoint
CREATE TRIGGER search_trust_actions_au AFTER UPDATE OF "action", "owner", "deleted_at" ON trust_actions BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'trustActions', r.id, r.deal_id, coalesce(r."action", ''), coalesce(trim(coalesce(r."owner", '')), '') FROM trust_actions AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'trustActions' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM trust_actions AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_trust_actions_ad;
--> statement-breakpoint
CREATE TRIGGER search_trust_actions_ad AFTER DELETE ON trust_actions BEGIN
  DELETE FROM search_entries WHERE kind = 'trustActions' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'trustActions';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'trustActions', r.id, r.deal_id, coalesce(r."action", ''), coalesce(trim(coalesce(r."owner", '')), '') FROM trust_actions AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- risks: risks
DROP TRIGGER IF EXISTS search_risks_ai;
--> statement-breakpoint
CREATE TRIGGER search_risks_ai AFTER INSERT ON risks BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'risks', r.id, r.deal_id, coalesce(r."statement", ''), coalesce(trim(coalesce(r."verification", '') || ' ' || coalesce(r."owner", '')), '') FROM risks AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'risks' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM risks AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_risks_au;
--> statement-breakpoint
CREATE TRIGGER search_risks_au AFTER UPDATE OF "statement", "verification", "owner", "deleted_at" ON risks BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'risks', r.id, r.deal_id, coalesce(r."statement", ''), coalesce(trim(coalesce(r."verification", '') || ' ' || coalesce(r."owner", '')), '') FROM risks AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'risks' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM risks AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_risks_ad;
--> statement-breakpoint
CREATE TRIGGER search_risks_ad AFTER DELETE ON risks BEGIN
  DELETE FROM search_entries WHERE kind = 'risks' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'risks';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'risks', r.id, r.deal_id, coalesce(r."statement", ''), coalesce(trim(coalesce(r."verification", '') || ' ' || coalesce(r."owner", '')), '') FROM risks AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- evidence: evidence_items
DROP TRIGGER IF EXISTS search_evidence_items_ai;
--> statement-breakpoint
CREATE TRIGGER search_evidence_items_ai AFTER INSERT ON evidence_items BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'evidence', r.id, r.deal_id, coalesce(r."title", ''), coalesce(trim(coalesce(r."source", '') || ' ' || coalesce(r."link", '') || ' ' || coalesce(r."notes", '')), '') FROM evidence_items AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'evidence' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM evidence_items AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_evidence_items_au;
--> statement-breakpoint
CREATE TRIGGER search_evidence_items_au AFTER UPDATE OF "title", "source", "link", "notes", "deleted_at" ON evidence_items BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'evidence', r.id, r.deal_id, coalesce(r."title", ''), coalesce(trim(coalesce(r."source", '') || ' ' || coalesce(r."link", '') || ' ' || coalesce(r."notes", '')), '') FROM evidence_items AS r WHERE r.id = new.id AND r.deleted_at IS NULL
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
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'evidence', r.id, r.deal_id, coalesce(r."title", ''), coalesce(trim(coalesce(r."source", '') || ' ' || coalesce(r."link", '') || ' ' || coalesce(r."notes", '')), '') FROM evidence_items AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- claims: claims
DROP TRIGGER IF EXISTS search_claims_ai;
--> statement-breakpoint
CREATE TRIGGER search_claims_ai AFTER INSERT ON claims BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'claims', r.id, r.deal_id, coalesce(r."statement", ''), coalesce('', '') FROM claims AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'claims' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM claims AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_claims_au;
--> statement-breakpoint
CREATE TRIGGER search_claims_au AFTER UPDATE OF "statement", "deleted_at" ON claims BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'claims', r.id, r.deal_id, coalesce(r."statement", ''), coalesce('', '') FROM claims AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'claims' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM claims AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_claims_ad;
--> statement-breakpoint
CREATE TRIGGER search_claims_ad AFTER DELETE ON claims BEGIN
  DELETE FROM search_entries WHERE kind = 'claims' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'claims';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'claims', r.id, r.deal_id, coalesce(r."statement", ''), coalesce('', '') FROM claims AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- anchors: anchors
DROP TRIGGER IF EXISTS search_anchors_ai;
--> statement-breakpoint
CREATE TRIGGER search_anchors_ai AFTER INSERT ON anchors BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'anchors', r.id, r.deal_id, coalesce(r."issue_label", ''), coalesce(trim(coalesce(r."unit", '') || ' ' || coalesce(r."rationale", '') || ' ' || coalesce(r."first_move_reason", '') || ' ' || coalesce(r."expected_counter_note", '')), '') FROM anchors AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'anchors' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM anchors AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_anchors_au;
--> statement-breakpoint
CREATE TRIGGER search_anchors_au AFTER UPDATE OF "issue_label", "unit", "rationale", "first_move_reason", "expected_counter_note", "deleted_at" ON anchors BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'anchors', r.id, r.deal_id, coalesce(r."issue_label", ''), coalesce(trim(coalesce(r."unit", '') || ' ' || coalesce(r."rationale", '') || ' ' || coalesce(r."first_move_reason", '') || ' ' || coalesce(r."expected_counter_note", '')), '') FROM anchors AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'anchors' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM anchors AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_anchors_ad;
--> statement-breakpoint
CREATE TRIGGER search_anchors_ad AFTER DELETE ON anchors BEGIN
  DELETE FROM search_entries WHERE kind = 'anchors' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'anchors';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'anchors', r.id, r.deal_id, coalesce(r."issue_label", ''), coalesce(trim(coalesce(r."unit", '') || ' ' || coalesce(r."rationale", '') || ' ' || coalesce(r."first_move_reason", '') || ' ' || coalesce(r."expected_counter_note", '')), '') FROM anchors AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- ladderSteps: ladder_steps
DROP TRIGGER IF EXISTS search_ladder_steps_ai;
--> statement-breakpoint
CREATE TRIGGER search_ladder_steps_ai AFTER INSERT ON ladder_steps BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'ladderSteps', r.id, r.deal_id, coalesce(r."give", ''), coalesce(trim(coalesce(r."ask", '')), '') FROM ladder_steps AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'ladderSteps' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM ladder_steps AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_ladder_steps_au;
--> statement-breakpoint
CREATE TRIGGER search_ladder_steps_au AFTER UPDATE OF "give", "ask", "deleted_at" ON ladder_steps BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'ladderSteps', r.id, r.deal_id, coalesce(r."give", ''), coalesce(trim(coalesce(r."ask", '')), '') FROM ladder_steps AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'ladderSteps' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM ladder_steps AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_ladder_steps_ad;
--> statement-breakpoint
CREATE TRIGGER search_ladder_steps_ad AFTER DELETE ON ladder_steps BEGIN
  DELETE FROM search_entries WHERE kind = 'ladderSteps' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'ladderSteps';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'ladderSteps', r.id, r.deal_id, coalesce(r."give", ''), coalesce(trim(coalesce(r."ask", '')), '') FROM ladder_steps AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- concessions: concessions
DROP TRIGGER IF EXISTS search_concessions_ai;
--> statement-breakpoint
CREATE TRIGGER search_concessions_ai AFTER INSERT ON concessions BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'concessions', r.id, r.deal_id, coalesce(r."item", ''), coalesce(trim(coalesce(r."give", '') || ' ' || coalesce(r."get", '') || ' ' || coalesce(r."trigger", '') || ' ' || coalesce(r."when", '')), '') FROM concessions AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'concessions' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM concessions AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_concessions_au;
--> statement-breakpoint
CREATE TRIGGER search_concessions_au AFTER UPDATE OF "item", "give", "get", "trigger", "when", "deleted_at" ON concessions BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'concessions', r.id, r.deal_id, coalesce(r."item", ''), coalesce(trim(coalesce(r."give", '') || ' ' || coalesce(r."get", '') || ' ' || coalesce(r."trigger", '') || ' ' || coalesce(r."when", '')), '') FROM concessions AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'concessions' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM concessions AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_concessions_ad;
--> statement-breakpoint
CREATE TRIGGER search_concessions_ad AFTER DELETE ON concessions BEGIN
  DELETE FROM search_entries WHERE kind = 'concessions' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'concessions';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'concessions', r.id, r.deal_id, coalesce(r."item", ''), coalesce(trim(coalesce(r."give", '') || ' ' || coalesce(r."get", '') || ' ' || coalesce(r."trigger", '') || ' ' || coalesce(r."when", '')), '') FROM concessions AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- contingentClauses: contingent_clauses
DROP TRIGGER IF EXISTS search_contingent_clauses_ai;
--> statement-breakpoint
CREATE TRIGGER search_contingent_clauses_ai AFTER INSERT ON contingent_clauses BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'contingentClauses', r.id, r.deal_id, coalesce(r."metric", ''), coalesce(trim(coalesce(r."unit", '') || ' ' || coalesce(r."remedy", '') || ' ' || coalesce(r."measured_by", '') || ' ' || coalesce(r."data_source", '')), '') FROM contingent_clauses AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'contingentClauses' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM contingent_clauses AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_contingent_clauses_au;
--> statement-breakpoint
CREATE TRIGGER search_contingent_clauses_au AFTER UPDATE OF "metric", "unit", "remedy", "measured_by", "data_source", "deleted_at" ON contingent_clauses BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'contingentClauses', r.id, r.deal_id, coalesce(r."metric", ''), coalesce(trim(coalesce(r."unit", '') || ' ' || coalesce(r."remedy", '') || ' ' || coalesce(r."measured_by", '') || ' ' || coalesce(r."data_source", '')), '') FROM contingent_clauses AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'contingentClauses' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM contingent_clauses AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_contingent_clauses_ad;
--> statement-breakpoint
CREATE TRIGGER search_contingent_clauses_ad AFTER DELETE ON contingent_clauses BEGIN
  DELETE FROM search_entries WHERE kind = 'contingentClauses' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'contingentClauses';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'contingentClauses', r.id, r.deal_id, coalesce(r."metric", ''), coalesce(trim(coalesce(r."unit", '') || ' ' || coalesce(r."remedy", '') || ' ' || coalesce(r."measured_by", '') || ' ' || coalesce(r."data_source", '')), '') FROM contingent_clauses AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- governance: governance
DROP TRIGGER IF EXISTS search_governance_ai;
--> statement-breakpoint
CREATE TRIGGER search_governance_ai AFTER INSERT ON governance BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'governance', r.deal_id, r.deal_id, coalesce('Governance', ''), coalesce(trim(coalesce(r."metrics", '') || ' ' || coalesce(r."change_process", '') || ' ' || coalesce(r."exit_terms", '')), '') FROM governance AS r WHERE r.deal_id = new.deal_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'governance' AND ref_id = new.deal_id
    AND NOT EXISTS (SELECT 1 FROM governance AS r WHERE r.deal_id = new.deal_id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_governance_au;
--> statement-breakpoint
CREATE TRIGGER search_governance_au AFTER UPDATE OF "metrics", "change_process", "exit_terms" ON governance BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'governance', r.deal_id, r.deal_id, coalesce('Governance', ''), coalesce(trim(coalesce(r."metrics", '') || ' ' || coalesce(r."change_process", '') || ' ' || coalesce(r."exit_terms", '')), '') FROM governance AS r WHERE r.deal_id = new.deal_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'governance' AND ref_id = new.deal_id
    AND NOT EXISTS (SELECT 1 FROM governance AS r WHERE r.deal_id = new.deal_id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_governance_ad;
--> statement-breakpoint
CREATE TRIGGER search_governance_ad AFTER DELETE ON governance BEGIN
  DELETE FROM search_entries WHERE kind = 'governance' AND ref_id = old.deal_id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'governance';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'governance', r.deal_id, r.deal_id, coalesce('Governance', ''), coalesce(trim(coalesce(r."metrics", '') || ' ' || coalesce(r."change_process", '') || ' ' || coalesce(r."exit_terms", '')), '') FROM governance AS r WHERE true;
--> statement-breakpoint
-- meeting: meetings
DROP TRIGGER IF EXISTS search_meetings_ai;
--> statement-breakpoint
CREATE TRIGGER search_meetings_ai AFTER INSERT ON meetings BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'meeting', r.id, r.deal_id, coalesce(r."title", ''), coalesce(trim(coalesce(r."time", '') || ' ' || coalesce(r."location", '') || ' ' || coalesce(r."opening", '') || ' ' || coalesce(r."disclose", '') || ' ' || coalesce(r."withhold", '')), '') FROM meetings AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'meeting' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM meetings AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_meetings_au;
--> statement-breakpoint
CREATE TRIGGER search_meetings_au AFTER UPDATE OF "title", "time", "location", "opening", "disclose", "withhold", "deleted_at" ON meetings BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'meeting', r.id, r.deal_id, coalesce(r."title", ''), coalesce(trim(coalesce(r."time", '') || ' ' || coalesce(r."location", '') || ' ' || coalesce(r."opening", '') || ' ' || coalesce(r."disclose", '') || ' ' || coalesce(r."withhold", '')), '') FROM meetings AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'meeting' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM meetings AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_meetings_ad;
--> statement-breakpoint
CREATE TRIGGER search_meetings_ad AFTER DELETE ON meetings BEGIN
  DELETE FROM search_entries WHERE kind = 'meeting' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'meeting';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'meeting', r.id, r.deal_id, coalesce(r."title", ''), coalesce(trim(coalesce(r."time", '') || ' ' || coalesce(r."location", '') || ' ' || coalesce(r."opening", '') || ' ' || coalesce(r."disclose", '') || ' ' || coalesce(r."withhold", '')), '') FROM meetings AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- agendaItems: agenda_items
DROP TRIGGER IF EXISTS search_agenda_items_ai;
--> statement-breakpoint
CREATE TRIGGER search_agenda_items_ai AFTER INSERT ON agenda_items BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'agendaItems', r.id, r.deal_id, coalesce(r."title", ''), coalesce(trim(coalesce(r."notes", '')), '') FROM agenda_items AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'agendaItems' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM agenda_items AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_agenda_items_au;
--> statement-breakpoint
CREATE TRIGGER search_agenda_items_au AFTER UPDATE OF "title", "notes", "deleted_at" ON agenda_items BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'agendaItems', r.id, r.deal_id, coalesce(r."title", ''), coalesce(trim(coalesce(r."notes", '')), '') FROM agenda_items AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'agendaItems' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM agenda_items AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_agenda_items_ad;
--> statement-breakpoint
CREATE TRIGGER search_agenda_items_ad AFTER DELETE ON agenda_items BEGIN
  DELETE FROM search_entries WHERE kind = 'agendaItems' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'agendaItems';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'agendaItems', r.id, r.deal_id, coalesce(r."title", ''), coalesce(trim(coalesce(r."notes", '')), '') FROM agenda_items AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- agendaQuestions: agenda_questions
DROP TRIGGER IF EXISTS search_agenda_questions_ai;
--> statement-breakpoint
CREATE TRIGGER search_agenda_questions_ai AFTER INSERT ON agenda_questions BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'agendaQuestions', r.id, r.deal_id, coalesce(r."text", ''), coalesce('', '') FROM agenda_questions AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'agendaQuestions' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM agenda_questions AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_agenda_questions_au;
--> statement-breakpoint
CREATE TRIGGER search_agenda_questions_au AFTER UPDATE OF "text", "deleted_at" ON agenda_questions BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'agendaQuestions', r.id, r.deal_id, coalesce(r."text", ''), coalesce('', '') FROM agenda_questions AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'agendaQuestions' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM agenda_questions AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_agenda_questions_ad;
--> statement-breakpoint
CREATE TRIGGER search_agenda_questions_ad AFTER DELETE ON agenda_questions BEGIN
  DELETE FROM search_entries WHERE kind = 'agendaQuestions' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'agendaQuestions';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'agendaQuestions', r.id, r.deal_id, coalesce(r."text", ''), coalesce('', '') FROM agenda_questions AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- commitments: commitments
DROP TRIGGER IF EXISTS search_commitments_ai;
--> statement-breakpoint
CREATE TRIGGER search_commitments_ai AFTER INSERT ON commitments BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'commitments', r.id, r.deal_id, coalesce(r."text", ''), coalesce(trim(coalesce(r."owner", '')), '') FROM commitments AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'commitments' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM commitments AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_commitments_au;
--> statement-breakpoint
CREATE TRIGGER search_commitments_au AFTER UPDATE OF "text", "owner", "deleted_at" ON commitments BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'commitments', r.id, r.deal_id, coalesce(r."text", ''), coalesce(trim(coalesce(r."owner", '')), '') FROM commitments AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'commitments' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM commitments AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_commitments_ad;
--> statement-breakpoint
CREATE TRIGGER search_commitments_ad AFTER DELETE ON commitments BEGIN
  DELETE FROM search_entries WHERE kind = 'commitments' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'commitments';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'commitments', r.id, r.deal_id, coalesce(r."text", ''), coalesce(trim(coalesce(r."owner", '')), '') FROM commitments AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- mesoOffers: meso_offers
DROP TRIGGER IF EXISTS search_meso_offers_ai;
--> statement-breakpoint
CREATE TRIGGER search_meso_offers_ai AFTER INSERT ON meso_offers BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'mesoOffers', r.id, r.deal_id, coalesce(r."label", ''), coalesce(trim(coalesce(r."from_name", '')), '') FROM meso_offers AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'mesoOffers' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM meso_offers AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_meso_offers_au;
--> statement-breakpoint
CREATE TRIGGER search_meso_offers_au AFTER UPDATE OF "label", "from_name", "deleted_at" ON meso_offers BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'mesoOffers', r.id, r.deal_id, coalesce(r."label", ''), coalesce(trim(coalesce(r."from_name", '')), '') FROM meso_offers AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'mesoOffers' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM meso_offers AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_meso_offers_ad;
--> statement-breakpoint
CREATE TRIGGER search_meso_offers_ad AFTER DELETE ON meso_offers BEGIN
  DELETE FROM search_entries WHERE kind = 'mesoOffers' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'mesoOffers';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'mesoOffers', r.id, r.deal_id, coalesce(r."label", ''), coalesce(trim(coalesce(r."from_name", '')), '') FROM meso_offers AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- mesoSettings: meso_settings
DROP TRIGGER IF EXISTS search_meso_settings_ai;
--> statement-breakpoint
CREATE TRIGGER search_meso_settings_ai AFTER INSERT ON meso_settings BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'mesoSettings', r.deal_id, r.deal_id, coalesce('MESO settings', ''), coalesce(trim(coalesce(r."offer_sender", '') || ' ' || coalesce(r."offer_basis", '')), '') FROM meso_settings AS r WHERE r.deal_id = new.deal_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'mesoSettings' AND ref_id = new.deal_id
    AND NOT EXISTS (SELECT 1 FROM meso_settings AS r WHERE r.deal_id = new.deal_id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_meso_settings_au;
--> statement-breakpoint
CREATE TRIGGER search_meso_settings_au AFTER UPDATE OF "offer_sender", "offer_basis" ON meso_settings BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'mesoSettings', r.deal_id, r.deal_id, coalesce('MESO settings', ''), coalesce(trim(coalesce(r."offer_sender", '') || ' ' || coalesce(r."offer_basis", '')), '') FROM meso_settings AS r WHERE r.deal_id = new.deal_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'mesoSettings' AND ref_id = new.deal_id
    AND NOT EXISTS (SELECT 1 FROM meso_settings AS r WHERE r.deal_id = new.deal_id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_meso_settings_ad;
--> statement-breakpoint
CREATE TRIGGER search_meso_settings_ad AFTER DELETE ON meso_settings BEGIN
  DELETE FROM search_entries WHERE kind = 'mesoSettings' AND ref_id = old.deal_id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'mesoSettings';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'mesoSettings', r.deal_id, r.deal_id, coalesce('MESO settings', ''), coalesce(trim(coalesce(r."offer_sender", '') || ' ' || coalesce(r."offer_basis", '')), '') FROM meso_settings AS r WHERE true;
--> statement-breakpoint
-- debrief: debriefs
DROP TRIGGER IF EXISTS search_debriefs_ai;
--> statement-breakpoint
CREATE TRIGGER search_debriefs_ai AFTER INSERT ON debriefs BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'debrief', r.deal_id, r.deal_id, coalesce('Debrief', ''), coalesce(trim(coalesce(r."what_worked", '') || ' ' || coalesce(r."what_did_not", '') || ' ' || coalesce(r."missed_signals", '') || ' ' || coalesce(r."safeguards", '')), '') FROM debriefs AS r WHERE r.deal_id = new.deal_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'debrief' AND ref_id = new.deal_id
    AND NOT EXISTS (SELECT 1 FROM debriefs AS r WHERE r.deal_id = new.deal_id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_debriefs_au;
--> statement-breakpoint
CREATE TRIGGER search_debriefs_au AFTER UPDATE OF "what_worked", "what_did_not", "missed_signals", "safeguards" ON debriefs BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'debrief', r.deal_id, r.deal_id, coalesce('Debrief', ''), coalesce(trim(coalesce(r."what_worked", '') || ' ' || coalesce(r."what_did_not", '') || ' ' || coalesce(r."missed_signals", '') || ' ' || coalesce(r."safeguards", '')), '') FROM debriefs AS r WHERE r.deal_id = new.deal_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'debrief' AND ref_id = new.deal_id
    AND NOT EXISTS (SELECT 1 FROM debriefs AS r WHERE r.deal_id = new.deal_id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_debriefs_ad;
--> statement-breakpoint
CREATE TRIGGER search_debriefs_ad AFTER DELETE ON debriefs BEGIN
  DELETE FROM search_entries WHERE kind = 'debrief' AND ref_id = old.deal_id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'debrief';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'debrief', r.deal_id, r.deal_id, coalesce('Debrief', ''), coalesce(trim(coalesce(r."what_worked", '') || ' ' || coalesce(r."what_did_not", '') || ' ' || coalesce(r."missed_signals", '') || ' ' || coalesce(r."safeguards", '')), '') FROM debriefs AS r WHERE true;
--> statement-breakpoint
-- debriefMoments: debrief_moments
DROP TRIGGER IF EXISTS search_debrief_moments_ai;
--> statement-breakpoint
CREATE TRIGGER search_debrief_moments_ai AFTER INSERT ON debrief_moments BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'debriefMoments', r.id, r.deal_id, coalesce(r."quote", ''), coalesce(trim(coalesce(r."lesson", '')), '') FROM debrief_moments AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'debriefMoments' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM debrief_moments AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_debrief_moments_au;
--> statement-breakpoint
CREATE TRIGGER search_debrief_moments_au AFTER UPDATE OF "quote", "lesson", "deleted_at" ON debrief_moments BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'debriefMoments', r.id, r.deal_id, coalesce(r."quote", ''), coalesce(trim(coalesce(r."lesson", '')), '') FROM debrief_moments AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'debriefMoments' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM debrief_moments AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_debrief_moments_ad;
--> statement-breakpoint
CREATE TRIGGER search_debrief_moments_ad AFTER DELETE ON debrief_moments BEGIN
  DELETE FROM search_entries WHERE kind = 'debriefMoments' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'debriefMoments';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'debriefMoments', r.id, r.deal_id, coalesce(r."quote", ''), coalesce(trim(coalesce(r."lesson", '')), '') FROM debrief_moments AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- lesson: debrief_lessons
DROP TRIGGER IF EXISTS search_debrief_lessons_ai;
--> statement-breakpoint
CREATE TRIGGER search_debrief_lessons_ai AFTER INSERT ON debrief_lessons BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'lesson', r.id, r.deal_id, coalesce(substr(r.text, 1, 80), ''), coalesce(trim(coalesce(r."text", '')), '') FROM debrief_lessons AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'lesson' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM debrief_lessons AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_debrief_lessons_au;
--> statement-breakpoint
CREATE TRIGGER search_debrief_lessons_au AFTER UPDATE OF "text", "deleted_at" ON debrief_lessons BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'lesson', r.id, r.deal_id, coalesce(substr(r.text, 1, 80), ''), coalesce(trim(coalesce(r."text", '')), '') FROM debrief_lessons AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'lesson' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM debrief_lessons AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
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
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'lesson', r.id, r.deal_id, coalesce(substr(r.text, 1, 80), ''), coalesce(trim(coalesce(r."text", '')), '') FROM debrief_lessons AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- liveOffers: live_offers
DROP TRIGGER IF EXISTS search_live_offers_ai;
--> statement-breakpoint
CREATE TRIGGER search_live_offers_ai AFTER INSERT ON live_offers BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'liveOffers', r.id, r.deal_id, coalesce(r."note", ''), coalesce('', '') FROM live_offers AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'liveOffers' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM live_offers AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_live_offers_au;
--> statement-breakpoint
CREATE TRIGGER search_live_offers_au AFTER UPDATE OF "note", "deleted_at" ON live_offers BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'liveOffers', r.id, r.deal_id, coalesce(r."note", ''), coalesce('', '') FROM live_offers AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'liveOffers' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM live_offers AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_live_offers_ad;
--> statement-breakpoint
CREATE TRIGGER search_live_offers_ad AFTER DELETE ON live_offers BEGIN
  DELETE FROM search_entries WHERE kind = 'liveOffers' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'liveOffers';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'liveOffers', r.id, r.deal_id, coalesce(r."note", ''), coalesce('', '') FROM live_offers AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- liveEntries: live_entries
DROP TRIGGER IF EXISTS search_live_entries_ai;
--> statement-breakpoint
CREATE TRIGGER search_live_entries_ai AFTER INSERT ON live_entries BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'liveEntries', r.id, r.deal_id, coalesce(r."text", ''), coalesce(trim(coalesce(r."ask", '')), '') FROM live_entries AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'liveEntries' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM live_entries AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_live_entries_au;
--> statement-breakpoint
CREATE TRIGGER search_live_entries_au AFTER UPDATE OF "text", "ask", "deleted_at" ON live_entries BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'liveEntries', r.id, r.deal_id, coalesce(r."text", ''), coalesce(trim(coalesce(r."ask", '')), '') FROM live_entries AS r WHERE r.id = new.id AND r.deleted_at IS NULL
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'liveEntries' AND ref_id = new.id
    AND NOT EXISTS (SELECT 1 FROM live_entries AS r WHERE r.id = new.id AND r.deleted_at IS NULL);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_live_entries_ad;
--> statement-breakpoint
CREATE TRIGGER search_live_entries_ad AFTER DELETE ON live_entries BEGIN
  DELETE FROM search_entries WHERE kind = 'liveEntries' AND ref_id = old.id;
END;
--> statement-breakpoint
DELETE FROM search_entries WHERE kind = 'liveEntries';
--> statement-breakpoint
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'liveEntries', r.id, r.deal_id, coalesce(r."text", ''), coalesce(trim(coalesce(r."ask", '')), '') FROM live_entries AS r WHERE true AND r.deleted_at IS NULL;
--> statement-breakpoint
-- talking_points: talking_points
DROP TRIGGER IF EXISTS search_talking_points_ai;
--> statement-breakpoint
CREATE TRIGGER search_talking_points_ai AFTER INSERT ON talking_points BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'talking_points', r.deal_id, r.deal_id, coalesce('What to say', ''), coalesce(trim(coalesce(r."text", '')), '') FROM talking_points AS r WHERE r.deal_id = new.deal_id
    ON CONFLICT (kind, ref_id) DO UPDATE SET deal_id = excluded.deal_id, title = excluded.title, body = excluded.body;
  DELETE FROM search_entries WHERE kind = 'talking_points' AND ref_id = new.deal_id
    AND NOT EXISTS (SELECT 1 FROM talking_points AS r WHERE r.deal_id = new.deal_id);
END;
--> statement-breakpoint
DROP TRIGGER IF EXISTS search_talking_points_au;
--> statement-breakpoint
CREATE TRIGGER search_talking_points_au AFTER UPDATE OF "text" ON talking_points BEGIN
  INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'talking_points', r.deal_id, r.deal_id, coalesce('What to say', ''), coalesce(trim(coalesce(r."text", '')), '') FROM talking_points AS r WHERE r.deal_id = new.deal_id
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
INSERT INTO search_entries(kind, ref_id, deal_id, title, body) SELECT 'talking_points', r.deal_id, r.deal_id, coalesce('What to say', ''), coalesce(trim(coalesce(r."text", '')), '') FROM talking_points AS r WHERE true;
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
CREATE TRIGGER search_templates_au AFTER UPDATE OF "name", "description", "document" ON templates BEGIN
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
CREATE TRIGGER search_library_tradeables_au AFTER UPDATE OF "name", "options", "notes" ON library_tradeables BEGIN
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
CREATE TRIGGER search_phrases_au AFTER UPDATE OF "text", "notes" ON phrases BEGIN
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
