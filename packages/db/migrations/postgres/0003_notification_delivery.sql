ALTER TABLE "notifications" ADD COLUMN "emailed_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "relayed_at" timestamp (3) with time zone;--> statement-breakpoint
CREATE INDEX "outbox_relay_idx" ON "outbox" USING btree ("relayed_at","created_at");