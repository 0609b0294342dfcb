CREATE TABLE `team_doc_updates` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`doc_name` text NOT NULL,
	`update` blob NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`doc_name`) REFERENCES `team_docs`(`name`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `team_doc_updates_doc_idx` ON `team_doc_updates` (`doc_name`,`seq`);--> statement-breakpoint
CREATE TABLE `team_docs` (
	`name` text PRIMARY KEY NOT NULL,
	`server_url` text NOT NULL,
	`client_id` integer NOT NULL,
	`user_name` text NOT NULL,
	`read_only` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE `team_lessons` (
	`id` text PRIMARY KEY NOT NULL,
	`context` text NOT NULL,
	`tag` text NOT NULL,
	`text` text NOT NULL,
	`author` text NOT NULL,
	`shared_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `team_lessons_context_idx` ON `team_lessons` (`context`);--> statement-breakpoint
ALTER TABLE `debrief_lessons` ADD `shared` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `library_tradeables` ADD `team_shared` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `phrases` ADD `team_shared` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `templates` ADD `team_shared` integer DEFAULT false NOT NULL;