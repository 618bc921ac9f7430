// Bundles the server into dist/ (workspace packages inlined, npm dependencies kept external)
// and copies the database migrations beside the bundle.
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(here, "dist");
rmSync(dist, { recursive: true, force: true });

/** Keep every bare import external except our own workspace packages. */
const externalDependencies = {
  name: "external-dependencies",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith("@healthcare/")) return undefined;
      return { path: args.path, external: true };
    });
  },
};

await build({
  entryPoints: {
    main: "src/main.ts",
    worker: "src/worker.ts",
    "create-admin": "src/cli/create-admin.ts",
    seed: "src/cli/seed.ts",
  },
  outdir: dist,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  sourcemap: true,
  splitting: true,
  plugins: [externalDependencies],
  logLevel: "warning",
});
cpSync(path.join(here, "../../packages/db/migrations"), path.join(dist, "migrations"), { recursive: true });
console.log("server bundle written to dist/");
