import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const here = path.dirname(fileURLToPath(import.meta.url));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().default("0.0.0.0"),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  DATABASE_URL: z.string().optional(),
  /** Extra origins (comma-separated) allowed to send cookie-authenticated mutations, e.g. a public URL behind a proxy. */
  APP_ORIGINS: z.string().default(""),
  /** Mark the session cookie Secure (default: on in production). Turn off only for plain-HTTP test rigs. */
  COOKIE_SECURE: z.enum(["true", "false"]).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Requests per minute and IP on /trpc. */
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  /** Addresses exempt from the rate limit (comma-separated), e.g. 127.0.0.1 for load tests. */
  RATE_LIMIT_ALLOW: z.string().default(""),
  PORTAL_DIST: z.string().default(path.resolve(here, "../../patient-portal/dist")),
  CONSOLE_DIST: z.string().default(path.resolve(here, "../../clinician-console/dist")),
  /** In development the SPAs come from Vite dev servers; `/` and `/console/` redirect there. */
  PORTAL_DEV_URL: z.string().optional(),
  CONSOLE_DEV_URL: z.string().optional(),
  /** Fill an empty database with demo data on start (set by `pnpm dev`). */
  SEED_DEMO: z.enum(["true", "false"]).default("false"),
  /** Run the notification workers inside the web server (default); `pnpm worker` runs them alone. */
  RUN_WORKERS: z.enum(["true", "false"]).default("true"),
  /** SMTP server for email, e.g. smtp://user:pass@mail.example.org:587; unset: emails go to MAIL_DIR. */
  SMTP_URL: z.string().optional(),
  /** Where emails are written as .eml files when SMTP_URL is unset (development). */
  MAIL_DIR: z.string().optional(),
  MAIL_FROM: z.string().default("Healthcare clinic <no-reply@clinic.localhost>"),
  /** The public address of the server, for links in emails. */
  PUBLIC_URL: z.string().url().optional(),
  CLINIC_NAME: z.string().default("Healthcare clinic"),
});

/** The server's configuration, read from the environment once at start-up. */
export interface ServerConfig {
  production: boolean;
  host: string;
  port: number;
  databaseUrl: string | undefined;
  allowedOrigins: string[];
  cookieSecure: boolean;
  logLevel: string;
  rateLimitPerMinute: number;
  rateLimitAllow: string[];
  portalDist: string;
  consoleDist: string;
  portalDevUrl: string | undefined;
  consoleDevUrl: string | undefined;
  seedDemo: boolean;
  runWorkers: boolean;
  mail: {
    smtpUrl: string | undefined;
    outboxDir: string;
    from: string;
    publicUrl: string;
    clinicName: string;
  };
}

const list = (value: string) =>
  value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** The folder of the SQLite file (emails are written beside it in development), else ./data. */
function dataDirOf(databaseUrl: string | undefined): string {
  if (databaseUrl?.startsWith("file:")) return path.dirname(path.resolve(databaseUrl.slice("file:".length)));
  return path.resolve("data");
}

/** Parses the environment; throws a readable error naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === "production";
  return {
    production,
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    allowedOrigins: list(e.APP_ORIGINS),
    cookieSecure: e.COOKIE_SECURE ? e.COOKIE_SECURE === "true" : production,
    logLevel: e.LOG_LEVEL,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    rateLimitAllow: list(e.RATE_LIMIT_ALLOW),
    portalDist: e.PORTAL_DIST,
    consoleDist: e.CONSOLE_DIST,
    portalDevUrl: e.PORTAL_DEV_URL,
    consoleDevUrl: e.CONSOLE_DEV_URL,
    seedDemo: e.SEED_DEMO === "true",
    runWorkers: e.RUN_WORKERS === "true",
    mail: {
      smtpUrl: e.SMTP_URL || undefined,
      outboxDir: e.MAIL_DIR ?? path.join(dataDirOf(e.DATABASE_URL), "mail"),
      from: e.MAIL_FROM,
      publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
      clinicName: e.CLINIC_NAME,
    },
  };
}
