'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, type CSSProperties } from 'react';
import { getBrandCssVariables } from '@/lib/brand-font';
import { embedResultSchema } from '@/lib/embed/messages';
import { translate } from '@/lib/i18n';
import type { PlayableQuiz } from '@/lib/quiz-view';
import { reportToHost } from './embed/EmbedFrame';
import { Emoji } from './Emoji';

/** Playing inside an embed: where the player came from, and the query that keeps them in the frame. */
export type PlayerEmbed = { hostPage: string; source: string; query: string };

type Step = { at: 'cover' } | { at: 'question'; index: number } | { at: 'name' };

/**
 * The play page: cover, one question at a time with a progress bar and a way back, an optional first name,
 * then the server scores the answers and the player is taken to their result.
 */
export function QuizPlayer({ quiz, slug, versionId, embed }: { quiz: PlayableQuiz; slug: string; versionId: string; embed?: PlayerEmbed }) {
  const router = useRouter();
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(quiz.locale, key, values);
  const [step, setStep] = useState<Step>({ at: 'cover' });
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [name, setName] = useState('');
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Timed trivia questions: when each one's time runs out (set on its first showing, so going back and forth
  // does not restart it), and those whose time ran out (locked, counted wrong unless answered in time).
  const [deadlines, setDeadlines] = useState<Record<string, number>>({});
  const [timedOut, setTimedOut] = useState<Record<string, boolean>>({});
  const total = quiz.questions.length;
  const shownQuestion = step.at === 'question' ? quiz.questions[step.index] : undefined;

  useEffect(() => {
    const limit = shownQuestion?.timeLimitSeconds;
    if (!shownQuestion || limit === undefined || deadlines[shownQuestion.id] !== undefined) return;
    setDeadlines((current) => ({ ...current, [shownQuestion.id]: Date.now() + limit * 1000 }));
  }, [shownQuestion, deadlines]);

  async function submit(finalAnswers: Record<string, string[]>) {
    setIsSubmitting(true);
    setError(null);
    try {
      const response = await fetch('/api/plays/complete', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ slug, versionId, name, answers: finalAnswers }),
      });
      const body: unknown = await response.json().catch(() => null);
      if (response.ok && body && typeof body === 'object' && 'url' in body && typeof body.url === 'string') {
        // In an embed the result opens in the frame, and the host page hears of it first.
        if (embed && 'resultId' in body && typeof body.resultId === 'string') {
          const result = embedResultSchema.safeParse('result' in body ? body.result : null);
          if (result.success) reportToHost({ type: 'complete', result: result.data });
          router.push(`/embed/${encodeURIComponent(slug)}/r/${encodeURIComponent(body.resultId)}${embed.query}`);
          return;
        }
        router.push(body.url);
        return;
      }
      const message = body && typeof body === 'object' && 'error' in body && body.error && typeof body.error === 'object' && 'message' in body.error ? String(body.error.message) : t('error_generic');
      setError(message);
    } catch {
      setError(t('error_generic'));
    }
    setIsSubmitting(false);
  }

  function start() {
    setStep({ at: 'question', index: 0 });
    const body = embed ? { slug, hostPage: embed.hostPage, source: embed.source } : { slug };
    void fetch('/api/plays/start', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }).catch(() => undefined);
    if (embed) reportToHost({ type: 'start' });
  }

  function goForward(index: number, nextAnswers: Record<string, string[]>) {
    if (index + 1 < total) setStep({ at: 'question', index: index + 1 });
    else if (quiz.askName) setStep({ at: 'name' });
    else void submit(nextAnswers);
  }

  function choose(index: number, answerId: string) {
    const question = quiz.questions[index];
    if (!question) return;
    if (question.isMultiple) {
      const current = answers[question.id] ?? [];
      const next = current.includes(answerId) ? current.filter((id) => id !== answerId) : [...current, answerId];
      setAnswers({ ...answers, [question.id]: next });
      return;
    }
    const nextAnswers = { ...answers, [question.id]: [answerId] };
    setAnswers(nextAnswers);
    goForward(index, nextAnswers);
  }

  const brandStyle = getBrandCssVariables(quiz.brand) as CSSProperties;
  // The bar starts partly filled: the first question is already a step made.
  const progress = step.at === 'cover' ? 0 : step.at === 'name' ? 1 : (step.index + 1) / (total + 1);

  return (
    <div className="player" style={brandStyle}>
      {step.at === 'cover' ? (
        <section className="cover" aria-labelledby="quiz-title">
          <div className="cover-art">
            {quiz.coverImage ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={quiz.coverImage} alt={quiz.coverImageAlt ?? ''} />
            ) : null}
            {quiz.coverEmoji ? (
              <span className="cover-emoji">
                <Emoji emoji={quiz.coverEmoji} size={88} label="" />
              </span>
            ) : null}
          </div>
          <div className="cover-body">
            <p className="pill">{t(`kind_${quiz.kind}`)}</p>
            <h1 id="quiz-title">{quiz.title}</h1>
            {quiz.description ? <p className="lead">{quiz.description}</p> : null}
            <button type="button" className="button primary big" onClick={start} autoFocus>
              {t('start')}
            </button>
            <p className="muted small">
              {quiz.brand.logo ? (
                // eslint-disable-next-line @next/next/no-img-element
                <img src={quiz.brand.logo} alt={quiz.brand.logoAlt ?? ''} style={{ blockSize: 28, inlineSize: 'auto', maxInlineSize: 120, verticalAlign: 'middle', marginInlineEnd: 8 }} />
              ) : null}
              {quiz.brand.name}
            </p>
          </div>
        </section>
      ) : (
        <section className="play-card">
          <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={step.at === 'name' ? total : step.index} aria-label={quiz.title}>
            <span style={{ inlineSize: `${Math.round(progress * 100)}%` }} />
          </div>
          {step.at === 'question' ? (
            <QuestionStep
              key={step.index}
              quiz={quiz}
              index={step.index}
              chosen={answers[quiz.questions[step.index]?.id ?? ''] ?? []}
              onChoose={(answerId) => choose(step.index, answerId)}
              onNext={() => goForward(step.index, answers)}
              onBack={() => setStep(step.index === 0 ? { at: 'cover' } : { at: 'question', index: step.index - 1 })}
              isSubmitting={isSubmitting}
              deadline={deadlines[quiz.questions[step.index]?.id ?? '']}
              isTimedOut={timedOut[quiz.questions[step.index]?.id ?? ''] === true}
              onTimeUp={() => {
                const questionId = quiz.questions[step.index]?.id ?? '';
                setTimedOut((current) => ({ ...current, [questionId]: true }));
                goForward(step.index, answers);
              }}
            />
          ) : (
            <form
              className="name-step"
              onSubmit={(event) => {
                event.preventDefault();
                void submit(answers);
              }}
            >
              <label htmlFor="player-name" className="question-text">
                {t('name_label')}
              </label>
              <p className="muted">{t('name_hint')}</p>
              <input id="player-name" name="name" className="text-input" value={name} maxLength={60} autoComplete="given-name" placeholder={t('name_placeholder')} onChange={(e) => setName(e.target.value)} autoFocus />
              <div className="step-actions">
                <button type="button" className="button ghost" onClick={() => setStep({ at: 'question', index: total - 1 })}>
                  {t('back')}
                </button>
                <button type="submit" className="button primary" disabled={isSubmitting}>
                  {isSubmitting ? t('loading') : t('see_result')}
                </button>
              </div>
            </form>
          )}
          {error ? (
            <p className="error" role="alert">
              {error}
            </p>
          ) : null}
        </section>
      )}
    </div>
  );
}

