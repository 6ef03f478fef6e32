/**
 * Urgent-help panels, shown before anything else when a search's words (or a need page) point to danger.
 * Used by the search island and, rendered on the server, by the need pages: one markup for both.
 */
import { en as t } from '../i18n/en.ts';
import type { SignpostPanel } from '../lib/signpost-panels.ts';

export interface SignpostPanelsProps {
  panels: readonly SignpostPanel[];
  councilName: string;
  /** The heading level of each panel's title: 2 on a page, as the search page's results heading is 2. */
  headingLevel?: 2 | 3;
}

export default function SignpostPanels({ panels, councilName, headingLevel = 2 }: SignpostPanelsProps) {
  if (panels.length === 0) return null;
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  return (
    <div className="signposts" data-signposts={panels.map((p) => p.id).join(' ')}>
      {panels.map((p) => (
        <section key={p.id} className="urgent urgent--signpost" aria-labelledby={`signpost-${p.id}`} data-signpost={p.id}>
          <H id={`signpost-${p.id}`}>{t.signposts.heading(p.title)}</H>
          {p.now.map((line, i) =>
            i === 0 ? (
              <p key={line}>
                <strong>{line}</strong>
              </p>
            ) : (
              <p key={line}>{line}</p>
            ),
          )}
          {p.council.length > 0 && (
            <>
              <Sub>{t.signposts.councilHeading(councilName)}</Sub>
              <ul className="list">
                {p.council.map((c) => (
                  <li key={c.label}>
                    {c.label}: <a href={c.href}>{c.number}</a>
                  </li>
                ))}
              </ul>
            </>
          )}
          <Sub>{t.signposts.helplinesHeading}</Sub>
          <ul className="list">
            {p.helplines.map((h) => (
              <li key={h.name}>
                <strong>{h.name}</strong>
                {h.call && (
                  <>
                    : {t.signposts.call} <a href={h.call.href}>{h.call.number}</a>
                  </>
                )}
                {h.text && (
                  <>
                    {h.call ? ', or ' : ': '}
                    {h.text.word ? (
                      <a href={h.text.href}>{t.signposts.textWord(h.text.word, h.text.number)}</a>
                    ) : (
                      <>
                        {t.signposts.text} <a href={h.text.href}>{h.text.number}</a>
                      </>
                    )}
                  </>
                )}
                . {h.about}
              </li>
            ))}
          </ul>
          <p>
            <a href="/urgent-help/">{t.signposts.more}</a>
          </p>
        </section>
      ))}
    </div>
  );
}
