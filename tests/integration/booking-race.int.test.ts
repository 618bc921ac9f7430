import type { AddressInfo } from "node:net";
import { buildServer } from "../../apps/server/src/app";
import { loadConfig } from "../../apps/server/src/config";
import { generateToken } from "@healthcare/auth";
import { auth, doctors, FieldCipher, generateKey, KeyRing, systemClock, type Actor } from "@healthcare/core";
import { newId } from "@healthcare/db";
import { createTestDatabase, type TestDatabase } from "@healthcare/db/testing";
import { and, eq, inArray } from "drizzle-orm";
import type { FastifyInstance } from "fastify";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const CONTENDERS = 50;

describe("50 concurrent bookings of one slot through HTTP", () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let url: string;
  let doctorId: string;
  const tokens: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    const services = {
      database,
      clock: systemClock,
      cipher: new FieldCipher(new KeyRing([generateKey("test")])),
    };
    app = await buildServer(
      services,
      loadConfig({
        LOG_LEVEL: "silent",
        PORTAL_DIST: "/none",
        CONSOLE_DIST: "/none",
        RATE_LIMIT_ALLOW: "127.0.0.1",
      }),
    );
    await app.listen({ host: "127.0.0.1", port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    const admin = await auth.createAdmin(services, {
      email: "race-admin@example.test",
      password: "a long admin password",
    });
    const adminActor: Actor = {
      userId: admin.userId,
      role: "admin",
      patientId: null,
      doctorId: null,
      doctorApproved: false,
      credential: { kind: "session", id: "x" },
    };
    const doctor = await doctors.createDoctor(services, adminActor, {
      email: "race-doctor@example.test",
      password: "a long doctor password",
      firstName: "Race",
      lastName: "Doctor",
      specialization: "General Practice",
      licenseNumber: "RACE-1",
      timeZone: "UTC",
    });
    doctorId = doctor.id;
    await doctors.setSchedule(services, adminActor, {
      doctorId,
      timeZone: "UTC",
      slotMinutes: 30,
      rules: [1, 2, 3, 4, 5, 6, 7].map((dayOfWeek) => ({ dayOfWeek, startTime: "00:00", endTime: "23:30" })),
    });

    // Patients with bearer tokens, written directly: 50 argon2 hashes would only slow the set-up.
    const t = database.tables;
    for (let i = 0; i < CONTENDERS; i++) {
      const userId = newId();
      const credential = generateToken();
      await database.db.insert(t.users).values({
        id: userId,
        email: `racer-${i}@example.test`,
        passwordHash: "not used",
        role: "patient",
        firstName: "Racer",
        lastName: String(i),
      });
      await database.db.insert(t.patients).values({ id: newId(), userId });
      await database.db.insert(t.apiTokens).values({
        id: credential.id,
        userId,
        name: "race",
        secretHash: credential.secretHash,
        expiresAt: new Date(Date.now() + 3_600_000),
      });
      tokens.push(credential.token);
    }
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it("lets exactly one win; the other 49 get CONFLICT, never a 500", async () => {
    const search = new URLSearchParams({
      input: JSON.stringify(
        superjson.serialize({
          doctorId,
          from: new Date(Date.now() + 86_400_000),
          to: new Date(Date.now() + 2 * 86_400_000),
        }),
      ),
    });
    const slotsResponse = await fetch(`${url}/trpc/doctors.availableSlots?${search.toString()}`, {
      headers: { authorization: `Bearer ${tokens[0]}` },
    });
    const { slots } = (
      (await slotsResponse.json()) as { result: { data: { json: { slots: { startsAt: string }[] } } } }
    ).result.data.json;
    const startsAt = new Date(slots[0]!.startsAt);
    const body = JSON.stringify(superjson.serialize({ doctorId, startsAt, reason: "Race for the slot" }));
    const responses = await Promise.all(
      tokens.map((token) =>
        fetch(`${url}/trpc/appointments.create`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body,
        }),
      ),
    );
    const statuses = responses.map((r) => r.status);
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as {
      error?: { json: { data: { code: string; conflictReason: string }; message: string } };
    }[];
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(CONTENDERS - 1);
    expect(
      bodies
        .filter((b) => b.error)
        .every(
          (b) =>
            b.error!.json.data.code === "CONFLICT" &&
            b.error!.json.data.conflictReason === "slot_taken" &&
            /taken/.test(b.error!.json.message),
        ),
    ).toBe(true);
    const t = database.tables;
    const rows = await database.db
      .select()
      .from(t.appointments)
      .where(
        and(
          eq(t.appointments.doctorId, doctorId),
          eq(t.appointments.startsAt, startsAt),
          inArray(t.appointments.status, ["requested", "confirmed"]),
        ),
      );
    expect(rows).toHaveLength(1);
  });
});
