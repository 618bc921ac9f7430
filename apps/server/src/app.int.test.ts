import { PassThrough } from "node:stream";
import { FieldCipher, generateKey, KeyRing, systemClock } from "@healthcare/core";
import type { TestDatabase } from "@healthcare/db/testing";
import { createTestDatabase } from "@healthcare/db/testing";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "./app";
import { loadConfig } from "./config";

const PASSWORD = "a long enough password";

describe("HTTP server", () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let logs = "";

  beforeAll(async () => {
    database = await createTestDatabase();
    const logStream = new PassThrough();
    logStream.on("data", (chunk: Buffer) => (logs += chunk.toString()));
    app = await buildServer(
      { database, clock: systemClock, cipher: new FieldCipher(new KeyRing([generateKey("test")])) },
      loadConfig({ LOG_LEVEL: "debug", PORTAL_DIST: "/nonexistent", CONSOLE_DIST: "/nonexistent" }),
      { logStream },
    );
  });
  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const post = (path: string, json: unknown, headers: Record<string, string> = {}) =>
    app.inject({
      method: "POST",
      url: `/trpc/${path}`,
      headers: { "content-type": "application/json", host: "clinic.test", ...headers },
      payload: { json },
    });

  it("reports database reachability on /health", async () => {
    const response = await app.inject({ method: "GET", url: "/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: "ok", database: "up", dialect: database.dialect });
  });

  it("sends security headers", async () => {
    const response = await app.inject({ method: "GET", url: "/health" });
    expect(response.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers["x-content-type-options"]).toBe("nosniff");
    expect(response.headers["referrer-policy"]).toBe("no-referrer");
  });

  it("sets an HttpOnly SameSite=Lax session cookie and authenticates with it", async () => {
    const email = `cookie-${Date.now()}@example.test`;
    const registered = await post(
      "auth.register",
      { email, password: PASSWORD, firstName: "Coo", lastName: "Kie" },
      { origin: "http://clinic.test" },
    );
    expect(registered.statusCode).toBe(200);
    const cookie = registered.cookies.find((c) => c.name === "hc_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    const me = await app.inject({
      method: "GET",
      url: "/trpc/auth.me",
      cookies: { hc_session: cookie!.value },
    });
    expect(me.statusCode).toBe(200);
    expect(JSON.stringify(me.json())).toContain(email);
  });

  it("refuses cookie-authenticated mutations from another origin or without an Origin", async () => {
    const email = `csrf-${Date.now()}@example.test`;
    const registered = await post(
      "auth.register",
      { email, password: PASSWORD, firstName: "Cs", lastName: "Rf" },
      { origin: "http://clinic.test" },
    );
    const session = registered.cookies.find((c) => c.name === "hc_session")!.value;
    const update = (headers: Record<string, string>) =>
      app.inject({
        method: "POST",
        url: "/trpc/auth.updateProfile",
        headers: { "content-type": "application/json", host: "clinic.test", ...headers },
        cookies: { hc_session: session },
        payload: { json: { firstName: "Mallory" } },
      });
    expect((await update({ origin: "https://evil.example" })).statusCode).toBe(403);
    expect((await update({})).statusCode).toBe(403);
    expect((await update({ origin: "http://clinic.test" })).statusCode).toBe(200);
  });

  it("accepts bearer tokens from scripts without an Origin", async () => {
    const email = `script-${Date.now()}@example.test`;
    await post(
      "auth.register",
      { email, password: PASSWORD, firstName: "Scr", lastName: "Ipt" },
      { origin: "http://clinic.test" },
    );
    const issued = await post("auth.token", { email, password: PASSWORD, name: "test" });
    expect(issued.statusCode).toBe(200);
    const token = (issued.json() as { result: { data: { json: { token: string } } } }).result.data.json.token;
    const me = await app.inject({
      method: "GET",
      url: "/trpc/auth.me",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(me.statusCode).toBe(200);
    const bad = await app.inject({
      method: "GET",
      url: "/trpc/auth.me",
      headers: { authorization: "Bearer nope.nope" },
    });
    expect(bad.statusCode).toBe(401);
  });

  it("answers bad input with 400 and field errors, never 500", async () => {
    const response = await post(
      "auth.register",
      { email: "not-an-email", password: "x" },
      { origin: "http://clinic.test" },
    );
    expect(response.statusCode).toBe(400);
    const body = response.json() as {
      error: { json: { data: { zodError: { fieldErrors: Record<string, string[]> } } } };
    };
    expect(Object.keys(body.error.json.data.zodError.fieldErrors)).toEqual(
      expect.arrayContaining(["email", "password", "firstName"]),
    );
    const garbage = await app.inject({
      method: "POST",
      url: "/trpc/auth.login",
      headers: { "content-type": "application/json", origin: "http://clinic.test", host: "clinic.test" },
      payload: "{not json",
    });
    expect(garbage.statusCode).toBeLessThan(500);
  });

  it("keeps passwords, secrets, hashes and query inputs out of responses and logs", async () => {
    const email = `secret-${Date.now()}@example.test`;
    const secretPassword = "correct horse battery staple";
    const registered = await post(
      "auth.register",
      { email, password: secretPassword, firstName: "Sec", lastName: "Ret" },
      { origin: "http://clinic.test" },
    );
    const token = registered.cookies.find((c) => c.name === "hc_session")!.value;
    await app.inject({
      method: "GET",
      url: `/trpc/auth.me?input=${encodeURIComponent(JSON.stringify({ json: { q: "Sensitive Name" } }))}`,
      cookies: { hc_session: token },
    });
    const everything = logs + registered.body;
    expect(everything).not.toContain(secretPassword);
    expect(everything).not.toContain(token.split(".")[1]);
    expect(everything).not.toMatch(/\$argon2id\$/);
    expect(logs).not.toContain("Sensitive");
    expect(logs).toContain("/trpc/auth.me");
  });
});
