CREATE TABLE `detention_observations` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`episode_id` text NOT NULL,
	`observed_on` text NOT NULL,
	`observed_on_precision` text NOT NULL,
	`source` text NOT NULL,
	`note` text,
	FOREIGN KEY (`episode_id`) REFERENCES `detention_episodes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `observations_episode_idx` ON `detention_observations` (`episode_id`,`observed_on`);--> statement-breakpoint
CREATE INDEX `observations_date_idx` ON `detention_observations` (`observed_on`);--> statement-breakpoint
CREATE TABLE `country_aliases` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`alias` text NOT NULL,
	`country_code` text NOT NULL,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `country_aliases_alias_unique` ON `country_aliases` (`alias`);--> statement-breakpoint
ALTER TABLE `sentences` ADD `max_years` integer;--> statement-breakpoint
ALTER TABLE `sentences` ADD `max_months` integer;--> statement-breakpoint
ALTER TABLE `sentences` ADD `max_days` integer;