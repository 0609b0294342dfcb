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