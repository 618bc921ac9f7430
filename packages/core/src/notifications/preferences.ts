import { and, eq, inArray } from "drizzle-orm";
import { z } from "zod";
import type { Actor, Services } from "../context";
import { ValidationError } from "../errors";
import { kindsFor } from "./kinds";

export const updatePreferencesInput = z.object({
  items: z
    .array(z.object({ kind: z.string().min(1).max(64), email: z.boolean() }))
    .min(1)
    .max(50),
});

/** The caller's email choices per kind of notification (email is on unless they turned it off). */
export async function notificationPreferences(services: Services, actor: Actor) {
  const t = services.database.tables;
  const db = services.database.db;
  const [user] = await db.select({ email: t.users.email }).from(t.users).where(eq(t.users.id, actor.userId));
  const rows = await db
    .select({ kind: t.notificationPreferences.kind, email: t.notificationPreferences.email })
    .from(t.notificationPreferences)
    .where(eq(t.notificationPreferences.userId, actor.userId));
  const chosen = new Map(rows.map((r) => [r.kind, r.email]));
  return {
    emailAddress: user?.email ?? "",
    items: kindsFor(actor.role).map((k) => ({
      kind: k.kind,
      label: k.label,
      description: k.description,
      email: chosen.get(k.kind) ?? true,
    })),
  };
}

/** Saves the caller's email choices; kinds that do not apply to the caller's role are refused. */
export async function updateNotificationPreferences(
  services: Services,
  actor: Actor,
  rawInput: z.input<typeof updatePreferencesInput>,
) {
  const input = updatePreferencesInput.parse(rawInput);
  const allowed = new Set(kindsFor(actor.role).map((k) => k.kind));
  const unknown = input.items.filter((i) => !allowed.has(i.kind)).map((i) => i.kind);
  if (unknown.length > 0)
    throw new ValidationError("Unknown kind of notification", {
      items: [`Not a kind you receive: ${unknown.join(", ")}`],
    });
  const t = services.database.tables;
  await services.database.transaction(async (tx) => {
    await tx.delete(t.notificationPreferences).where(
      and(
        eq(t.notificationPreferences.userId, actor.userId),
        inArray(
          t.notificationPreferences.kind,
          input.items.map((i) => i.kind),
        ),
      ),
    );
    await tx
      .insert(t.notificationPreferences)
      .values(input.items.map((i) => ({ userId: actor.userId, kind: i.kind, email: i.email })));
  });
  return notificationPreferences(services, actor);
}

/** Of these users, those who want email for this kind (no stored choice means yes). */
export async function wantEmail(services: Services, kind: string, userIds: string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const t = services.database.tables;
  const optedOut = await services.database.db
    .select({ userId: t.notificationPreferences.userId })
    .from(t.notificationPreferences)
    .where(
      and(
        eq(t.notificationPreferences.kind, kind),
        eq(t.notificationPreferences.email, false),
        inArray(t.notificationPreferences.userId, userIds),
      ),
    );
  const out = new Set(optedOut.map((r) => r.userId));
  return new Set(userIds.filter((id) => !out.has(id)));
}
