import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newId } from "./ids";
import type { TestDatabase } from "./testing";
import { createTestDatabase } from "./testing";

const user = (email: string) => ({
  id: newId(),
  email,
  passwordHash: "x",
  role: "patient" as const,
  firstName: "Test",
  lastName: "User",
});

describe("Database.transaction", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it("commits everything when the function succeeds", async () => {
    const a = user(`a-${newId()}@example.test`);
    const b = user(`b-${newId()}@example.test`);
    await database.transaction(async (tx) => {
      await tx.insert(database.tables.users).values(a);
      await tx.insert(database.tables.users).values(b);
    });
    const rows = await database.db.select().from(database.tables.users);
    expect(rows.map((r) => r.email)).toEqual(expect.arrayContaining([a.email, b.email]));
  });

  it("rolls back everything when the function throws", async () => {
    const a = user(`rollback-${newId()}@example.test`);
    await expect(
      database.transaction(async (tx) => {
        await tx.insert(database.tables.users).values(a);
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    const rows = await database.db.select().from(database.tables.users).where(eq(database.tables.users.email, a.email));
    expect(rows).toHaveLength(0);
  });

  it("keeps an interleaved request's write when another request's transaction rolls back", async () => {
    const doomed = user(`doomed-${newId()}@example.test`);
    const bystander = user(`bystander-${newId()}@example.test`);
    let insideTransaction!: () => void;
    const transactionOpen = new Promise<void>((resolve) => (insideTransaction = resolve));
    let finishTransaction!: () => void;
    const mayFinish = new Promise<void>((resolve) => (finishTransaction = resolve));

    const failing = database.transaction(async (tx) => {
      await tx.insert(database.tables.users).values(doomed);
      insideTransaction();
      await mayFinish; // another request runs while this transaction is open
      throw new Error("request A fails");
    });
    await transactionOpen;
    // Request B writes outside any transaction while A's transaction is open (then() starts it).
    const write = new Promise((resolve, reject) => {
      database.db.insert(database.tables.users).values(bystander).then(resolve, reject);
    });
    // Give B every chance to run before A finishes.
    await new Promise((resolve) => setTimeout(resolve, 20));
    finishTransaction();
    await expect(failing).rejects.toThrow("request A fails");
    await write;

    const emails = (await database.db.select({ email: database.tables.users.email }).from(database.tables.users)).map(
      (r) => r.email,
    );
    expect(emails).toContain(bystander.email);
    expect(emails).not.toContain(doomed.email);
  });

  it("lets a nested call join the outer transaction", async () => {
    const a = user(`nested-${newId()}@example.test`);
    await expect(
      database.transaction(async () => {
        await database.transaction(async (tx) => {
          await tx.insert(database.tables.users).values(a);
        });
        throw new Error("outer fails");
      }),
    ).rejects.toThrow("outer fails");
    const rows = await database.db.select().from(database.tables.users).where(eq(database.tables.users.email, a.email));
    expect(rows).toHaveLength(0);
  });
});
