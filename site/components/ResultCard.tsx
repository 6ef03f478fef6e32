import { en as t } from '../i18n/en.ts';
import type { CardData } from '../lib/card.ts';
import { servicePath } from '../lib/format.ts';

interface Props {
  card: CardData;
  headingLevel?: 2 | 3;
  /** In the search island: whether it is on the shortlist, and what to do on press. Static pages leave these out. */
  inShortlist?: boolean;
  onToggleShortlist?: (id: string) => void;
}

/**
 * One service in a list. Rendered to static HTML on browse pages (no React in the browser there) and live
 * in the search island. The shortlist button is hidden without JavaScript, because it needs it.
 */
export default function ResultCard({ card, headingLevel = 2, inShortlist, onToggleShortlist }: Props) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const live = onToggleShortlist !== undefined;
  return (
    <li className="result">
      <H>
        <a href={servicePath(card.id)}>{card.name}</a>
      </H>
      <p className="small hint">{card.organization}</p>
      <p>{card.summary}</p>
      <dl className="facts">
        <dt>{t.card.who}</dt>
        <dd>{card.ages}</dd>
        <dt>{t.card.cost}</dt>
        <dd>{card.cost}</dd>
        <dt>{t.card.access}</dt>
        <dd>{card.access}</dd>
        <dt>{t.card.where}</dt>
        <dd>
          {card.where}
          {card.distance ? ` (${card.distance})` : ''}
        </dd>
        {card.checked && (
          <>
            <dt>{t.card.lastChecked}</dt>
            <dd>{card.checked}</dd>
          </>
        )}
      </dl>
      {live ? (
        <button type="button" className="button button--secondary shortlist-button" onClick={() => onToggleShortlist(card.id)}>
          {inShortlist ? t.shortlist.remove : t.shortlist.add}
          <span className="visually-hidden"> {card.name}</span>
        </button>
      ) : (
        <button
          type="button"
          className="button button--secondary shortlist-button"
          data-shortlist-id={card.id}
          data-add-label={t.shortlist.add}
          data-remove-label={t.shortlist.remove}
          hidden
        >
          <span data-label>{t.shortlist.add}</span>
          <span className="visually-hidden"> {card.name}</span>
        </button>
      )}
    </li>
  );
}
