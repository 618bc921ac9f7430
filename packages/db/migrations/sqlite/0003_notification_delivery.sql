ALTER TABLE `notifications` ADD `emailed_at` integer;--> statement-breakpoint
ALTER TABLE `outbox` ADD `relayed_at` integer;--> statement-breakpoint
CREATE INDEX `outbox_relay_idx` ON `outbox` (`relayed_at`,`created_at`);