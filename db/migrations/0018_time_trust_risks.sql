CREATE TABLE `concession_budgets` (
	`deal_id` text PRIMARY KEY NOT NULL,
	`money` real,
	`points` real,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `deadlines` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`side` text NOT NULL,
	`kind` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`date` text,
	`firmness` text NOT NULL,
	`they_know` text NOT NULL,
	`we_know` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `deadlines_deal_idx` ON `deadlines` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `relationships` (
	`deal_id` text PRIMARY KEY NOT NULL,
	`goal` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `risks` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`statement` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`likelihood` text NOT NULL,
	`impact` text NOT NULL,
	`verification` text DEFAULT '' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`verified` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `risks_deal_idx` ON `risks` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `trust_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`action` text DEFAULT '' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`due` text,
	`done` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `trust_actions_deal_idx` ON `trust_actions` (`deal_id`,`position`);