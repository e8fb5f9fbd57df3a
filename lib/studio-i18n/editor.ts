// The studio's editor messages, in English and Arabic: the Arabic object must have exactly the English keys.
const en = {
  tab_content: 'Content',
} as const;

export const editorMessages: { en: typeof en; ar: Record<keyof typeof en, string> } = {
  en,
  ar: {
    tab_content: 'المحتوى',
  },
};
