import fastifyCookie from "@fastify/cookie";
import fastifyHelmet from "@fastify/helmet";
import fastifyRateLimit from "@fastify/rate-limit";
import { appRouter, type AppRouter } from "@healthcare/api";
import type { Services } from "@healthcare/core";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import Fastify, { type FastifyInstance } from "fastify";
import type { ServerConfig } from "./config";
import { contextFactory } from "./context";
import { registerSpas } from "./spa";

/** Strips the query string: tRPC GET inputs (search terms, names) must never reach the logs. */
const pathOnly = (url: string) => url.split("?")[0];

/** Describes an error for the log without its message when that may carry query parameters. */
function loggableError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const mayCarryData = /Failed query|params:/i.test(error.message + (cause?.message ?? ""));
  return {
    errorName: error.name,
    causeName: cause?.name,
    dbCode:
      (cause?.cause as { code?: string } | undefined)?.code ?? (cause as { code?: string } | undefined)?.code,
    message: mayCarryData
      ? "database query failed (details withheld: may contain patient data)"
      : error.message,
    stack: error.stack?.split("\n").slice(1, 8).join("\n"),
  };
}

/** Builds the HTTP server: /trpc, /health, the two SPAs, security headers, limits, JSON logs. */
export async function buildServer(
  services: Services,
  config: ServerConfig,
  options: { logStream?: NodeJS.WritableStream } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      ...(options.logStream && { stream: options.logStream }),
      redact: {
        paths: ["req.headers.authorization", "req.headers.cookie", 'res.headers["set-cookie"]'],
        remove: true,
      },
      serializers: {
        req: (req: { method: string; url: string; id: string }) => ({
          id: req.id,
          method: req.method,
          path: pathOnly(req.url),
        }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
    routerOptions: { maxParamLength: 5000 },
    trustProxy: true,
    bodyLimit: 1_048_576,
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine sets inline styles on components.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    strictTransportSecurity: config.cookieSecure ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: "no-referrer" },
  });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    max: config.rateLimitPerMinute,
    timeWindow: "1 minute",
    allowList: config.rateLimitAllow,
  });

  app.get("/health", async (_request, reply) => {
    try {
      await services.database.ping();
      return { status: "ok", database: "up", dialect: services.database.dialect };
    } catch {
      return reply
        .code(503)
        .send({ status: "degraded", database: "down", dialect: services.database.dialect });
    }
  });

  await app.register(async (api) => {
    await api.register(fastifyTRPCPlugin, {
      prefix: "/trpc",
      trpcOptions: {
        router: appRouter,
        createContext: contextFactory(services, config),
        onError({ path, error, type }) {
          if (error.code === "INTERNAL_SERVER_ERROR")
            app.log.error({ path, type, ...loggableError(error) }, "procedure failed");
        },
      } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
    });
    api.addHook("onRequest", api.rateLimit());
  });

  await registerSpas(app, [
    { prefix: "/console/", dist: config.consoleDist, devUrl: config.consoleDevUrl },
    { prefix: "/", dist: config.portalDist, devUrl: config.portalDevUrl },
  ]);
  return app;
}
