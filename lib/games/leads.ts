import { z } from 'zod';
import { toCsv } from '../csv';

/**
 * Leads: the e-mail a player gives before a prize is revealed, with the exact consent text they agreed to.
 */

/** An e-mail address as a lead form accepts it: trimmed, at most 254 characters, a plausible address. */
export const leadEmailSchema = z
  .string()
  .trim()
  .max(254, 'keep the e-mail address under 255 characters')
  .pipe(z.email('enter a valid e-mail address'));

/**
 * An e-mail address as it is stored: trimmed, with its domain in lower case (domains are case-insensitive; the
 * part before the @ is kept as typed, since a mail server may tell cases apart). Null for an invalid address.
 */
export function normalizeLeadEmail(raw: string): string | null {
  const parsed = leadEmailSchema.safeParse(raw);
  if (!parsed.success) return null;
  const at = parsed.data.lastIndexOf('@');
  return `${parsed.data.slice(0, at)}@${parsed.data.slice(at + 1).toLowerCase()}`;
}

export type LeadRow = { email: string; consentText: string; createdAt: number; playerNumber: number; playerName: string; prizes: string[] };

/**
 * The studio's leads download: one row per lead with the e-mail, the exact consent text agreed to, when (ISO 8601,
 * UTC), the player's public number and name, and the titles of the prizes they won (joined by " | "). Cells are
 * guarded against spreadsheet formulas by toCsv.
 */
export function buildLeadsCsv(rows: readonly LeadRow[]): string {
  return toCsv(
    ['email', 'consent_text', 'created_at', 'player_number', 'player_name', 'prizes_won'],
    rows.map((r) => [r.email, r.consentText, new Date(r.createdAt).toISOString(), r.playerNumber, r.playerName, r.prizes.join(' | ')]),
  );
}
