CREATE TABLE `batna_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`due_date` text,
	`done` integer DEFAULT false NOT NULL,
	`position` real NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `batna_actions_deal_idx` ON `batna_actions` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `batnas` (
	`deal_id` text PRIMARY KEY NOT NULL,
	`our_description` text DEFAULT '' NOT NULL,
	`our_course` text DEFAULT '' NOT NULL,
	`our_value_money` real,
	`our_value_points` real,
	`our_risk` text DEFAULT '' NOT NULL,
	`our_timing` text DEFAULT '' NOT NULL,
	`our_switching_cost` real,
	`our_confidence` text,
	`their_description` text DEFAULT '' NOT NULL,
	`their_value_money` real,
	`their_confidence` text,
	`their_evidence` text DEFAULT '' NOT NULL,
	`main_issue_id` text,
	`scale_unit` text DEFAULT '' NOT NULL,
	`better_direction` text,
	`our_reservation` real,
	`our_target` real,
	`their_reservation` real,
	`their_target` real,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`main_issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `diagnostic_questions` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`interest_id` text,
	`issue_id` text,
	`answer` text DEFAULT '' NOT NULL,
	`position` real NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`interest_id`) REFERENCES `interests`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `diagnostic_questions_deal_idx` ON `diagnostic_questions` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `interest_issues` (
	`interest_id` text NOT NULL,
	`issue_id` text NOT NULL,
	PRIMARY KEY(`interest_id`, `issue_id`),
	FOREIGN KEY (`interest_id`) REFERENCES `interests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `interest_issues_issue_idx` ON `interest_issues` (`issue_id`);--> statement-breakpoint
CREATE TABLE `interests` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`party` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`priority` text NOT NULL,
	`shared` integer DEFAULT false NOT NULL,
	`position` real NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `interests_deal_idx` ON `interests` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `positions` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`party` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`position` real NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `positions_deal_idx` ON `positions` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `issue_options` (
	`id` text PRIMARY KEY NOT NULL,
	`issue_id` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`our_score` real,
	`their_score` real,
	`position` real NOT NULL,
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `issue_options_issue_idx` ON `issue_options` (`issue_id`,`position`);--> statement-breakpoint
CREATE TABLE `issues` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`category` text NOT NULL,
	`weight_us` real DEFAULT 0 NOT NULL,
	`weight_them` real DEFAULT 0 NOT NULL,
	`tradeable` integer DEFAULT false NOT NULL,
	`red_line` integer DEFAULT false NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`position` real NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `issues_deal_idx` ON `issues` (`deal_id`,`position`);