-- One value, one place: an anchor no longer keeps its own target. Its value moves to where
-- every step reads it: the BATNA step for the deal's main issue, the issue itself otherwise
-- (only where that place is still empty, never over a value already there). A live anchor
-- wins over one in "recently deleted".
UPDATE batnas SET our_target = (
  SELECT a.target FROM anchors a
  WHERE a.issue_id = batnas.main_issue_id AND a.target IS NOT NULL
  ORDER BY a.deleted_at IS NOT NULL, a.updated_at DESC LIMIT 1
)
WHERE our_target IS NULL AND main_issue_id IS NOT NULL
  AND EXISTS (SELECT 1 FROM anchors a WHERE a.issue_id = batnas.main_issue_id AND a.target IS NOT NULL);
--> statement-breakpoint
UPDATE issues SET target = (
  SELECT a.target FROM anchors a
  WHERE a.issue_id = issues.id AND a.target IS NOT NULL
  ORDER BY a.deleted_at IS NOT NULL, a.updated_at DESC LIMIT 1
)
WHERE target IS NULL
  AND NOT EXISTS (SELECT 1 FROM batnas b WHERE b.main_issue_id = issues.id)
  AND EXISTS (SELECT 1 FROM anchors a WHERE a.issue_id = issues.id AND a.target IS NOT NULL);
--> statement-breakpoint
-- A target that found no place (no issue, or a different target already there) stays readable in the rationale.
UPDATE anchors SET rationale = rationale || CASE WHEN rationale = '' THEN '' ELSE char(10) END
  || 'Target noted on this worksheet before: ' || printf('%.15g', target)
WHERE target IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM issues i LEFT JOIN batnas b ON b.main_issue_id = i.id
  WHERE i.id = anchors.issue_id
    AND ((b.deal_id IS NOT NULL AND b.our_target = anchors.target) OR (b.deal_id IS NULL AND i.target = anchors.target))
);
