CREATE TABLE `advocacy_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`case_id` text NOT NULL,
	`type` text NOT NULL,
	`date` text NOT NULL,
	`target` text,
	`status` text DEFAULT 'planned' NOT NULL,
	`response` text,
	`outcome` text,
	`follow_up_due` text,
	`public` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `advocacy_case_idx` ON `advocacy_actions` (`case_id`,`date`);--> statement-breakpoint
CREATE INDEX `advocacy_type_date_idx` ON `advocacy_actions` (`type`,`date`);--> statement-breakpoint
CREATE INDEX `advocacy_follow_up_idx` ON `advocacy_actions` (`follow_up_due`);--> statement-breakpoint
CREATE TABLE `wgad_petitions` (
	`action_id` text PRIMARY KEY NOT NULL,
	`submitted_on` text,
	`transmitted_on` text,
	`reply_due` text,
	`reply_received_on` text,
	`source_comments_due` text,
	`source_comments_sent_on` text,
	`opinion_adopted_on` text,
	`session` text,
	`opinion_number` text,
	`categories` text DEFAULT '[]' NOT NULL,
	`outcome` text DEFAULT 'pending' NOT NULL,
	`follow_up_due` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`action_id`) REFERENCES `advocacy_actions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `wgad_reply_due_idx` ON `wgad_petitions` (`reply_due`);--> statement-breakpoint
CREATE INDEX `wgad_opinion_idx` ON `wgad_petitions` (`opinion_adopted_on`);--> statement-breakpoint
CREATE TABLE `audit_entries` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` text,
	`user_name` text,
	`action` text NOT NULL,
	`table_name` text,
	`record_id` text,
	`changes` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_record_idx` ON `audit_entries` (`table_name`,`record_id`);--> statement-breakpoint
