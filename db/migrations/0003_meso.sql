CREATE TABLE `meso_offer_choices` (
	`offer_id` text NOT NULL,
	`issue_id` text NOT NULL,
	`option_id` text NOT NULL,
	PRIMARY KEY(`offer_id`, `issue_id`),
	FOREIGN KEY (`offer_id`) REFERENCES `meso_offers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`option_id`) REFERENCES `issue_options`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meso_offer_choices_issue_idx` ON `meso_offer_choices` (`issue_id`);--> statement-breakpoint
CREATE INDEX `meso_offer_choices_option_idx` ON `meso_offer_choices` (`option_id`);--> statement-breakpoint
CREATE TABLE `meso_offers` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`kind` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`from_name` text DEFAULT '' NOT NULL,
	`position` real NOT NULL,
	`edited_by_user` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `meso_offers_deal_idx` ON `meso_offers` (`deal_id`,`kind`,`position`);--> statement-breakpoint
CREATE TABLE `meso_settings` (
	`deal_id` text PRIMARY KEY NOT NULL,
	`target_points` real,
	`tolerance` real DEFAULT 3 NOT NULL,
	`floor_points` real,
	`suggest_count` integer DEFAULT 3 NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
