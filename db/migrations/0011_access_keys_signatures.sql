CREATE TABLE `case_grants` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`case_id` text NOT NULL,
	`user_id` text NOT NULL,
	`granted_by` text NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`granted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_grants_user_idx` ON `case_grants` (`user_id`,`case_id`);--> statement-breakpoint
CREATE INDEX `case_grants_case_idx` ON `case_grants` (`case_id`);--> statement-breakpoint
CREATE TABLE `member_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`user_id` text NOT NULL,
	`box_public` text NOT NULL,
	`sign_public` text NOT NULL,
	`retired_at` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `member_keys_user_idx` ON `member_keys` (`user_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `member_keys_sign_unique` ON `member_keys` (`sign_public`);--> statement-breakpoint
ALTER TABLE `audit_entries` ADD `signer_key` text;--> statement-breakpoint
ALTER TABLE `audit_entries` ADD `signature` text;