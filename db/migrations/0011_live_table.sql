CREATE TABLE `live_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`session_id` text NOT NULL,
	`kind` text NOT NULL,
	`type_key` text DEFAULT '' NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`ask` text DEFAULT '' NOT NULL,
	`direction` text,
	`concession_id` text,
	`phase` text NOT NULL,
	`revisions` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`session_id`) REFERENCES `live_sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `live_entries_session_idx` ON `live_entries` (`session_id`,`position`);--> statement-breakpoint
CREATE TABLE `live_offers` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`session_id` text NOT NULL,
	`side` text NOT NULL,
	`choices` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`revisions` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`session_id`) REFERENCES `live_sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `live_offers_session_idx` ON `live_offers` (`session_id`,`position`);--> statement-breakpoint
CREATE TABLE `live_revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`session_id` text NOT NULL,
	`row_id` text NOT NULL,
	`change` text NOT NULL,
	`previous` text NOT NULL,
	`replaced_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`session_id`) REFERENCES `live_sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `live_revisions_session_idx` ON `live_revisions` (`session_id`,`replaced_at`);--> statement-breakpoint
CREATE TABLE `live_sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`started_at` text NOT NULL,
	`ended_at` text,
	`debriefed_at` text,
	`authority_points` real,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `live_sessions_deal_idx` ON `live_sessions` (`deal_id`,`started_at`);