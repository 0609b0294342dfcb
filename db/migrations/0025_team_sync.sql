CREATE TABLE `team_sync_conflicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`deal_id` text NOT NULL,
	`table_name` text NOT NULL,
	`row_id` text NOT NULL,
	`field` text NOT NULL,
	`candidates` text NOT NULL,
	`created_at` text NOT NULL,
	`resolved_at` text,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `team_sync_conflicts_deal_idx` ON `team_sync_conflicts` (`deal_id`);--> statement-breakpoint
CREATE TABLE `team_sync_deals` (
	`deal_id` text PRIMARY KEY NOT NULL,
	`server_url` text NOT NULL,
	`client_id` integer NOT NULL,
	`user_name` text NOT NULL,
	`read_only` integer DEFAULT false NOT NULL,
	`shared_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `team_sync_updates` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`deal_id` text NOT NULL,
	`update` blob NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `team_sync_updates_deal_idx` ON `team_sync_updates` (`deal_id`,`seq`);