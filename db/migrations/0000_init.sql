CREATE TABLE `deals` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`counterparty` text DEFAULT '' NOT NULL,
	`context` text NOT NULL,
	`our_side` text NOT NULL,
	`currency` text NOT NULL,
	`status` text NOT NULL,
	`target_close_date` text,
	`notes` text DEFAULT '' NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `deals_updated_at_idx` ON `deals` (`updated_at`);