import type { ReactNode } from 'react';

/** A titled card of the dashboard; `wide` spans both columns of the grid. */
export function Panel(props: { id: string; title: string; lead?: string; wide?: boolean; actions?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <section className={`card an-panel${props.wide ? ' an-wide' : ''}`} aria-labelledby={`${props.id}-title`} data-testid={props.testId}>
      <div className="an-panel-head">
        <div className="an-panel-titles">
          <h2 id={`${props.id}-title`}>{props.title}</h2>
          {props.lead ? <p className="muted small an-lead">{props.lead}</p> : null}
        </div>
        {props.actions}
      </div>
      {props.children}
    </section>
  );
}

/**
 * The figures of a chart as a table for screen readers (and for anyone who copies them): visually hidden,
 * read in place of the canvas.
 */
export function HiddenTable(props: { caption: string; head: string[]; rows: (string | number)[][]; testId?: string }) {
  // The wrapper hides it: a table cannot be narrower than its content, so it would widen a phone's page by itself.
  return (
    <div className="visually-hidden">
      <table data-testid={props.testId}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.head.map((cell) => (
              <th key={cell} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What a panel shows when it has nothing to draw yet: a calm sentence in the chart's place, not an empty axis. */
export function EmptyNote({ children }: { children: ReactNode }) {
  return (
    <div className="an-empty-note">
      <span className="an-empty-ripple" aria-hidden="true" />
      <p className="muted">{children}</p>
    </div>
  );
}
