import Link from 'next/link';
import { formatCount, translate } from '@/lib/i18n';
import { toPercent } from '@/lib/metrics';
import { buildShareText, buildStatLine, type ResultSummary } from '@/lib/result-text';
import { describeResult, type AnswerSheet } from '@/lib/scoring';
import { shareChannels, type ShareChannel } from '@/lib/share';
import { Emoji } from './Emoji';
import { ShareButtons } from './ShareButtons';

/**
 * A player's result: the outcome with its stat line and call to action, the card to download, the share buttons
 * (for the result's owner only), the trivia review or the poll's distribution, and a way to play again. Shown on
 * Ripple's result page and, inside the frame, on an embed's.
 */
export function ResultView(props: {
  resultId: string;
  summary: ResultSummary;
  answers: AnswerSheet;
  isOwner: boolean;
  /** the player's tracked link for each channel (Ripple's share page, or the host page) */
  links: Record<ShareChannel, string>;
  cardPath: string;
  storyPath: string;
  /** a poll's answers so far, by question and answer */
  distribution?: Record<string, Record<string, number>>;
  playAgainHref: string;
}) {
  const { resultId, summary, isOwner, links, cardPath, storyPath, distribution, playAgainHref } = props;
  const { definition } = summary;
  const { locale } = definition;
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(locale, key, values);
  const outcome = describeResult(definition, summary.outcomeId);
  return (
    <div className="result">
      <section className="result-head" aria-labelledby="result-title">
        <p className="muted">{definition.title}</p>
        {outcome?.image ? (
          // eslint-disable-next-line @next/next/no-img-element
          <img src={outcome.image} alt={outcome.imageAlt ?? ''} width={160} height={160} style={{ objectFit: 'cover', borderRadius: 16, marginInline: 'auto' }} />
        ) : outcome?.emoji ? (
          <Emoji emoji={outcome.emoji} size={72} label="" />
        ) : null}
        <h1 id="result-title">{outcome?.title}</h1>
        <p className="stat" data-testid="result-stat">
          {buildStatLine(summary)}
        </p>
        {outcome?.description ? <p className="lead">{outcome.description}</p> : null}
        {outcome?.cta ? (
          <a className="button ghost" href={outcome.cta.url} rel="noopener noreferrer" target="_blank" data-lead="">
            {outcome.cta.label}
          </a>
        ) : null}
      </section>

      <section className="card-preview">
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={cardPath} width={1200} height={630} alt={t('card_alt', { result: outcome?.title ?? '' })} data-testid="result-card" />
        <div className="card-actions">
          <a className="button ghost" href={cardPath} download="ripple-card.png">
            {t('download_card')}
          </a>
          <a className="button ghost" href={storyPath} download="ripple-story.png">
            {t('download_story')}
          </a>
        </div>
      </section>

      {isOwner ? (
        <ShareButtons
          resultId={resultId}
          locale={locale}
          links={links}
          text={buildShareText(summary)}
          texts={Object.fromEntries(shareChannels.map((c) => [c, buildShareText(summary, c)]))}
          title={definition.title}
          cardPath={cardPath}
        />
      ) : null}

      {definition.kind === 'trivia' ? (
        <section className="review" aria-labelledby="review-title">
          <h2 id="review-title">{t('your_answers')}</h2>
          <ol>
            {definition.questions.map((question) => {
              const chosen = props.answers[question.id] ?? [];
              const correct = question.answers.filter((a) => a.isCorrect).map((a) => a.id);
              const isRight = correct.length === chosen.length && correct.every((id) => chosen.includes(id));
              return (
                <li key={question.id} className={isRight ? 'right' : 'wrong'}>
                  <p className="review-question">
                    <span aria-hidden="true">{isRight ? '✓' : '✗'}</span> {question.text}
                  </p>
                  <p className="muted small">
                    {t('right_answer')}: <strong>{question.answers.filter((a) => a.isCorrect).map((a) => a.text).join(', ')}</strong>
                    {isRight ? null : (
                      <>
                        {' · '}
                        {t('your_answer')}: {question.answers.filter((a) => chosen.includes(a.id)).map((a) => a.text).join(', ')}
                      </>
                    )}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ) : null}

      {distribution ? (
        <section className="review" aria-labelledby="everyone-title">
          <h2 id="everyone-title">{t('everyone')}</h2>
          {definition.questions.map((question) => {
            const counts = distribution[question.id] ?? {};
            const total = Object.values(counts).reduce((a, b) => a + b, 0);
            const chosen = props.answers[question.id] ?? [];
            return (
              <div key={question.id} className="poll-question">
                <p className="review-question">{question.text}</p>
                <ul className="bars">
                  {question.answers.map((answer) => {
                    const n = counts[answer.id] ?? 0;
                    const percent = toPercent(n, total);
                    return (
                      <li key={answer.id} className={chosen.includes(answer.id) ? 'mine' : undefined} data-testid={`bar-${question.id}-${answer.id}`}>
                        <span className="bar-label">
                          {answer.emoji ? <Emoji emoji={answer.emoji} size={20} label="" /> : null} {answer.text}
                        </span>
                        <span className="bar-track">
                          <span className="bar-fill" style={{ inlineSize: `${percent}%` }} />
                        </span>
                        <span className="bar-value">
                          {percent}% · {t('votes', { count: formatCount(locale, n) })}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
        </section>
      ) : null}

      <p className="center">
        <Link className="button ghost" href={playAgainHref}>
          {t('play_again')}
        </Link>
      </p>
    </div>
  );
}
