import { useEffect, useMemo, useState } from 'react';
import { en as t } from '../i18n/en.ts';
import { servicePath, telHref } from '../lib/format.ts';
import { mailtoFor } from '../lib/mailto.ts';
import { mailtoHref, parseIdsParam, readStored, removeId, toIdsParam, writeStored } from '../lib/shortlist.ts';
import type { HandoutEntry } from '../lib/shortlist-entry.ts';

interface Props {
  siteUrl: string;
}

/** A list opened from a link is someone else's: it reads as shared, has no Remove buttons, and can be saved. */
type View = 'own' | 'shared';

/**
 * The shortlist page: the list from the link (?ids=) when there is one, so a shared link shows the same
 * services in any browser, otherwise the list kept on this device. Printable, shareable, sendable by email.
 * The heading is rendered here (and at build time, as "Your shortlist"), because a shared list must not
 * read as the person's own.
 */
export default function ShortlistPage({ siteUrl }: Props) {
  const [ids, setIds] = useState<string[] | undefined>(undefined);
  const [fromLink, setFromLink] = useState(false);
  const [data, setData] = useState<Record<string, HandoutEntry> | undefined>(undefined);
  const [copied, setCopied] = useState(false);
  const [saved, setSaved] = useState(false);
  const view: View = fromLink ? 'shared' : 'own';

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const linked = params.has('ids') ? parseIdsParam(params.get('ids')) : undefined;
    setFromLink(linked !== undefined);
    setIds(linked ?? readStored());
    fetch('/shortlist-data.json')
      .then((r) => r.json() as Promise<Record<string, HandoutEntry>>)
      .then(setData, () => setData({}));
  }, []);

  useEffect(() => {
    if (view === 'shared') document.title = document.title.replace(t.shortlist.title, t.shortlist.sharedTitle);
  }, [view]);

  const entries = useMemo(() => (ids && data ? ids.flatMap((id) => (data[id] ? [data[id]] : [])) : []), [ids, data]);
  const missing = ids && data ? ids.length - entries.length : 0;
  const heading = (
    <>
      <h1>{view === 'shared' ? t.shortlist.sharedTitle : t.shortlist.title}</h1>
      <p className="no-print">{view === 'shared' ? t.shortlist.sharedIntro : t.shortlist.intro}</p>
    </>
  );
  if (ids === undefined || data === undefined)
    return (
      <>
        {heading}
        <p role="status">{t.results.loading}</p>
      </>
    );
  const shareUrl = `${window.location.origin}/shortlist/?ids=${toIdsParam(entries.map((e) => e.id))}`;

  // Only your own list has Remove buttons: a shared list is someone else's choice.
  const remove = (id: string) => {
    const next = removeId(ids, id);
    setIds(next);
    writeStored(next);
  };
  const saveShared = () => {
    writeStored([...readStored(), ...entries.map((e) => e.id)]);
    setSaved(true);
  };

  return (
    <>
      {heading}
      {view === 'shared' && entries.length > 0 && (
        <div className="inset no-print">
          {saved ? (
            <p role="status">
              {t.shortlist.savedShared(entries.length)} <a href="/shortlist/">{t.shortlist.openYours}</a>
            </p>
          ) : (
            <>
              <p>{t.shortlist.shared}</p>
              <button type="button" className="button button--secondary" onClick={saveShared}>
                {t.shortlist.saveShared}
              </button>
            </>
          )}
        </div>
      )}
      {missing > 0 && <p className="warning">{t.shortlist.unknown(missing)}</p>}
      {entries.length === 0 ? (
        <p>{t.shortlist.empty}</p>
      ) : (
        <>
          <ol className="results handout" aria-label={view === 'shared' ? t.shortlist.sharedTitle : t.shortlist.title}>
            {entries.map((e) => (
              <li className="result" key={e.id}>
                <h2>
                  <a href={servicePath(e.id)}>{e.name}</a>
                </h2>
                <p>{e.summary}</p>
                <dl className="facts">
                  <dt>{t.shortlist.runBy}</dt>
                  <dd>{e.organization}</dd>
                  <dt>{t.card.who}</dt>
                  <dd>{e.ages}</dd>
                  <dt>{t.card.cost}</dt>
                  <dd>{e.cost}</dd>
                  {e.address && (
                    <>
                      <dt>{t.card.where}</dt>
                      <dd>{e.address}</dd>
                    </>
                  )}
                  {e.when && (
                    <>
                      <dt>{t.shortlist.when}</dt>
                      <dd>{e.when}</dd>
                    </>
                  )}
                  {e.phone && (
                    <>
                      <dt>{t.shortlist.phone}</dt>
                      <dd>
                        <a href={telHref(e.phone)}>{e.phone}</a>
                      </dd>
                    </>
                  )}
                  {mailtoFor(e.email) && (
                    <>
                      <dt>{t.shortlist.emailLabel}</dt>
                      <dd>
                        <a href={mailtoFor(e.email)}>{e.email}</a>
                      </dd>
                    </>
                  )}
                  <dt className="print-only">{t.shortlist.webPage}</dt>
                  <dd className="print-only">{`${siteUrl.replace(/\/$/, '')}${servicePath(e.id)}`}</dd>
                </dl>
                {view === 'own' && (
                  <button type="button" className="button button--secondary no-print" onClick={() => remove(e.id)}>
                    {t.shortlist.remove}
                    <span className="visually-hidden"> {e.name}</span>
                  </button>
                )}
              </li>
            ))}
          </ol>
          <div className="no-print">
            <h2>{t.shortlist.share}</h2>
            <label className="label" htmlFor="share-link">
              {t.shortlist.shareHint}
            </label>
            <input className="input" id="share-link" type="text" readOnly value={shareUrl} onFocus={(ev) => ev.currentTarget.select()} />
            <div className="button-group">
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  void navigator.clipboard?.writeText(shareUrl).then(
                    () => setCopied(true),
                    () => setCopied(false),
                  );
                }}
              >
                {t.shortlist.copy}
              </button>
              <a className="button button--secondary" href={mailtoHref(entries, siteUrl, t.shortlist.emailSubject, t.shortlist.emailIntro)}>
                {t.shortlist.email}
              </a>
              <button type="button" className="button" onClick={() => window.print()}>
                {t.shortlist.printButton}
              </button>
            </div>
            <p role="status" className="small">
              {copied ? t.shortlist.copied : ''}
            </p>
          </div>
        </>
      )}
    </>
  );
}
