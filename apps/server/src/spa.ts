import { existsSync } from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

interface SpaMount {
  /** URL prefix with trailing slash, e.g. "/" or "/console/". */
  prefix: string;
  /** The Vite build output. */
  dist: string;
  /** Where to redirect when there is no build (development with Vite dev servers). */
  devUrl: string | undefined;
}

/** Serves the built SPAs with history fallback; in development, redirects to the Vite servers. */
export async function registerSpas(app: FastifyInstance, mounts: SpaMount[]): Promise<void> {
  const built = mounts.filter((m) => !m.devUrl && existsSync(path.join(m.dist, "index.html")));
  for (const [i, mount] of built.entries()) {
    await app.register(fastifyStatic, {
      root: mount.dist,
      prefix: mount.prefix,
      decorateReply: i === 0,
      wildcard: false,
      index: false,
      setHeaders(res, file) {
        // Hashed assets never change; index.html must always be revalidated.
        void res.header(
          "cache-control",
          file.includes(`${path.sep}assets${path.sep}`) ? "public, max-age=31536000, immutable" : "no-cache",
        );
      },
    });
  }
  const byLongestPrefix = [...mounts].sort((a, b) => b.prefix.length - a.prefix.length);
  const mountFor = (url: string) =>
    byLongestPrefix.find((m) => url === m.prefix.slice(0, -1) || url.startsWith(m.prefix));

  app.setNotFoundHandler(async (request, reply) => {
    const url = request.url.split("?")[0] ?? "/";
    const mount = request.method === "GET" && !url.startsWith("/trpc") ? mountFor(url) : undefined;
    if (!mount) return reply.code(404).send({ error: "Not found" });
    if (mount.devUrl) return reply.redirect(new URL(url, mount.devUrl).toString());
    if (url === mount.prefix.slice(0, -1)) return reply.redirect(mount.prefix);
    if (path.extname(url) !== "" || !built.includes(mount)) {
      return reply
        .code(404)
        .type("text/plain")
        .send(built.includes(mount) ? "Not found" : "This app is not built. Run `pnpm build`.");
    }
    reply.header("cache-control", "no-cache");
    return reply.sendFile("index.html", mount.dist);
  });
}
