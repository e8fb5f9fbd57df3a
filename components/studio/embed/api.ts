import type { ShareLanding } from '@/lib/embed/landing';

/** The quiz's embed settings as GET/PATCH /api/studio/quizzes/[id]/embed answer them. */
export type QuizEmbed = { slug: string; workspaceId: string; isPublished: boolean; shareLanding: ShareLanding; embedOrigins: string[]; canEdit: boolean };

/** The workspace's allowed origins as GET/PUT /api/studio/embed answer them. */
export type EmbedOriginsAnswer = { workspaceId: string; origins: string[]; canEdit: boolean };
