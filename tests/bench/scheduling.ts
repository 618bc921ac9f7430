/**
 * `pnpm bench`: scheduling figures on SQLite and PostgreSQL at full size (200 doctors, 50,000
 * patients, 500,000 appointments) and at a tenth of it, so growth is visible:
 *   - doctors.availableSlots for one doctor over 30 days (service call; p50/p99 ms)
 *   - booking throughput and p99 through HTTP against the built server with concurrent clients
 *   - appointments.list page latency (first page and a deep page; p50/p99 ms)
 * Options: BENCH_SCALES=0.1,1  BENCH_DIALECTS=sqlite,postgres  BENCH_CONCURRENCY=32
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateToken } from "@healthcare/auth";
import type { Actor, Services } from "@healthcare/core";
import { appointments, doctors, FieldCipher, generateKey, KeyRing, systemClock } from "@healthcare/core";
import { openPostgres, openSqlite, type Database } from "@healthcare/db";
import pg from "pg";
import superjson from "superjson";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const SCALES = (process.env.BENCH_SCALES ?? "0.1,1").split(",").map(Number);
const DIALECTS = (process.env.BENCH_DIALECTS ?? "sqlite,postgres").split(",") as ("sqlite" | "postgres")[];
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const BOOKINGS = Number(process.env.BENCH_BOOKINGS ?? 3000);
const PG_ADMIN = process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DAY = 86_400_000;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const ms = (n: number) => n.toFixed(n < 10 ? 2 : 1);

async function timed<T>(fn: () => Promise<T>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Opens a fresh database for one run; returns it with its URL and a drop function. */
async function freshDatabase(dialect: "sqlite" | "postgres", label: string) {
  if (dialect === "sqlite") {
    const file = path.join(os.tmpdir(), `hc-bench-${label}.db`);
    for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
    const database = openSqlite(file);
    const drop = () => {
      for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
      return Promise.resolve();
    };
    return { database, url: `file:${file}`, drop };
  }
  const name = `hc_bench_${label.replace(/\W/g, "_")}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN });
  await admin.connect();
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_ADMIN);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), { poolSize: 20 });
  return {
    database,
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

async function insertChunks<T>(
  database: Database,
  table: Parameters<Database["db"]["insert"]>[0],
  rows: T[],
  size = 1000,
) {
  for (let i = 0; i < rows.length; i += size) {
    await database.transaction(async (tx) => {
      await tx.insert(table).values(rows.slice(i, i + size) as never);
    });
  }
}

/** Fills the clinic: doctors with Mon-Fri 09:00-17:00 (30 min), patients, appointments past and future. */
async function fill(database: Database, scale: number, now: Date) {
  const t = database.tables;
  const doctorCount = Math.round(200 * scale);
  const patientCount = Math.round(50_000 * scale);
  const appointmentCount = Math.round(500_000 * scale);
  const zones = [
    "America/New_York",
    "Europe/Berlin",
    "Europe/London",
    "America/Los_Angeles",
    "Australia/Sydney",
    "UTC",
  ];
  const users: object[] = [];
  const doctorRows: object[] = [];
  const rules: object[] = [];
  const patientRows: object[] = [];
  for (let d = 0; d < doctorCount; d++) {
    users.push({
      id: `du${d}`,
      email: `doctor${d}@bench.test`,
      passwordHash: "x",
      role: "doctor",
      firstName: "Doc",
      lastName: `Bench${String(d).padStart(4, "0")}`,
    });
    // Every doctor works in UTC here so the generated history lines up with the rules.
    doctorRows.push({
      id: `d${d}`,
      userId: `du${d}`,
      specialization: ["Cardiology", "Dermatology", "Pediatrics", "Neurology"][d % 4],
      licenseNumber: `B-${d}`,
      timeZone: d % 10 === 0 ? zones[d % zones.length] : "UTC",
      approvalState: "approved",
      minNoticeMinutes: 0,
    });
    for (let day = 1; day <= 5; day++)
      rules.push({
        id: `r${d}-${day}`,
        doctorId: `d${d}`,
        dayOfWeek: day,
        startTime: "09:00",
        endTime: "17:00",
      });
  }
  for (let p = 0; p < patientCount; p++) {
    users.push({
      id: `pu${p}`,
      email: `patient${p}@bench.test`,
      passwordHash: "x",
      role: "patient",
      firstName: "Pat",
      lastName: `Bench${p}`,
    });
    patientRows.push({ id: `p${p}`, userId: `pu${p}` });
  }
  await insertChunks(database, t.users, users);
  await insertChunks(database, t.doctors, doctorRows);
  await insertChunks(database, t.scheduleRules, rules);
  await insertChunks(database, t.patients, patientRows);

  // Weekday 09:00-17:00 UTC slots, walking back from yesterday; 1 in 12 upcoming slots is booked too.
  const perDoctor = Math.floor(appointmentCount / doctorCount);
  const slotTimes: number[] = [];
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  for (let day = today - DAY; slotTimes.length < perDoctor; day -= DAY) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (let s = 0; s < 16; s++) slotTimes.push(day + 9 * 3_600_000 + s * 1_800_000);
  }
  const futureTimes: number[] = [];
  for (let day = today + DAY; day < today + 30 * DAY; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (let s = 0; s < 16; s += 12) futureTimes.push(day + 9 * 3_600_000 + s * 1_800_000);
  }
  const statuses = ["completed", "completed", "completed", "completed", "cancelled", "no_show"] as const;
  let rows: object[] = [];
  let n = 0;
  for (let d = 0; d < doctorCount; d++) {
    const times = [...slotTimes.slice(0, perDoctor - futureTimes.length), ...futureTimes];
    for (let i = 0; i < times.length; i++) {
      const start = times[i]!;
      const future = start > now.getTime();
      // Distinct patients for the doctors sharing a slot time, so no patient overlaps.
      const patient = (i * doctorCount + d) % patientCount;
      rows.push({
        id: `a${d}-${i}`,
        patientId: `p${patient}`,
        doctorId: `d${d}`,
        startsAt: new Date(start),
        endsAt: new Date(start + 1_800_000),
        status: future ? "confirmed" : statuses[(i + d) % statuses.length],
        reason: "Benchmark visit",
      });
      n++;
      if (rows.length >= 5000) {
        await insertChunks(database, t.appointments, rows);
        rows = [];
      }
    }
  }
  await insertChunks(database, t.appointments, rows);
  return { doctorCount, patientCount, appointments: n };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function startServer(url: string): Promise<{ base: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(root, "apps/server/dist/main.js")], {
    env: {
      ...process.env,
      ENCRYPTION_KEYS: `bench:${randomBytes(32).toString("base64")}`,
      NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? "",
      NODE_ENV: "production",
      PORT: String(port),
      HOST: "127.0.0.1",
      DATABASE_URL: url,
      LOG_LEVEL: "error",
      RATE_LIMIT_ALLOW: "127.0.0.1",
      COOKIE_SECURE: "false",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}/health`)).ok) return { base, child };
    } catch {
      // starting
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("bench server did not start");
}

