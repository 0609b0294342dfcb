CREATE TABLE `library_seeded` (
	`key` text PRIMARY KEY NOT NULL,
	`seeded_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `library_tradeables` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`options` text DEFAULT '[]' NOT NULL,
	`cost_to_us` text NOT NULL,
	`value_to_them` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`built_in_key` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `library_tradeables_name_idx` ON `library_tradeables` (`name`);--> statement-breakpoint
CREATE TABLE `phrases` (
	`id` text PRIMARY KEY NOT NULL,
	`purpose` text NOT NULL,
	`text` text NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`built_in_key` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `phrases_purpose_idx` ON `phrases` (`purpose`);--> statement-breakpoint
CREATE TABLE `talking_points` (
	`deal_id` text PRIMARY KEY NOT NULL,
	`text` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `templates` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`context` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`built_in` integer DEFAULT false NOT NULL,
	`built_in_key` text,
	`document` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `templates_name_idx` ON `templates` (`name`);