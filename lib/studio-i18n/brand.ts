// The studio's brand messages, in English and Arabic: the Arabic object must have exactly the English keys.
const en = {
  tab_brand: 'Brand',
  tab_checks: 'Checks',
} as const;

export const brandMessages: { en: typeof en; ar: Record<keyof typeof en, string> } = {
  en,
  ar: {
    tab_brand: 'الهوية',
    tab_checks: 'الفحوص',
  },
};
