ALTER TABLE `meso_settings` ADD `offer_sender` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `meso_settings` ADD `offer_date` text;--> statement-breakpoint
ALTER TABLE `meso_settings` ADD `offer_valid_until` text;--> statement-breakpoint
ALTER TABLE `meso_settings` ADD `offer_basis` text DEFAULT '' NOT NULL;