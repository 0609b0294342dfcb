ALTER TABLE `tender_lots` ADD `deleted_at` text;--> statement-breakpoint
ALTER TABLE `tender_suppliers` ADD `deleted_at` text;