import type { Locale, QuizDefinition, QuizKind } from './quiz-schema';

/** What a player's browser gets of a quiz: texts and images, never weights or which answers are right. */
export type PlayableQuiz = {
  kind: QuizKind;
  locale: Locale;
  title: string;
  description: string;
  coverImage?: string;
  coverImageAlt?: string;
  coverEmoji?: string;
  askName: boolean;
  brand: QuizDefinition['brand'];
  questions: { id: string; text: string; image?: string; imageAlt?: string; isMultiple: boolean; timeLimitSeconds?: number; answers: { id: string; text: string; emoji?: string; image?: string; imageAlt?: string }[] }[];
};

/**
 * Strips a quiz definition down to what the play page needs. Scoring stays on the server, so reading the page's
 * source reveals neither the right trivia answers nor which answer leads to which result.
 */
export function toPlayableQuiz(quiz: QuizDefinition): PlayableQuiz {
  return {
    kind: quiz.kind,
    locale: quiz.locale,
    title: quiz.title,
    description: quiz.description,
    coverImage: quiz.coverImage,
    coverImageAlt: quiz.coverImageAlt,
    coverEmoji: quiz.coverEmoji,
    askName: quiz.askName,
    brand: quiz.brand,
    questions: quiz.questions.map((q) => ({
      id: q.id,
      text: q.text,
      image: q.image,
      imageAlt: q.imageAlt,
      isMultiple: q.isMultiple,
      // Only trivia is timed: an unanswered question of another kind would have no result to count towards.
      timeLimitSeconds: quiz.kind === 'trivia' ? q.timeLimitSeconds : undefined,
      answers: q.answers.map((a) => ({ id: a.id, text: a.text, emoji: a.emoji, image: a.image, imageAlt: a.imageAlt })),
    })),
  };
}
