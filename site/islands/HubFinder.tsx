import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ErrorSummary, TextField } from '../components/FormFields.tsx';
import { en as t } from '../i18n/en.ts';
import { formatMiles } from '../lib/format.ts';
import { geocodeWith, loadNearData, type NearData } from '../lib/near-lookup.ts';
import { hubsByDistance, type MapHub } from '../pages/hubs/_hubs.ts';
import { publishHubFocus } from './hub-focus.ts';

interface Props {
  hubs: MapHub[];
  areaName: string;
  /** The page's own title, e.g. "Family Hubs - Doncaster Family Information Service". */
  baseTitle: string;
}

/** How many hubs the finder lists; every hub is still in the list by area below it. */
const NEAREST = 5;

interface Found {
  label: string;
  hubs: (MapHub & { miles: number })[];
}

/**
 * "Find your nearest Family Hub": a postcode or place → the hubs nearest first with their distances, and
 * the map zoomed there. The form is a GET form to /hubs/?near=…, so a link or the home page's box opens this
 * page with the answer; reading ?near= on load is the island's job. Focus goes to the answer's heading (or
 * the problem) after a search, as on the search page.
 */
export default function HubFinder(props: Props) {
  const [text, setText] = useState('');
  const [found, setFound] = useState<Found | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const nearData = useRef<NearData>({ tables: {}, places: undefined });
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const moveFocus = useRef(false);

  const find = async (near: string) => {
    if (!near.trim()) {
      setFound(undefined);
      setError(t.hubFinder.empty);
      publishHubFocus(undefined);
      return;
    }
    nearData.current = await loadNearData(near, nearData.current);
    const place = geocodeWith(near, nearData.current, props.areaName);
    if (!place.ok) {
      setFound(undefined);
      setError(place.message);
      publishHubFocus(undefined);
      return;
    }
    const nearest = hubsByDistance(props.hubs, place.point).slice(0, NEAREST);
    setError(undefined);
    setFound({ label: place.label, hubs: nearest });
    publishHubFocus({ ...place.point, label: place.label, nearestIds: nearest.slice(0, 3).map((h) => h.id) });
  };

  useEffect(() => {
    const fromUrl = () => {
      const near = new URLSearchParams(window.location.search).get('near') ?? '';
      setText(near);
      if (near.trim()) void find(near);
      else {
        setFound(undefined);
        setError(undefined);
      }
    };
    fromUrl();
    window.addEventListener('popstate', fromUrl);
    return () => window.removeEventListener('popstate', fromUrl);
  }, []);

  useEffect(() => {
    if (found) document.title = `${t.hubFinder.resultsHeading(found.label)} - ${props.baseTitle}`;
    else if (error) document.title = `Error: ${props.baseTitle}`;
    else document.title = props.baseTitle;
    if (!moveFocus.current) return;
    moveFocus.current = false;
    (error ? summary.current : heading.current)?.focus();
  }, [found, error]);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const url = `${window.location.pathname}${text.trim() ? `?near=${encodeURIComponent(text.trim())}` : ''}`;
    window.history.pushState(null, '', url);
    moveFocus.current = true;
    void find(text);
  };

  return (
    <div className="hub-finder">
      <form action="/hubs/" method="get" onSubmit={onSubmit} noValidate aria-labelledby="hub-finder-heading">
        {error && (
          <ErrorSummary
            id="hub-finder-error"
            heading={t.results.errorsHeading}
            ref={summary}
            errors={[{ key: 'near', href: '#hub-near', message: error }]}
          />
        )}
        <TextField
          name="near"
          id="hub-near"
          width="postcode"
          label={t.hubFinder.label}
          hint={t.hubFinder.hint}
          error={error}
          errorPrefix={t.results.errorPrefix}
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoComplete="postal-code"
        />
        <button className="button" type="submit">
          {t.hubFinder.submit}
        </button>
      </form>
      {found && (
        <section aria-labelledby="hub-finder-results" className="hub-finder__results">
          <h2 id="hub-finder-results" tabIndex={-1} ref={heading}>
            {t.hubFinder.resultsHeading(found.label)}
          </h2>
          <ol className="hub-finder__list">
            {found.hubs.map((h) => (
              <li key={h.id}>
                <a href={h.href}>{h.name}</a>
                <span className="hub-finder__detail">{t.hubFinder.detail(h.kind, h.town, h.postalCode, formatMiles(h.miles))}</span>
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
