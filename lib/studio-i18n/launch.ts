// The studio's launch messages, in English and Arabic: the Arabic object must have exactly the English keys.
const en = {
  tab_launch: 'Launch',
} as const;

export const launchMessages: { en: typeof en; ar: Record<keyof typeof en, string> } = {
  en,
  ar: {
    tab_launch: 'الإطلاق',
  },
};
