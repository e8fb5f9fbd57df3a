'use client';

import type { ReactNode } from 'react';
import type { StudioQuiz } from '@/lib/studio-quiz';
import type { WorkspaceRole } from '@/lib/roles';
import type { DraftIssue } from './draft-context';

/** Placeholder: replaced by the real provider (undo/redo, debounced autosave). */
export function DraftProvider(props: { quiz: StudioQuiz; role: WorkspaceRole; initialIssues: DraftIssue[]; children: ReactNode }) {
  return <>{props.children}</>;
}