function QuestionStep(props: {
  quiz: PlayableQuiz;
  index: number;
  chosen: string[];
  onChoose: (answerId: string) => void;
  onNext: () => void;
  onBack: () => void;
  isSubmitting: boolean;
  deadline: number | undefined;
  isTimedOut: boolean;
  onTimeUp: () => void;
}) {
  const { quiz, index, chosen, deadline, isTimedOut } = props;
  const question = quiz.questions[index];
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === undefined || isTimedOut) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [deadline, isTimedOut]);
  const remainingMs = deadline === undefined ? undefined : Math.max(0, deadline - now);
  const isTimeUp = remainingMs === 0;
  const { onTimeUp } = props;
  useEffect(() => {
    if (isTimeUp && !isTimedOut) onTimeUp();
  }, [isTimeUp, isTimedOut, onTimeUp]);
  if (!question) return null;
  const isLocked = isTimedOut || isTimeUp;
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(quiz.locale, key, values);
  const isLast = index + 1 === quiz.questions.length;
  return (
    <div className="question">
      <p className="muted small">{t('question_of', { n: index + 1, total: quiz.questions.length })}</p>
      <h2 className="question-text" id={`q-${question.id}`}>
        {question.text}
      </h2>
      {question.isMultiple ? <p className="muted small">{t('pick_all')}</p> : null}
      {question.timeLimitSeconds !== undefined && remainingMs !== undefined ? (
        <div className="question-timer" role="timer" data-testid="question-timer" style={{ display: 'flex', alignItems: 'center', gap: 10, fontWeight: 700, fontVariantNumeric: 'tabular-nums' }}>
          <span aria-hidden="true" style={{ flex: 1, blockSize: 6, borderRadius: 3, background: 'color-mix(in srgb, var(--brand) 18%, transparent)', overflow: 'hidden' }}>
            <span style={{ display: 'block', blockSize: '100%', inlineSize: `${(100 * remainingMs) / (question.timeLimitSeconds * 1000)}%`, background: 'var(--brand)', transition: 'inline-size 0.25s linear' }} />
          </span>
          <span>{isLocked ? t('time_up') : `⏱ ${t('time_left', { seconds: Math.ceil(remainingMs / 1000) })}`}</span>
        </div>
      ) : null}
      {question.image ? (
        // eslint-disable-next-line @next/next/no-img-element
        <img className="question-image" src={question.image} alt={question.imageAlt ?? ''} />
      ) : null}
      <div className="answers" role="group" aria-labelledby={`q-${question.id}`}>
        {question.answers.map((answer) => {
          const isChosen = chosen.includes(answer.id);
          return (
            <button
              key={answer.id}
              type="button"
              className={`answer${isChosen ? ' chosen' : ''}`}
              aria-pressed={isChosen}
              disabled={props.isSubmitting || isLocked}
              onClick={() => props.onChoose(answer.id)}
            >
              {answer.emoji ? <Emoji emoji={answer.emoji} size={28} label="" /> : null}
              {answer.image ? (
                // eslint-disable-next-line @next/next/no-img-element
                <img src={answer.image} alt={answer.imageAlt ?? ''} width={56} height={56} style={{ objectFit: 'cover', borderRadius: 8, flexShrink: 0 }} />
              ) : null}
              <span>{answer.text}</span>
            </button>
          );
        })}
      </div>
      <div className="step-actions">
        <button type="button" className="button ghost" onClick={props.onBack}>
          {t('back')}
        </button>
        {question.isMultiple || chosen.length > 0 || isLocked ? (
          <button type="button" className="button primary" disabled={(chosen.length === 0 && !isLocked) || props.isSubmitting} onClick={props.onNext}>
            {isLast && !quiz.askName ? t('see_result') : t('next')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
