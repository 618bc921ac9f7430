// `pnpm test`: lint, typecheck and build everything, then run every vitest project: unit tests,
// integration tests on SQLite and PostgreSQL, and browser tests against the built server.
// Without a reachable PostgreSQL or a Chromium, it says which suites it skipped; with CI=true it
// fails instead. It ends with one line "tests: N passed, N failed, N skipped".
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const ci = process.env.CI === "true" || process.env.CI === "1";
const pgUrl = new URL(process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function reachable(host, port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port: Number(port), timeout: 3000 });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
    socket.once("timeout", () => (socket.destroy(), resolve(false)));
  });
}

const step = (title) => console.log(`\n=== ${title} ===`);
const skipped = [];
const projects = ["unit", "int-sqlite"];

if (await reachable(pgUrl.hostname, pgUrl.port || 5432)) projects.push("int-postgres");
else skipped.push(`integration tests on PostgreSQL (no server at ${pgUrl.host}; set TEST_POSTGRES_URL)`);
if (existsSync(chromium)) projects.push("e2e");
else skipped.push(`browser tests (no Chromium at ${chromium}; apt-get install chromium, or set CHROMIUM_PATH)`);

if (skipped.length > 0 && ci) {
  console.error(`CI=true and these suites cannot run:\n  - ${skipped.join("\n  - ")}`);
  process.exit(1);
}

step("lint, typecheck, build");
if (run("pnpm", ["exec", "turbo", "run", "lint", "typecheck", "build", "--output-logs=errors-only"]) !== 0) {
  console.error("lint, typecheck or build failed");
  console.log("tests: 0 passed, 1 failed");
  process.exit(1);
}

step(`vitest: ${projects.join(", ")}`);
const report = path.join(mkdtempSync(path.join(os.tmpdir(), "hc-test-")), "report.json");
const status = run("pnpm", [
  "exec",
  "vitest",
  "run",
  ...projects.flatMap((p) => ["--project", p]),
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
]);

let passed = 0;
let failed = status === 0 ? 0 : 1;
let pending = 0;
if (existsSync(report)) {
  const summary = JSON.parse(readFileSync(report, "utf8"));
  passed = summary.numPassedTests;
  failed = summary.numFailedTests + (status !== 0 && summary.numFailedTests === 0 ? 1 : 0);
  pending = summary.numPendingTests + summary.numTodoTests;
}
if (skipped.length > 0) console.log(`\nSKIPPED suites:\n  - ${skipped.join("\n  - ")}`);
console.log(`\ntests: ${passed} passed, ${failed} failed, ${pending} skipped`);
process.exit(status === 0 && failed === 0 ? 0 : 1);
