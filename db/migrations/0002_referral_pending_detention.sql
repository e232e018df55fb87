ALTER TABLE `referrals` ADD `pending_detention` text;--> statement-breakpoint
CREATE INDEX `cases_opened_idx` ON `cases` (`opened_on`);