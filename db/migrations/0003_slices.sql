CREATE TABLE `cohort_slices` (
	`quiz_id` text NOT NULL,
	`dim` text NOT NULL,
	`value` text NOT NULL,
	`day` text NOT NULL,
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
	PRIMARY KEY(`quiz_id`, `dim`, `value`, `day`, `share_channel`),
	FOREIGN KEY (`quiz_id`) REFERENCES `quizzes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `players_quiz_descendants_idx`;--> statement-breakpoint
DROP INDEX `players_quiz_children_idx`;--> statement-breakpoint
CREATE INDEX `players_quiz_sharers_idx` ON `players` (`quiz_id`,`started_at`,`descendants`,`children`,`number`,`channel`,`outcome_id`,`source`,`host_page`) WHERE descendants > 0;--> statement-breakpoint
CREATE INDEX `players_quiz_seeds_idx` ON `players` (`quiz_id`,`started_at`,`source`,`descendants`,`number`,`parent_player_id`) WHERE parent_player_id is null;