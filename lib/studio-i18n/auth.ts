// The studio's auth messages, in English and Arabic: the Arabic object must have exactly the English keys.
const en = {
  studio_title: 'Studio',
} as const;

export const authMessages: { en: typeof en; ar: Record<keyof typeof en, string> } = {
  en,
  ar: {
    studio_title: 'الاستوديو',
  },
};
