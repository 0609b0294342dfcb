CREATE TABLE `team_sign_in` (
	`id` integer PRIMARY KEY NOT NULL,
	`server` text NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`token` text NOT NULL,
	`expires_at` text NOT NULL,
	`signed_in_at` text NOT NULL
);
