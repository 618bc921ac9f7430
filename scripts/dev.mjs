// `pnpm dev`: the API server (tsx watch, SQLite by default, migrated and seeded on first start)
// and both SPAs on Vite dev servers with hot reload, which proxy /trpc to the API.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.PORT ?? "3000";
const env = {
  ...process.env,
  PORT: port,
  HOST: process.env.HOST ?? "127.0.0.1",
  DATABASE_URL: process.env.DATABASE_URL ?? `file:${path.join(root, "data", "healthcare.db")}`,
  SEED_DEMO: process.env.SEED_DEMO ?? "true",
  PORTAL_DEV_URL: "http://localhost:5173/",
  CONSOLE_DEV_URL: "http://localhost:5174/console/",
  API_PORT: port,
  FORCE_COLOR: "1",
};

const apps = [
  { name: "server ", filter: "@healthcare/server" },
  { name: "portal ", filter: "@healthcare/patient-portal" },
  { name: "console", filter: "@healthcare/clinician-console" },
];

const children = apps.map(({ name, filter }) => {
  const child = spawn("pnpm", ["--filter", filter, "dev"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  const prefix = (stream, out) => {
    let buffered = "";
    stream.on("data", (chunk) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  child.on("exit", (code) => {
    if (!stopping) {
      console.error(`[${name}] exited with code ${code}; stopping the others`);
      stop(code ?? 1);
    }
  });
  return child;
});

let stopping = false;
function stop(code = 0) {
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 500).unref();
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
