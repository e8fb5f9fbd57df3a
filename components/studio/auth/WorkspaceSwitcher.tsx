'use client';

import { useEffect, useRef, useState } from 'react';
import { studioText, type StudioLocale } from '@/lib/studio-i18n';
import type { WorkspaceRole } from '@/lib/roles';
import { sendJson } from './request';

type Workspace = { workspaceId: string; workspaceName: string; role: WorkspaceRole };

/**
 * The current workspace's name, opening a list of the user's workspaces. Choosing one stores it (the server
 * checks the membership) and opens that workspace's quizzes.
 */
export function WorkspaceSwitcher({ locale, currentId, workspaces }: { locale: StudioLocale; currentId: string; workspaces: Workspace[] }) {
  const t = (key: Parameters<typeof studioText>[1]) => studioText(locale, key);
  const details = useRef<HTMLDetailsElement>(null);
  const [error, setError] = useState<string | null>(null);
  const current = workspaces.find((w) => w.workspaceId === currentId);

  useEffect(() => {
    // Close the list on a click elsewhere or on Escape, as a menu would.
    const close = (event: Event) => {
      const element = details.current;
      if (!element?.open) return;
      const isOutside = !(event.target instanceof Node && element.contains(event.target));
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : isOutside) {
        element.open = false;
        if (event instanceof KeyboardEvent) element.querySelector('summary')?.focus();
      }
    };
    document.addEventListener('click', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('click', close);
      document.removeEventListener('keydown', close);
    };
  }, []);

  async function choose(workspaceId: string) {
    setError(null);
    const result = await sendJson('/api/studio/workspace', { body: { workspaceId } });
    if (!result.ok) return setError(t('frame_switch_failed'));
    window.location.assign('/studio');
  }

  return (
    <details className="workspace-switcher" ref={details} data-testid="workspace-switcher">
      <summary aria-label={`${t('frame_switch_workspace')}: ${current?.workspaceName ?? ''}`}>
        <span className="workspace-switcher-name">{current?.workspaceName}</span>
      </summary>
      <ul className="workspace-switcher-menu">
        <li>
          <p className="workspace-switcher-label">{t('frame_workspace')}</p>
        </li>
        {workspaces.map((w) => (
          <li key={w.workspaceId}>
            <button type="button" aria-current={w.workspaceId === currentId ? 'true' : undefined} onClick={() => choose(w.workspaceId)}>
              <span>{w.workspaceName}</span>
              <span className="badge badge-role">{t(`role_${w.role}`)}</span>
            </button>
          </li>
        ))}
        {error ? (
          <li className="field-error" role="alert">
            {error}
          </li>
        ) : null}
      </ul>
    </details>
  );
}
