import { useEffect, useMemo, useState } from 'react';
import { en as t } from '../i18n/en.ts';
import { servicePath, telHref } from '../lib/format.ts';
import { mailtoHref, parseIdsParam, readStored, removeId, toIdsParam, writeStored } from '../lib/shortlist.ts';
import type { HandoutEntry } from '../lib/shortlist-entry.ts';

interface Props {
  siteUrl: string;
}

/**
 * The shortlist page: the list from the link (?ids=) when there is one, so a shared link shows the same
 * services in any browser, otherwise the list kept on this device. Printable, shareable, sendable by email.
 */
export default function ShortlistPage({ siteUrl }: Props) {
  const [ids, setIds] = useState<string[] | undefined>(undefined);
  const [fromLink, setFromLink] = useState(false);
  const [data, setData] = useState<Record<string, HandoutEntry> | undefined>(undefined);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    const linked = params.has('ids') ? parseIdsParam(params.get('ids')) : undefined;
    setFromLink(linked !== undefined);
    setIds(linked ?? readStored());
    fetch('/shortlist-data.json')
      .then((r) => r.json() as Promise<Record<string, HandoutEntry>>)
      .then(setData, () => setData({}));
  }, []);

  const entries = useMemo(() => (ids && data ? ids.flatMap((id) => (data[id] ? [data[id]] : [])) : []), [ids, data]);
  const missing = ids && data ? ids.length - entries.length : 0;
  if (ids === undefined || data === undefined) return <p role="status">{t.results.loading}</p>;
  const shareUrl = `${window.location.origin}/shortlist/?ids=${toIdsParam(entries.map((e) => e.id))}`;

  const remove = (id: string) => {
    const next = removeId(ids, id);
    setIds(next);
    if (fromLink) window.history.replaceState(null, '', `/shortlist/?ids=${toIdsParam(next)}`);
    else writeStored(next);
  };
  const saveShared = () => {
    writeStored([...readStored(), ...ids]);
    setFromLink(false);
  };

  return (
    <>
      {fromLink && entries.length > 0 && (
        <div className="inset no-print">
          <p>{t.shortlist.shared}</p>
          <button type="button" className="button button--secondary" onClick={saveShared}>{t.shortlist.saveShared}</button>
        </div>
      )}
      {missing > 0 && <p className="warning">{t.shortlist.unknown(missing)}</p>}
      {entries.length === 0 ? (
        <p>{t.shortlist.empty}</p>
      ) : (
        <>
          <ol className="results" aria-label={t.shortlist.title}>
            {entries.map((e) => (
              <li className="result" key={e.id}>
                <h2><a href={servicePath(e.id)}>{e.name}</a></h2>
                <p>{e.summary}</p>
                <dl className="facts">
                  <dt>{t.shortlist.runBy}</dt><dd>{e.organization}</dd>
                  <dt>{t.card.who}</dt><dd>{e.ages}</dd>
                  <dt>{t.card.cost}</dt><dd>{e.cost}</dd>
                  {e.address && (<><dt>{t.card.where}</dt><dd>{e.address}</dd></>)}
                  {e.when && (<><dt>{t.shortlist.when}</dt><dd>{e.when}</dd></>)}
                  {e.phone && (<><dt>{t.shortlist.phone}</dt><dd><a href={telHref(e.phone)}>{e.phone}</a></dd></>)}
                  {e.email && (<><dt>{t.shortlist.emailLabel}</dt><dd><a href={`mailto:${e.email}`}>{e.email}</a></dd></>)}
                  <dt className="print-only">{t.shortlist.webPage}</dt><dd className="print-only">{`${siteUrl.replace(/\/$/, '')}${servicePath(e.id)}`}</dd>
                </dl>
                <button type="button" className="button button--secondary no-print" onClick={() => remove(e.id)}>
                  {t.shortlist.remove}<span className="visually-hidden"> {e.name}</span>
                </button>
              </li>
            ))}
          </ol>
          <div className="no-print">
            <h2>{t.shortlist.share}</h2>
            <label className="label" htmlFor="share-link">{t.shortlist.shareHint}</label>
            <input className="input" id="share-link" type="text" readOnly value={shareUrl} onFocus={(ev) => ev.currentTarget.select()} />
            <div className="button-group">
              <button type="button" className="button button--secondary" onClick={() => { void navigator.clipboard?.writeText(shareUrl).then(() => setCopied(true), () => setCopied(false)); }}>
                {t.shortlist.copy}
              </button>
              <a className="button button--secondary" href={mailtoHref(entries, siteUrl, t.shortlist.emailSubject, t.shortlist.emailIntro)}>{t.shortlist.email}</a>
              <button type="button" className="button" onClick={() => window.print()}>{t.shortlist.printButton}</button>
            </div>
            <p role="status" className="small">{copied ? t.shortlist.copied : ''}</p>
          </div>
        </>
      )}
    </>
  );
}
