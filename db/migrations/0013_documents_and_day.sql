CREATE TABLE `user_preferences` (
	`user_id` text NOT NULL,
	`key` text NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `user_preferences_user_key_unique` ON `user_preferences` (`user_id`,`key`);--> statement-breakpoint
CREATE TABLE `deadline_dismissals` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`case_id` text NOT NULL,
	`deadline_key` text NOT NULL,
	`reason` text NOT NULL,
	`dismissed_by` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`dismissed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `deadline_dismissals_case_idx` ON `deadline_dismissals` (`case_id`);--> statement-breakpoint
CREATE INDEX `deadline_dismissals_key_idx` ON `deadline_dismissals` (`deadline_key`);--> statement-breakpoint
CREATE TABLE `attachment_chunks` (
	`attachment_id` text NOT NULL,
	`seq` integer NOT NULL,
	`data` blob NOT NULL,
	PRIMARY KEY(`attachment_id`, `seq`),
	FOREIGN KEY (`attachment_id`) REFERENCES `attachments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`case_id` text NOT NULL,
	`subject_kind` text NOT NULL,
	`subject_id` text,
	`file_name` text NOT NULL,
	`media_type` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`confidential` integer DEFAULT false NOT NULL,
	`state` text DEFAULT 'receiving' NOT NULL,
	`description` text,
	`added_by` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attachments_case_idx` ON `attachments` (`case_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `attachments_subject_idx` ON `attachments` (`subject_kind`,`subject_id`);--> statement-breakpoint
ALTER TABLE `wgad_petitions` ADD `category_facts` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `cases` ADD `reference` text;--> statement-breakpoint
CREATE UNIQUE INDEX `cases_reference_unique` ON `cases` (`reference`);--> statement-breakpoint
ALTER TABLE `referrals` ADD `pending_charges` text;--> statement-breakpoint
ALTER TABLE `detention_episodes` ADD `arrest_warrant` text;--> statement-breakpoint
ALTER TABLE `detention_episodes` ADD `arrest_warrant_note` text;--> statement-breakpoint
ALTER TABLE `detention_episodes` ADD `detention_grounds` text;