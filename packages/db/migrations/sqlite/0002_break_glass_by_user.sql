PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_break_glass_grants` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`doctor_id` text,
	`patient_id` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`doctor_id`) REFERENCES `doctors`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`patient_id`) REFERENCES `patients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_break_glass_grants`("id", "user_id", "doctor_id", "patient_id", "reason", "created_at", "expires_at") SELECT g."id", d."user_id", g."doctor_id", g."patient_id", g."reason", g."created_at", g."expires_at" FROM `break_glass_grants` g JOIN `doctors` d ON d."id" = g."doctor_id";--> statement-breakpoint
DROP TABLE `break_glass_grants`;--> statement-breakpoint
ALTER TABLE `__new_break_glass_grants` RENAME TO `break_glass_grants`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `break_glass_user_patient_idx` ON `break_glass_grants` (`user_id`,`patient_id`,`expires_at`);