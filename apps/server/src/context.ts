import { createContextInner } from "@healthcare/api";
import { isTrustedOrigin } from "@healthcare/auth";
import type { Actor, Services } from "@healthcare/core";
import { auth } from "@healthcare/core";
import type { CreateFastifyContextOptions } from "@trpc/server/adapters/fastify";
import type { ServerConfig } from "./config";

/** The session cookie's name. */
export const SESSION_COOKIE = "hc_session";

/** Builds the tRPC context of one HTTP request: who is calling, and how to set their cookie. */
export function contextFactory(services: Services, config: ServerConfig) {
  return async ({ req, res }: CreateFastifyContextOptions) => {
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "")?.[1];
    const cookieToken = req.cookies[SESSION_COOKIE];
    let actor: Actor | null = null;
    if (bearer) actor = await auth.authenticateApiToken(services, bearer);
    else if (cookieToken) {
      actor = await auth.authenticateSession(services, cookieToken);
      if (!actor) void res.clearCookie(SESSION_COOKIE, { path: "/" });
    }
    const origin = req.headers.origin;
    // A browser always sends Origin on POST; a request with our cookie but no Origin is refused.
    const originTrusted = origin
      ? isTrustedOrigin(origin, req.headers.host, config.allowedOrigins)
      : Boolean(bearer) || !cookieToken;
    return createContextInner({
      services,
      actor,
      meta: { ip: req.ip, userAgent: req.headers["user-agent"] ?? null },
      originTrusted,
      cookies: {
        setSession(token, expiresAt) {
          void res.setCookie(SESSION_COOKIE, token, {
            httpOnly: true,
            sameSite: "lax",
            secure: config.cookieSecure,
            path: "/",
            expires: expiresAt,
          });
        },
        clearSession() {
          void res.clearCookie(SESSION_COOKIE, { path: "/" });
        },
      },
    });
  };
}