async function run(dialect: "sqlite" | "postgres", scale: number) {
  const label = `${dialect}-${scale}`;
  const { database, url, drop } = await freshDatabase(dialect, label.replace(".", "_"));
  const services: Services = {
    database,
    clock: systemClock,
    cipher: new FieldCipher(new KeyRing([generateKey("bench")])),
  };
  const now = new Date();
  const fillMs = await timed(async () => void (await fill(database, scale, now)));
  const doctorCount = Math.round(200 * scale);
  const patientCount = Math.round(50_000 * scale);
  const admin: Actor = {
    userId: "du0",
    role: "admin",
    patientId: null,
    doctorId: null,
    doctorApproved: false,
    credential: { kind: "session", id: "bench" },
  };

  // availableSlots over 30 days, in process.
  const slotTimes: number[] = [];
  for (let i = 0; i < 300; i++) {
    const doctorId = `d${(i * 7) % doctorCount}`;
    const elapsed = await timed(() =>
      doctors.availableSlots(services, admin, {
        doctorId,
        from: now,
        to: new Date(now.getTime() + 30 * DAY),
      }),
    );
    if (i >= 20) slotTimes.push(elapsed);
  }

  // appointments.list pages, in process: first page for an admin and a doctor, and a deep page.
  const listTimes: number[] = [];
  const doctorActor: Actor = {
    userId: "du1",
    role: "doctor",
    patientId: null,
    doctorId: "d1",
    doctorApproved: true,
    credential: { kind: "session", id: "bench" },
  };
  let cursor: string | null = null;
  for (let i = 0; i < 200; i++) {
    const actor = i % 2 === 0 ? admin : doctorActor;
    const elapsed = await timed(async () => {
      const page = await appointments.listAppointments(services, actor, {
        limit: 20,
        cursor: actor === admin ? cursor : null,
        order: "desc",
      });
      if (actor === admin) cursor = page.nextCursor;
    });
    if (i >= 10) listTimes.push(elapsed);
  }

  // Bookings through HTTP: distinct patients with bearer tokens book distinct free slots.
  const bookers = Math.min(BOOKINGS, patientCount);
  const t = database.tables;
  const tokens: string[] = [];
  const tokenRows: object[] = [];
  for (let i = 0; i < bookers; i++) {
    const credential = generateToken();
    tokens.push(credential.token);
    tokenRows.push({
      id: credential.id,
      userId: `pu${patientCount - 1 - i}`,
      name: "bench",
      secretHash: credential.secretHash,
      expiresAt: new Date(now.getTime() + DAY),
    });
  }
  await insertChunks(database, t.apiTokens, tokenRows);
  const targets: { doctorId: string; startsAt: Date }[] = [];
  for (let d = 0; targets.length < bookers && d < doctorCount; d++) {
    const { slots } = await doctors.availableSlots(services, admin, {
      doctorId: `d${d}`,
      from: new Date(now.getTime() + 32 * DAY),
      to: new Date(now.getTime() + 60 * DAY),
    });
    for (const s of slots.slice(0, Math.ceil(bookers / doctorCount) + 1))
      targets.push({ doctorId: `d${d}`, startsAt: s.startsAt });
  }
  await database.close();

  const { base, child } = await startServer(url);
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < bookers) {
        const i = next++;
        const target = targets[i % targets.length]!;
        const body = JSON.stringify(superjson.serialize({ ...target, reason: "Benchmark booking" }));
        const t0 = performance.now();
        const response = await fetch(`${base}/trpc/appointments.create`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${tokens[i]}` },
          body,
        });
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (response.ok) ok++;
        else failed++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  child.kill("SIGTERM");
  await new Promise((r) => child.once("exit", r));
  await drop();
  return {
    label,
    fillSeconds: fillMs / 1000,
    size: `${doctorCount} doctors, ${patientCount} patients, ${Math.round(500_000 * scale)} appointments`,
    slotsP50: percentile(slotTimes, 50),
    slotsP99: percentile(slotTimes, 99),
    listP50: percentile(listTimes, 50),
    listP99: percentile(listTimes, 99),
    bookingsPerSecond: ok / seconds,
    bookingP50: percentile(latencies, 50),
    bookingP99: percentile(latencies, 99),
    ok,
    failed,
  };
}

const results = [];
for (const dialect of DIALECTS) {
  for (const scale of SCALES) {
    process.stdout.write(`running ${dialect} at scale ${scale} ...\n`);
    const r = await run(dialect, scale);
    results.push(r);
    process.stdout.write(
      `  ${r.size} (filled in ${r.fillSeconds.toFixed(1)} s)\n` +
        `  availableSlots 30 days:   p50 ${ms(r.slotsP50)} ms   p99 ${ms(r.slotsP99)} ms\n` +
        `  appointments.list page:   p50 ${ms(r.listP50)} ms   p99 ${ms(r.listP99)} ms\n` +
        `  booking over HTTP (${CONCURRENCY} clients): ${r.bookingsPerSecond.toFixed(0)}/s   p50 ${ms(r.bookingP50)} ms   p99 ${ms(r.bookingP99)} ms   (${r.ok} booked, ${r.failed} refused)\n`,
    );
  }
}
console.table(
  results.map((r) => ({
    run: r.label,
    "slots p50 ms": ms(r.slotsP50),
    "slots p99 ms": ms(r.slotsP99),
    "list p50 ms": ms(r.listP50),
    "list p99 ms": ms(r.listP99),
    "bookings/s": r.bookingsPerSecond.toFixed(0),
    "booking p99 ms": ms(r.bookingP99),
  })),
);
