ALTER TABLE `batna_actions` ADD `deleted_at` text;--> statement-breakpoint
ALTER TABLE `debrief_lessons` ADD `deleted_at` text;--> statement-breakpoint
ALTER TABLE `debrief_moments` ADD `deleted_at` text;--> statement-breakpoint
ALTER TABLE `diagnostic_questions` ADD `deleted_at` text;--> statement-breakpoint
ALTER TABLE `interests` ADD `deleted_at` text;--> statement-breakpoint
ALTER TABLE `positions` ADD `deleted_at` text;--> statement-breakpoint
ALTER TABLE `issue_options` ADD `deleted_at` text;--> statement-breakpoint
ALTER TABLE `issues` ADD `deleted_at` text;--> statement-breakpoint
ALTER TABLE `meso_offers` ADD `deleted_at` text;