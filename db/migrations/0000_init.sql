CREATE TABLE `cards` (
	`hash` text PRIMARY KEY NOT NULL,
	`png` blob NOT NULL,
	`bytes` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`quiz_id` text NOT NULL,
	`type` text NOT NULL,
	`player_id` text,
	`share_link_id` text,
	`channel` text,
	`is_confirmed` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`quiz_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `events_quiz_type_idx` ON `events` (`quiz_id`,`type`);--> statement-breakpoint
CREATE INDEX `events_player_idx` ON `events` (`player_id`);--> statement-breakpoint
CREATE TABLE `link_clicks` (
	`share_link_id` text NOT NULL,
	`visitor_id` text NOT NULL,
	`day` text NOT NULL,
	`quiz_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`share_link_id`, `visitor_id`, `day`),
	FOREIGN KEY (`share_link_id`) REFERENCES `share_links`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `link_clicks_quiz_idx` ON `link_clicks` (`quiz_id`);--> statement-breakpoint
CREATE TABLE `players` (
	`id` text PRIMARY KEY NOT NULL,
	`quiz_id` text NOT NULL,
	`visitor_id` text NOT NULL,
	`number` integer NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`parent_player_id` text,
	`share_link_id` text,
	`channel` text,
	`generation` integer DEFAULT 0 NOT NULL,
	`started_at` integer NOT NULL,
	`completed_at` integer,
	FOREIGN KEY (`quiz_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `players_quiz_visitor_idx` ON `players` (`quiz_id`,`visitor_id`);--> statement-breakpoint
CREATE INDEX `players_parent_idx` ON `players` (`parent_player_id`);--> statement-breakpoint
CREATE INDEX `players_quiz_started_idx` ON `players` (`quiz_id`,`started_at`);--> statement-breakpoint
CREATE TABLE `quiz_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`quiz_id` text NOT NULL,
	`version` integer NOT NULL,
	`definition` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`quiz_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quiz_versions_quiz_version_idx` ON `quiz_versions` (`quiz_id`,`version`);--> statement-breakpoint
CREATE TABLE `quizzes` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`slug` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`published_version_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `quizzes_slug_unique` ON `quizzes` (`slug`);--> statement-breakpoint
CREATE INDEX `quizzes_workspace_idx` ON `quizzes` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `results` (
	`id` text PRIMARY KEY NOT NULL,
	`player_id` text NOT NULL,
	`quiz_id` text NOT NULL,
	`version_id` text NOT NULL,
	`outcome_id` text NOT NULL,
	`score` integer,
	`max_score` integer,
	`percent` integer,
	`name` text DEFAULT '' NOT NULL,
	`answers` text NOT NULL,
	`rarity_percent` integer DEFAULT 0 NOT NULL,
	`percentile` integer DEFAULT 0 NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`player_id`) REFERENCES `players`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`quiz_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `quiz_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `results_player_idx` ON `results` (`player_id`);--> statement-breakpoint
CREATE INDEX `results_quiz_outcome_idx` ON `results` (`quiz_id`,`outcome_id`);--> statement-breakpoint
CREATE INDEX `results_quiz_percent_idx` ON `results` (`quiz_id`,`percent`);--> statement-breakpoint
CREATE TABLE `share_links` (
	`id` text PRIMARY KEY NOT NULL,
	`token` text NOT NULL,
	`player_id` text NOT NULL,
	`result_id` text NOT NULL,
	`quiz_id` text NOT NULL,
	`channel` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`player_id`) REFERENCES `players`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`result_id`) REFERENCES `results`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`quiz_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `share_links_token_unique` ON `share_links` (`token`);--> statement-breakpoint
CREATE UNIQUE INDEX `share_links_result_channel_idx` ON `share_links` (`result_id`,`channel`);--> statement-breakpoint
CREATE INDEX `share_links_player_idx` ON `share_links` (`player_id`);--> statement-breakpoint
CREATE INDEX `share_links_quiz_idx` ON `share_links` (`quiz_id`);--> statement-breakpoint
CREATE TABLE `touches` (
	`quiz_id` text NOT NULL,
	`visitor_id` text NOT NULL,
	`share_link_id` text,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	PRIMARY KEY(`quiz_id`, `visitor_id`),
	FOREIGN KEY (`quiz_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `workspaces` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`slug` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `workspaces_slug_unique` ON `workspaces` (`slug`);