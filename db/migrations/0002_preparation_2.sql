CREATE TABLE `anchors` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`issue_id` text,
	`issue_label` text DEFAULT '' NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`opening` real,
	`range_low` real,
	`range_high` real,
	`target` real,
	`rationale` text DEFAULT '' NOT NULL,
	`first_move` text NOT NULL,
	`first_move_reason` text DEFAULT '' NOT NULL,
	`expected_counter` real,
	`expected_counter_note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `anchors_deal_idx` ON `anchors` (`deal_id`,`position`);--> statement-breakpoint
CREATE UNIQUE INDEX `anchors_issue_unique` ON `anchors` (`issue_id`) WHERE deleted_at IS NULL;--> statement-breakpoint
CREATE TABLE `ladder_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`anchor_id` text NOT NULL,
	`value` real,
	`give` text DEFAULT '' NOT NULL,
	`ask` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`anchor_id`) REFERENCES `anchors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ladder_steps_anchor_idx` ON `ladder_steps` (`anchor_id`,`position`);--> statement-breakpoint
CREATE INDEX `ladder_steps_deal_idx` ON `ladder_steps` (`deal_id`);--> statement-breakpoint
CREATE TABLE `concessions` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`item` text DEFAULT '' NOT NULL,
	`give` text DEFAULT '' NOT NULL,
	`get` text DEFAULT '' NOT NULL,
	`value_to_us` real,
	`value_to_them` real,
	`trigger` text DEFAULT '' NOT NULL,
	`when` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `concessions_deal_idx` ON `concessions` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `contingent_clauses` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`metric` text DEFAULT '' NOT NULL,
	`comparator` text NOT NULL,
	`threshold` real,
	`unit` text DEFAULT '' NOT NULL,
	`period` text NOT NULL,
	`remedy` text DEFAULT '' NOT NULL,
	`measured_by` text DEFAULT '' NOT NULL,
	`data_source` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `contingent_clauses_deal_idx` ON `contingent_clauses` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `governance` (
	`deal_id` text PRIMARY KEY NOT NULL,
	`review_cadence` text NOT NULL,
	`metrics` text DEFAULT '' NOT NULL,
	`change_process` text DEFAULT '' NOT NULL,
	`exit_terms` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `decision_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`approval` text DEFAULT '' NOT NULL,
	`stakeholder_id` text,
	`due_date` text,
	`notes` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`stakeholder_id`) REFERENCES `stakeholders`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `decision_steps_deal_idx` ON `decision_steps` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `stakeholders` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`side` text NOT NULL,
	`name` text NOT NULL,
	`title` text DEFAULT '' NOT NULL,
	`role` text NOT NULL,
	`influence` integer NOT NULL,
	`stance` text NOT NULL,
	`interests` text DEFAULT '' NOT NULL,
	`must_haves` text DEFAULT '' NOT NULL,
	`red_lines` text DEFAULT '' NOT NULL,
	`face_saving` text DEFAULT '' NOT NULL,
	`political_capital` text DEFAULT '' NOT NULL,
	`relationship_notes` text DEFAULT '' NOT NULL,
	`last_contact` text,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `stakeholders_deal_idx` ON `stakeholders` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `claims` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`statement` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `claims_deal_idx` ON `claims` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `evidence_items` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`title` text NOT NULL,
	`kind` text NOT NULL,
	`source` text DEFAULT '' NOT NULL,
	`date` text,
	`link` text DEFAULT '' NOT NULL,
	`credibility` text,
	`notes` text DEFAULT '' NOT NULL,
	`attachment_path` text,
	`attachment_name` text,
	`attachment_size` integer,
	`attachment_type` text,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `evidence_items_deal_idx` ON `evidence_items` (`deal_id`,`position`);--> statement-breakpoint
CREATE INDEX `evidence_items_file_idx` ON `evidence_items` (`attachment_path`);--> statement-breakpoint
CREATE TABLE `evidence_links` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`evidence_id` text NOT NULL,
	`target` text NOT NULL,
	`target_id` text NOT NULL,
	`claim_id` text,
	`anchor_id` text,
	`issue_id` text,
	`created_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`claim_id`) REFERENCES `claims`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`anchor_id`) REFERENCES `anchors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`issue_id`) REFERENCES `issues`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evidence_links_unique` ON `evidence_links` (`evidence_id`,`target`,`target_id`);--> statement-breakpoint
CREATE INDEX `evidence_links_deal_idx` ON `evidence_links` (`deal_id`);--> statement-breakpoint
CREATE INDEX `evidence_links_claim_idx` ON `evidence_links` (`claim_id`);--> statement-breakpoint
CREATE INDEX `evidence_links_anchor_idx` ON `evidence_links` (`anchor_id`);--> statement-breakpoint
CREATE TABLE `leverage_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`lever` text NOT NULL,
	`action` text DEFAULT '' NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `leverage_actions_deal_idx` ON `leverage_actions` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `leverage_items` (
	`id` text PRIMARY KEY NOT NULL,
	`deal_id` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`deleted_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`holder` text NOT NULL,
	`kind` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`strength` integer NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `leverage_items_deal_idx` ON `leverage_items` (`deal_id`,`position`);--> statement-breakpoint
CREATE TABLE `no_deal_assessments` (
	`deal_id` text PRIMARY KEY NOT NULL,
	`our_loss` text DEFAULT '' NOT NULL,
	`our_loss_severity` integer,
	`their_loss` text DEFAULT '' NOT NULL,
	`their_loss_severity` integer,
	`verdict` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`deal_id`) REFERENCES `deals`(`id`) ON UPDATE no action ON DELETE cascade
);
