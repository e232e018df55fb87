ALTER TABLE `reviews` ADD `answer` text;--> statement-breakpoint
-- Answers written before this column existed were kept in their audit entries: copy them over.
UPDATE `reviews` SET `answer` = (
  SELECT json_extract(a.changes, '$.comment') FROM audit_entries a
  WHERE a.action = 'review.answer' AND a.record_id = `reviews`.id
  ORDER BY a.seq DESC LIMIT 1
) WHERE `answered_at` IS NOT NULL;
