/**
 * "Showing services for: age 13, School and learning": what query understanding read from the words, each part
 * with a link that searches again without it (the `undo` URL value), so nothing it guessed is a hidden filter.
 */
import { en as t } from '../i18n/en.ts';
import type { SearchForm } from '../lib/search-form.ts';
import type { UnderstoodPart } from '../lib/understood.ts';
import SearchLink from './SearchLink.tsx';

export default function Understood(props: { parts: readonly UnderstoodPart[]; form: SearchForm; onGo: (form: SearchForm) => void }) {
  if (props.parts.length === 0) return null;
  return (
    <div className="understood" aria-label={t.results.understoodHeading} role="group">
      <p>
        {t.results.understoodLead}{' '}
        {props.parts.map((part, i) => (
          <span key={part.key} className="understood__part">
            {i > 0 && ', '}
            <strong>{part.text}</strong> (
            <SearchLink
              form={{ ...props.form, undo: [...props.form.undo, part.key], page: '' }}
              onGo={props.onGo}
              label={t.results.understoodUndoLabel(part.text)}
            >
              {t.results.understoodUndo}
            </SearchLink>
            )
          </span>
        ))}
      </p>
    </div>
  );
}
