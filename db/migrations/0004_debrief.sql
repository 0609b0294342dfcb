CREATE TABLE `debrief_agreements` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`issue_id` text NOT NULL,
	`option_id` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `debrief_agreements_deal_idx` ON `debrief_agreements` (`deal_id`,`issue_id`);--> statement-breakpoint
CREATE TABLE `debrief_lessons` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`tag` text NOT NULL,
	`position` real NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `debrief_lessons_deal_idx` ON `debrief_lessons` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `debrief_moments` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`phase` text NOT NULL,
	`type_key` text NOT NULL,
	`quote` text DEFAULT '' NOT NULL,
	`effect` integer DEFAULT 0 NOT NULL,
	`lesson` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`rule_id` text,
	`position` real NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `debrief_moments_deal_idx` ON `debrief_moments` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `debriefs` (
	`deal_id` text PRIMARY KEY NOT NULL,
	`outcome` text,
	`closing_date` text,
	`started_on` text,
	`what_worked` text DEFAULT '' NOT NULL,
	`what_did_not` text DEFAULT '' NOT NULL,
	`missed_signals` text DEFAULT '' NOT NULL,
	`safeguards` text DEFAULT '' NOT NULL,
	`relationship_health` integer,
	`satisfaction` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `moment_types` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`polarity` text NOT NULL,
	`archived` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL
);
