'use client';

import './brand.css';
import { useState } from 'react';
import { studioText, type StudioLocale, type StudioMessageKey } from '@/lib/studio-i18n';
import { listDraftOutcomes } from './brand/sample';
import { BalanceChart } from './checks/BalanceChart';
import { BlockedWordsEditor } from './checks/BlockedWordsEditor';
import { CheckList } from './checks/CheckList';
import { LinkPreviews } from './checks/LinkPreviews';
import { revealField } from './checks/reveal-field';
import { useChecks } from './checks/use-checks';
import { useDraft } from './draft-context';
import { ChecksHead } from './checks/ChecksHead';

/**
 * The checks tab: Ripple's pre-launch checklist for the draft as it is in the editor (reachability, balance,
 * texts on the card, images and alt texts, link previews, blocked names), re-run as the draft changes, each
 * finding with a way to its field; then the link previews of the four networks and the workspace's blocked words.
 */
export function ChecksPanel({ locale }: { locale: StudioLocale }) {
  const { draft, quizId } = useDraft();
  const t = (key: StudioMessageKey, values?: Record<string, string | number>) => studioText(locale, key, values);
  const [resultId, setResultId] = useState<string | undefined>(undefined);
  const { answer, state, error, run } = useChecks(quizId, draft, resultId);
  const titles = Object.fromEntries(listDraftOutcomes(draft).map((o) => [o.id, o.title]));
  return (
    <div className="checks-panel" data-testid="checks-panel">
      <ChecksHead locale={locale} lead="checks_lead" checks={answer?.checks} isRunning={state === 'running'} error={error} onRun={run} />
      {answer ? (
        <>
          <CheckList
            checks={answer.checks}
            locale={locale}
            blockedCount={answer.blockedWords.words.length}
            isPoll={draft.kind === 'poll'}
            onFix={(finding) => revealField(finding.path, draft)}
            extra={{ balance: answer.balance ? <BalanceChart balance={answer.balance} titles={titles} locale={locale} /> : null }}
          />
          <LinkPreviews previews={answer.linkPreviews} resultId={resultId} onResultChange={setResultId} locale={locale} />
          <BlockedWordsEditor blocked={answer.blockedWords} locale={locale} onSaved={run} />
        </>
      ) : null}
    </div>
  );
}
