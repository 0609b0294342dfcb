CREATE TABLE `agenda_items` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`meeting_id` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`minutes` integer,
	`phase` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `agenda_items_meeting_idx` ON `agenda_items` (`meeting_id`,`position`);--> statement-breakpoint
CREATE INDEX `agenda_items_deal_idx` ON `agenda_items` (`deal_id`);--> statement-breakpoint
CREATE TABLE `agenda_questions` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`agenda_item_id` text NOT NULL,
	`question_id` text,
	`text` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`question_id`) REFERENCES `diagnostic_questions`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `agenda_questions_item_idx` ON `agenda_questions` (`agenda_item_id`,`position`);--> statement-breakpoint
CREATE INDEX `agenda_questions_question_idx` ON `agenda_questions` (`question_id`);--> statement-breakpoint
CREATE INDEX `agenda_questions_deal_idx` ON `agenda_questions` (`deal_id`);--> statement-breakpoint
CREATE TABLE `commitments` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`meeting_id` text NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`party` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`due` text,
	`done` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`meeting_id`) REFERENCES `meetings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `commitments_meeting_idx` ON `commitments` (`meeting_id`,`position`);--> statement-breakpoint
CREATE INDEX `commitments_deal_idx` ON `commitments` (`deal_id`);--> statement-breakpoint
CREATE TABLE `meetings` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`date` text,
	`time` text DEFAULT '' NOT NULL,
	`duration_minutes` integer,
	`location` text DEFAULT '' NOT NULL,
	`opening` text DEFAULT '' NOT NULL,
	`disclose` text DEFAULT '' NOT NULL,
	`withhold` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meetings_deal_idx` ON `meetings` (`deal_id`,`position`);