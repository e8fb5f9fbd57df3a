import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { nextCookies } from 'better-auth/next-js';
import { getDb } from './client';
import { getServerConfig } from './config';
import { setUpNewAccount } from './members';
import { accounts, sessions, users, verifications } from './schema';

function createAuth() {
  const db = getDb();
  const config = getServerConfig();
  return betterAuth({
    appName: 'Ripple',
    secret: config.secret,
    baseURL: process.env.RIPPLE_PUBLIC_URL,
    database: drizzleAdapter(db, { provider: 'sqlite', schema: { user: users, session: sessions, account: accounts, verification: verifications } }),
    // scrypt (memory-hard) hashes passwords; sessions live in HttpOnly, SameSite=Lax cookies.
    emailAndPassword: { enabled: true, minPasswordLength: 10, maxPasswordLength: 128, autoSignIn: true },
    session: { expiresIn: 60 * 60 * 24 * 30, updateAge: 60 * 60 * 24 },
    telemetry: { enabled: false },
    // The origin check (CSRF) stays on everywhere: Better Auth would otherwise skip it when NODE_ENV is "test".
    advanced: {
      ipAddress: { disableIpTracking: true },
      cookiePrefix: 'ripple',
      disableOriginCheck: false,
      // Secure cookies only where the public address is https: a self-hosted install on plain http must still sign in.
      useSecureCookies: process.env.RIPPLE_PUBLIC_URL?.startsWith('https://') ?? false,
    },
    trustedOrigins: (request) => {
      // The origin the request came to is the app's own; Better Auth refuses any other for its mutating calls.
      const host = request?.headers.get('host');
      return host ? [`http://${host}`, `https://${host}`] : [];
    },
    databaseHooks: {
      user: {
        create: {
          after: async (user) => {
            setUpNewAccount(db, { id: user.id, name: user.name, email: user.email }, Date.now());
          },
        },
      },
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { rippleAuth?: Auth };

/** The server's Better Auth instance, made on first use (after the database is open). */
export function getAuth(): Auth {
  globalForAuth.rippleAuth ??= createAuth();
  return globalForAuth.rippleAuth;
}
