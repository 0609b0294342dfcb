CREATE TABLE `review_comments` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`section_key` text NOT NULL,
	`body` text NOT NULL,
	`author_name` text NOT NULL,
	`author_email` text NOT NULL,
	`resolved_at` text,
	`resolved_by` text,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `review_comments_deal_idx` ON `review_comments` (`deal_id`,`position`);