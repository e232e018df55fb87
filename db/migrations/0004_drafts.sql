CREATE TABLE `drafts` (
	`user_id` text NOT NULL,
	`form_key` text NOT NULL,
	`data` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `drafts_user_form_unique` ON `drafts` (`user_id`,`form_key`);