CREATE TABLE `analytics_revisions` (
	`quiz_id` text PRIMARY KEY NOT NULL,
	`revision` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`quiz_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`name` text NOT NULL,
	`prefix` text NOT NULL,
	`key_hash` text NOT NULL,
	`created_by` text NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_key_hash_unique` ON `api_keys` (`key_hash`);--> statement-breakpoint
CREATE INDEX `api_keys_workspace_idx` ON `api_keys` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `cohort_rollups` (
	`quiz_id` text NOT NULL,
	`day` text NOT NULL,
	`arrival` text NOT NULL,
	`outcome_id` text NOT NULL,
	`source` text NOT NULL,
	`host_page` text NOT NULL,
	`share_channel` text NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	`players` integer DEFAULT 0 NOT NULL,
	`seeds` integer DEFAULT 0 NOT NULL,
	`completers` integer DEFAULT 0 NOT NULL,
	`sharers` integer DEFAULT 0 NOT NULL,
	`share_intents` integer DEFAULT 0 NOT NULL,
	`confirmed_shares` integer DEFAULT 0 NOT NULL,
	`clicks` integer DEFAULT 0 NOT NULL,
	`crawler_fetches` integer DEFAULT 0 NOT NULL,
	`children` integer DEFAULT 0 NOT NULL,
	`children_completed` integer DEFAULT 0 NOT NULL,
	`cycle_0` integer DEFAULT 0 NOT NULL,
	`cycle_1` integer DEFAULT 0 NOT NULL,
	`cycle_2` integer DEFAULT 0 NOT NULL,
	`cycle_3` integer DEFAULT 0 NOT NULL,
	`cycle_4` integer DEFAULT 0 NOT NULL,
	`cycle_5` integer DEFAULT 0 NOT NULL,
	`cycle_6` integer DEFAULT 0 NOT NULL,
	`cycle_7` integer DEFAULT 0 NOT NULL,
	`cycle_8` integer DEFAULT 0 NOT NULL,
	`cycle_9` integer DEFAULT 0 NOT NULL,
	`cycle_10` integer DEFAULT 0 NOT NULL,
	`cycle_11` integer DEFAULT 0 NOT NULL,
	`cycle_12` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`quiz_id`, `day`, `arrival`, `outcome_id`, `source`, `host_page`, `share_channel`),
	FOREIGN KEY (`quiz_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `game_plays` (
	`id` text PRIMARY KEY NOT NULL,
	`quiz_id` text NOT NULL,
	`player_id` text NOT NULL,
	`request_id` text NOT NULL,
	`prize_id` text NOT NULL,
	`result_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`quiz_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`player_id`) REFERENCES `players`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `game_plays_request_idx` ON `game_plays` (`player_id`,`request_id`);--> statement-breakpoint
CREATE INDEX `game_plays_player_idx` ON `game_plays` (`player_id`);--> statement-breakpoint
CREATE TABLE `generation_rollups` (
	`quiz_id` text NOT NULL,
	`day` text NOT NULL,
	`generation` integer NOT NULL,
	`arrival` text NOT NULL,
	`outcome_id` text NOT NULL,
	`source` text NOT NULL,
	`host_page` text NOT NULL,
	`players` integer DEFAULT 0 NOT NULL,
	`completers` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`quiz_id`, `day`, `generation`, `arrival`, `outcome_id`, `source`, `host_page`),
	FOREIGN KEY (`quiz_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `leads` (
	`id` text PRIMARY KEY NOT NULL,
	`quiz_id` text NOT NULL,
	`player_id` text NOT NULL,
	`email` text NOT NULL,
	`consent_text` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`quiz_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`player_id`) REFERENCES `players`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `leads_player_idx` ON `leads` (`player_id`);--> statement-breakpoint
CREATE INDEX `leads_quiz_idx` ON `leads` (`quiz_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `prize_wins` (
	`quiz_id` text NOT NULL,
	`prize_id` text NOT NULL,
	`period` text NOT NULL,
	`won` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`quiz_id`, `prize_id`, `period`),
	FOREIGN KEY (`quiz_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `result_counts` (
	`quiz_id` text NOT NULL,
	`outcome_id` text NOT NULL,
	`percent` integer NOT NULL,
	`results` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`quiz_id`, `outcome_id`, `percent`),
	FOREIGN KEY (`quiz_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `tree_rollups` (
	`quiz_id` text NOT NULL,
	`day` text NOT NULL,
	`source` text NOT NULL,
	`trees` integer DEFAULT 0 NOT NULL,
	`players` integer DEFAULT 0 NOT NULL,
	`distance_sum` integer DEFAULT 0 NOT NULL,
	`pairs` integer DEFAULT 0 NOT NULL,
	`max_depth` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`quiz_id`, `day`, `source`),
	FOREIGN KEY (`quiz_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `visitor_salts` (
	`day` text PRIMARY KEY NOT NULL,
	`salt` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `win_codes` (
	`id` text PRIMARY KEY NOT NULL,
	`quiz_id` text NOT NULL,
	`prize_id` text NOT NULL,
	`code` text NOT NULL,
	`is_imported` integer DEFAULT false NOT NULL,
	`play_id` text,
	`assigned_at` integer,
	`revealed_at` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`quiz_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `win_codes_quiz_code_idx` ON `win_codes` (`quiz_id`,`code`);--> statement-breakpoint
CREATE INDEX `win_codes_free_idx` ON `win_codes` (`quiz_id`,`prize_id`,`play_id`);--> statement-breakpoint
DROP INDEX `events_quiz_type_idx`;--> statement-breakpoint
ALTER TABLE `events` ADD `source` text DEFAULT 'direct' NOT NULL;--> statement-breakpoint
ALTER TABLE `events` ADD `host_page` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `events_created_idx` ON `events` (`created_at`);--> statement-breakpoint
CREATE INDEX `events_quiz_type_idx` ON `events` (`quiz_id`,`type`,`created_at`);--> statement-breakpoint
DROP INDEX `link_clicks_quiz_idx`;--> statement-breakpoint
CREATE INDEX `link_clicks_quiz_idx` ON `link_clicks` (`quiz_id`,`created_at`);--> statement-breakpoint
DROP INDEX `players_parent_idx`;--> statement-breakpoint
ALTER TABLE `players` ADD `source` text DEFAULT 'direct' NOT NULL;--> statement-breakpoint
ALTER TABLE `players` ADD `host_page` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `players` ADD `outcome_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `players` ADD `root_player_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `players` ADD `children` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `players` ADD `descendants` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `players` ADD `tree_depth_sum` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `players` ADD `shared_at` integer;--> statement-breakpoint
CREATE INDEX `players_quiz_descendants_idx` ON `players` (`quiz_id`,`descendants`);--> statement-breakpoint
CREATE INDEX `players_quiz_children_idx` ON `players` (`quiz_id`,`children`);--> statement-breakpoint
CREATE INDEX `players_quiz_number_idx` ON `players` (`quiz_id`,`number`);--> statement-breakpoint
CREATE INDEX `players_parent_idx` ON `players` (`parent_player_id`,`descendants`);--> statement-breakpoint
ALTER TABLE `quizzes` ADD `share_landing` text DEFAULT 'ripple' NOT NULL;--> statement-breakpoint
ALTER TABLE `share_links` ADD `shared_at` integer;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `retention_days` integer;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `embed_origins` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
INSERT INTO `result_counts` (`quiz_id`, `outcome_id`, `percent`, `results`) SELECT `quiz_id`, `outcome_id`, coalesce(`percent`, -1), count(*) FROM `results` GROUP BY 1, 2, 3;