CREATE INDEX `audit_user_idx` ON `audit_entries` (`user_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_entries` (`at`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`person_id` text NOT NULL,
	`referral_id` text,
	`country_code` text NOT NULL,
	`opened_on` text NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`closing_reason` text,
	`closed_on` text,
	`caseworker_id` text,
	`supervisor_id` text,
	`detention_status` text DEFAULT 'not_detained' NOT NULL,
	`last_activity_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`referral_id`) REFERENCES `referrals`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`caseworker_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`supervisor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `cases_country_status_idx` ON `cases` (`country_code`,`status`);--> statement-breakpoint
CREATE INDEX `cases_status_detention_idx` ON `cases` (`status`,`detention_status`);--> statement-breakpoint
CREATE INDEX `cases_caseworker_idx` ON `cases` (`caseworker_id`,`status`);--> statement-breakpoint
CREATE INDEX `cases_person_idx` ON `cases` (`person_id`);--> statement-breakpoint
CREATE INDEX `cases_last_activity_idx` ON `cases` (`last_activity_at`);--> statement-breakpoint
CREATE TABLE `referrals` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`received_on` text NOT NULL,
	`channel` text NOT NULL,
	`source_contact_id` text,
	`source_description` text,
	`source_withheld` integer DEFAULT false NOT NULL,
	`person_id` text NOT NULL,
	`country_code` text NOT NULL,
	`summary` text,
	`urgency` text DEFAULT 'normal' NOT NULL,
	`consent` text DEFAULT 'none' NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`decided_on` text,
	`decision_reason` text,
	`assigned_to` text,
	`created_by` text,
	FOREIGN KEY (`source_contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`country_code`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_to`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `referrals_status_received_idx` ON `referrals` (`status`,`received_on`);--> statement-breakpoint
CREATE INDEX `referrals_country_received_idx` ON `referrals` (`country_code`,`received_on`);--> statement-breakpoint
CREATE INDEX `referrals_person_idx` ON `referrals` (`person_id`);--> statement-breakpoint
CREATE TABLE `charges` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`episode_id` text NOT NULL,
	`code` text NOT NULL,
	`article` text NOT NULL,
	`text` text,
	`category` text DEFAULT 'other' NOT NULL,
	FOREIGN KEY (`episode_id`) REFERENCES `detention_episodes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `charges_episode_idx` ON `charges` (`episode_id`);--> statement-breakpoint
CREATE INDEX `charges_article_idx` ON `charges` (`code`,`article`);--> statement-breakpoint
CREATE TABLE `court_events` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`episode_id` text NOT NULL,
	`court` text,
	`date` text NOT NULL,
	`date_precision` text NOT NULL,
	`kind` text NOT NULL,
	`outcome` text,
	FOREIGN KEY (`episode_id`) REFERENCES `detention_episodes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `court_events_episode_idx` ON `court_events` (`episode_id`,`date`);--> statement-breakpoint
CREATE INDEX `court_events_date_idx` ON `court_events` (`date`);--> statement-breakpoint
CREATE TABLE `detention_episodes` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`case_id` text NOT NULL,
	`person_id` text NOT NULL,
	`arrest_date` text,
	`arrest_date_precision` text,
	`place` text,
	`authority` text,
	`detention_type` text NOT NULL,
	`facility` text,
	`release_date` text,
	`release_date_precision` text,
	`release_reason` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `episodes_case_idx` ON `detention_episodes` (`case_id`,`arrest_date`);--> statement-breakpoint
CREATE INDEX `episodes_person_idx` ON `detention_episodes` (`person_id`);--> statement-breakpoint
CREATE INDEX `episodes_arrest_idx` ON `detention_episodes` (`arrest_date`);--> statement-breakpoint
CREATE INDEX `episodes_release_idx` ON `detention_episodes` (`release_date`);--> statement-breakpoint
CREATE TABLE `sentences` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`episode_id` text NOT NULL,
	`court_event_id` text,
	`type` text NOT NULL,
	`years` integer DEFAULT 0 NOT NULL,
	`months` integer DEFAULT 0 NOT NULL,
	`days` integer DEFAULT 0 NOT NULL,
	`life` integer DEFAULT false NOT NULL,
	`start_date` text,
	`start_date_precision` text,
	`credit_days` integer DEFAULT 0 NOT NULL,
	`change` text,
	`supersedes_id` text,
	`superseded_by_id` text,
	`expected_release` text,
	`expected_release_precision` text,
	`handed_down_on` text,
	`handed_down_on_precision` text,
	FOREIGN KEY (`episode_id`) REFERENCES `detention_episodes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`court_event_id`) REFERENCES `court_events`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sentences_episode_idx` ON `sentences` (`episode_id`);--> statement-breakpoint
CREATE INDEX `sentences_release_idx` ON `sentences` (`expected_release`);--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`person_id` text NOT NULL,
	`name` text NOT NULL,
	`relation` text NOT NULL,
	`reach` text,
	`confidential` integer DEFAULT true NOT NULL,
	`notes` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contacts_person_idx` ON `contacts` (`person_id`);--> statement-breakpoint
CREATE TABLE `name_variants` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`person_id` text NOT NULL,
	`name` text NOT NULL,
	`script` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `name_variants_person_idx` ON `name_variants` (`person_id`);--> statement-breakpoint
CREATE INDEX `name_variants_name_idx` ON `name_variants` (`name`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`sex` text DEFAULT 'unknown' NOT NULL,
	`birth_date` text,
	`birth_date_precision` text,
	`citizenship` text,
	`organisations` text,
	`confidentiality` text DEFAULT 'normal' NOT NULL,
	`notes` text,
	FOREIGN KEY (`citizenship`) REFERENCES `countries`(`code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `people_name_idx` ON `people` (`name`);--> statement-breakpoint
CREATE TABLE `person_professions` (
	`person_id` text NOT NULL,
	`profession` text NOT NULL,
	PRIMARY KEY(`person_id`, `profession`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `person_professions_profession_idx` ON `person_professions` (`profession`);--> statement-breakpoint
CREATE TABLE `countries` (
	`code` text PRIMARY KEY NOT NULL,
	`name_en` text NOT NULL,
	`name_ru` text NOT NULL,
	`focus` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_name_unique` ON `users` (lower("name"));--> statement-breakpoint
CREATE TABLE `case_events` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`case_id` text NOT NULL,
	`kind` text NOT NULL,
	`date` text NOT NULL,
	`date_precision` text NOT NULL,
	`title` text NOT NULL,
	`body` text,
	`confidential` integer DEFAULT false NOT NULL,
	`author_id` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `case_events_case_idx` ON `case_events` (`case_id`,`date`);--> statement-breakpoint
CREATE TABLE `reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`case_id` text NOT NULL,
	`supervisor_id` text NOT NULL,
	`reviewed_at` text NOT NULL,
	`verdict` text NOT NULL,
	`comment` text,
	`covers_until` text NOT NULL,
	`answered_at` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`supervisor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reviews_case_idx` ON `reviews` (`case_id`,`reviewed_at`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`case_id` text,
	`title` text NOT NULL,
	`due_on` text NOT NULL,
	`assignee_id` text,
	`done_at` text,
	`source` text DEFAULT 'manual' NOT NULL,
	`rule_key` text,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `tasks_assignee_due_idx` ON `tasks` (`assignee_id`,`done_at`,`due_on`);--> statement-breakpoint
CREATE INDEX `tasks_case_idx` ON `tasks` (`case_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `tasks_rule_key_unique` ON `tasks` (`rule_key`);