import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from './client';
import { visitorSalts } from './schema';

/** The random salt of a UTC day ('YYYY-MM-DD'), made on its first use; concurrent first uses agree on one. */
export function getDailySalt(db: Db, day: string): string {
  const existing = db.select({ salt: visitorSalts.salt }).from(visitorSalts).where(eq(visitorSalts.day, day)).get();
  if (existing) return existing.salt;
  db.insert(visitorSalts).values({ day, salt: randomBytes(32).toString('base64url') }).onConflictDoNothing().run();
  return db.select({ salt: visitorSalts.salt }).from(visitorSalts).where(eq(visitorSalts.day, day)).get()?.salt ?? '';
}

