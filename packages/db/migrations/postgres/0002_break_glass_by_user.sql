DROP INDEX "break_glass_doctor_patient_idx";--> statement-breakpoint
ALTER TABLE "break_glass_grants" ALTER COLUMN "doctor_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "break_glass_grants" ADD COLUMN "user_id" text;--> statement-breakpoint
UPDATE "break_glass_grants" g SET "user_id" = d."user_id" FROM "doctors" d WHERE d."id" = g."doctor_id";--> statement-breakpoint
ALTER TABLE "break_glass_grants" ALTER COLUMN "user_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "break_glass_grants" ADD CONSTRAINT "break_glass_grants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "break_glass_user_patient_idx" ON "break_glass_grants" USING btree ("user_id","patient_id","expires_at");