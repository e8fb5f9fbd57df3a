import type { StudioMessageKey } from '@/lib/studio-i18n';

// The same limits as the server's (Better Auth: 10 to 128 characters), checked first in the browser so a person
// sees every problem at once, next to its field.
export const passwordMinLength = 10;
export const passwordMaxLength = 128;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The message key for a bad e-mail address, or null. */
export function checkEmail(email: string): StudioMessageKey | null {
  return emailPattern.test(email.trim()) ? null : 'error_email_invalid';
}

/** The message key for a new password that Ripple would refuse, or null. */
export function checkNewPassword(password: string): StudioMessageKey | null {
  if (password.length < passwordMinLength) return 'error_password_short';
  if (password.length > passwordMaxLength) return 'error_password_long';
  return null;
}

/** The message key for a missing or overlong name, or null. */
export function checkName(name: string): StudioMessageKey | null {
  if (name.trim().length === 0) return 'error_name_required';
  if (name.trim().length > 80) return 'error_name_long';
  return null;
}
