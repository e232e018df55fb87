CREATE TABLE `import_presets` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`name` text NOT NULL,
	`mapping` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_presets_name_unique` ON `import_presets` (`name`);--> statement-breakpoint
CREATE TABLE `import_rows` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`deleted_at` text,
	`source_key` text NOT NULL,
	`person_id` text NOT NULL,
	`case_id` text,
	`records` text DEFAULT '{}' NOT NULL,
	`row_hash` text NOT NULL,
	`imported_values` text NOT NULL,
	`file_hash` text NOT NULL,
	`file_name` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `import_rows_source_unique` ON `import_rows` (`source_key`);--> statement-breakpoint
CREATE INDEX `import_rows_person_idx` ON `import_rows` (`person_id`);