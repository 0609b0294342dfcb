ALTER TABLE `interests` ADD `stakeholder_id` text REFERENCES stakeholders(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `positions` ADD `stakeholder_id` text REFERENCES stakeholders(id) ON DELETE set null;
