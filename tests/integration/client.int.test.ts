import type { AddressInfo } from "node:net";
import { buildServer } from "../../apps/server/src/app";
import { loadConfig } from "../../apps/server/src/config";
import { createHealthcareClient, TRPCClientError } from "@healthcare/client";
import { FieldCipher, generateKey, KeyRing, systemClock } from "@healthcare/core";
import { createTestDatabase, type TestDatabase } from "@healthcare/db/testing";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

describe("typed client for scripts", () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let url: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await buildServer(
      { database, clock: systemClock, cipher: new FieldCipher(new KeyRing([generateKey("test")])) },
      loadConfig({ LOG_LEVEL: "silent", PORTAL_DIST: "/none", CONSOLE_DIST: "/none" }),
    );
    await app.listen({ host: "127.0.0.1", port: 0 });
    url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it("registers, takes a bearer token, calls auth.me and revokes the token", async () => {
    const anonymous = createHealthcareClient({ url });
    const email = `script-${Date.now()}@example.test`;
    const { user } = await anonymous.auth.register.mutate({
      email,
      password: "a long enough password",
      firstName: "Scripty",
      lastName: "McScript",
    });
    const { token, expiresAt } = await anonymous.auth.token.mutate({
      email,
      password: "a long enough password",
      name: "ci",
    });
    expect(expiresAt).toBeInstanceOf(Date);

    const client = createHealthcareClient({ url: `${url}/trpc`, token });
    const me = await client.auth.me.query();
    expect(me).toMatchObject({
      id: user.id,
      email,
      role: "patient",
      patientId: user.patientId,
      doctorId: null,
    });

    await client.auth.revokeToken.mutate();
    const error = await client.auth.me.query().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<never>).message).toBe("Please sign in");
  });
});
