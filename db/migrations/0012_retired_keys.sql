CREATE TABLE `retired_keys` (
	`epoch` integer PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`retired_at` text NOT NULL
);
