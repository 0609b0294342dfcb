CREATE TABLE `calculator_settings` (
	`deal_id` text PRIMARY KEY NOT NULL,
	`list_price_per_year` real,
	`cost_of_capital_percent` real,
	`term_months` real,
	`payment_days` real,
	`baseline_payment_days` real DEFAULT 0 NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `authority_limits` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`issue_id` text,
	`member_id` text,
	`limit` real,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`member_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `authority_limits_deal_idx` ON `authority_limits` (`deal_id`,`position`);--> statement-breakpoint
CREATE INDEX `authority_limits_issue_idx` ON `authority_limits` (`issue_id`);--> statement-breakpoint
CREATE INDEX `authority_limits_member_idx` ON `authority_limits` (`member_id`);--> statement-breakpoint
CREATE TABLE `team_members` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`role` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`responsibility` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `team_members_deal_idx` ON `team_members` (`deal_id`,`position`);--> statement-breakpoint
ALTER TABLE `concessions` ADD `issue_id` text REFERENCES issues(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `concessions` ADD `value` real;--> statement-breakpoint
ALTER TABLE `issue_options` ADD `value` real;--> statement-breakpoint
ALTER TABLE `issue_options` ADD `objective` text;--> statement-breakpoint
ALTER TABLE `issues` ADD `numeric_kind` text;--> statement-breakpoint
ALTER TABLE `issues` ADD `unit` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `issues` ADD `priority` text;--> statement-breakpoint
ALTER TABLE `issues` ADD `walk_away` real;--> statement-breakpoint
ALTER TABLE `issues` ADD `target` real;--> statement-breakpoint
ALTER TABLE `issues` ADD `ideal` real;--> statement-breakpoint
ALTER TABLE `issues` ADD `standard` text;--> statement-breakpoint
ALTER TABLE `issues` ADD `legitimacy` text DEFAULT '' NOT NULL;