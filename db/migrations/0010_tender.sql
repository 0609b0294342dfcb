CREATE TABLE `tender_bid_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`bid_id` text NOT NULL,
	`lot_id` text NOT NULL,
	`unit_price` real NOT NULL,
	`position` real NOT NULL,
	FOREIGN KEY (`bid_id`) REFERENCES `tender_bids`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`lot_id`) REFERENCES `tender_lots`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tender_bid_lines_bid_idx` ON `tender_bid_lines` (`bid_id`);--> statement-breakpoint
CREATE INDEX `tender_bid_lines_lot_idx` ON `tender_bid_lines` (`lot_id`);--> statement-breakpoint
CREATE TABLE `tender_bids` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`supplier_id` text NOT NULL,
	`payment_days` integer DEFAULT 30 NOT NULL,
	`switching_cost` real DEFAULT 0 NOT NULL,
	`implementation_cost` real DEFAULT 0 NOT NULL,
	`service_level_pct` real DEFAULT 0 NOT NULL,
	`service_credit_pct` real DEFAULT 0 NOT NULL,
	`volume_discount_pct` real DEFAULT 0 NOT NULL,
	`volume_discount_threshold_pct` real DEFAULT 0 NOT NULL,
	`source_file` text DEFAULT '' NOT NULL,
	`position` real NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`supplier_id`) REFERENCES `tender_suppliers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tender_bids_supplier_idx` ON `tender_bids` (`supplier_id`);--> statement-breakpoint
CREATE TABLE `tender_lots` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`unit` text DEFAULT 'unit' NOT NULL,
	`volume` real DEFAULT 0 NOT NULL,
	`baseline_price` real DEFAULT 0 NOT NULL,
	`position` real NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tender_lots_deal_idx` ON `tender_lots` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `tender_suppliers` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`incumbent` integer DEFAULT false NOT NULL,
	`quality_score` real DEFAULT 50 NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`position` real NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `tender_suppliers_deal_idx` ON `tender_suppliers` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `tenders` (
	`deal_id` text PRIMARY KEY NOT NULL,
	`currency` text DEFAULT 'EUR' NOT NULL,
	`term_months` integer DEFAULT 24 NOT NULL,
	`cost_of_capital_pct` real DEFAULT 8 NOT NULL,
	`baseline_payment_days` integer DEFAULT 30 NOT NULL,
	`service_target_pct` real DEFAULT 98.5 NOT NULL,
	`shortfall_cost_pct` real DEFAULT 0 NOT NULL,
	`price_weight` real DEFAULT 70 NOT NULL,
	`min_service_level_pct` real,
	`max_share_pct` real,
	`min_suppliers` integer DEFAULT 1 NOT NULL,
	`incumbent_allowed` integer DEFAULT true NOT NULL,
	`picked_scenario` text,
	`quality_spread` real DEFAULT 10 NOT NULL,
	`price_weight_low` real DEFAULT 50 NOT NULL,
	`price_weight_high` real DEFAULT 90 NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
