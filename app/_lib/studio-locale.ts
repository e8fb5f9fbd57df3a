import { cookies } from 'next/headers';
import type { StudioLocale } from '@/lib/studio-i18n';

export const studioLocaleCookie = 'ripple_studio_locale';

/** The studio's UI language chosen by the user (a cookie), English by default. */
export async function getStudioLocale(): Promise<StudioLocale> {
  return (await cookies()).get(studioLocaleCookie)?.value === 'ar' ? 'ar' : 'en';
}
