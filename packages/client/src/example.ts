/**
 * Example script: signs in for a bearer token, then prints who it is signed in as.
 *
 *   HEALTHCARE_URL=http://localhost:3000 HEALTHCARE_EMAIL=patient@clinic.test \
 *   HEALTHCARE_PASSWORD=... pnpm --filter @healthcare/client example
 *
 * With HEALTHCARE_TOKEN set, it skips sign-in and uses that token.
 */
import { createHealthcareClient, TRPCClientError } from "./index";

const url = process.env.HEALTHCARE_URL ?? "http://localhost:3000";

async function main() {
  let token = process.env.HEALTHCARE_TOKEN;
  if (!token) {
    const email = process.env.HEALTHCARE_EMAIL;
    const password = process.env.HEALTHCARE_PASSWORD;
    if (!email || !password) {
      throw new Error("Set HEALTHCARE_TOKEN, or HEALTHCARE_EMAIL and HEALTHCARE_PASSWORD (see the README's demo logins).");
    }
    const issued = await createHealthcareClient({ url }).auth.token.mutate({ email, password, name: "client example" });
    token = issued.token;
    console.log(`Signed in; token valid until ${issued.expiresAt.toISOString()}`);
  }
  const client = createHealthcareClient({ url, token });
  const me = await client.auth.me.query();
  console.log(JSON.stringify(me, null, 2));
  if (!process.env.HEALTHCARE_TOKEN) await client.auth.revokeToken.mutate();
}

main().catch((error: unknown) => {
  const message = error instanceof TRPCClientError ? error.message : String(error);
  console.error(`example failed: ${message}`);
  process.exit(1);
});
