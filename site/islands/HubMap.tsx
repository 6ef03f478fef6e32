import { useEffect, useRef, useState } from 'react';
import type * as Leaflet from 'leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import './HubMap.css';
import { onHubFocus } from './hub-focus.ts';
import { drawMap, type HubMapData, isTouchScreen, loadLeaflet, tintIndex, zoomTo } from './hub-map-draw.ts';

interface Props extends HubMapData {
  /** What the map is, for screen readers (the list beside it has the same hubs). */
  label: string;
}

/**
 * The Family Hubs map. Leaflet is loaded only when this island is hydrated (client:visible, so when the map
 * scrolls into view), and nothing is fetched from another site unless the council configures a tile server.
 * Keyboard: Tab reaches each marker (or cluster), Enter opens its popup and moves focus to the link in it,
 * Escape closes the popup and puts focus back on the marker (all drawn by hub-map-draw.ts; the island keeps its
 * state, the touch hint and the key).
 */
export default function HubMap(props: Props) {
  const container = useRef<HTMLDivElement>(null);
  // 'waiting' is also what the page has without JavaScript: the map takes no room and the list is the page.
  const [state, setState] = useState<'waiting' | 'loading' | 'ready' | 'failed'>('waiting');
  // On a touch screen one finger scrolls the page past the map; two fingers move and zoom it.
  const [touch, setTouch] = useState(false);

  useEffect(() => {
    let map: Leaflet.Map | undefined;
    let stopFocus: (() => void) | undefined;
    let cancelled = false;
    setState('loading');
    setTouch(isTouchScreen());
    (async () => {
      const L = await loadLeaflet();
      // Let the map take its size before Leaflet measures it.
      await new Promise((resolve) => requestAnimationFrame(resolve));
      if (cancelled || !container.current) return;
      map = drawMap(L, container.current, props);
      const drawn = map;
      let here: Leaflet.Layer | undefined;
      stopFocus = onHubFocus((focus) => {
        here?.remove();
        here = focus ? zoomTo(L, drawn, focus, props.hubs) : undefined;
      });
      setState('ready');
    })().catch((error: unknown) => {
      console.error('The hub map could not be shown', error);
      if (!cancelled) setState('failed');
    });
    return () => {
      cancelled = true;
      stopFocus?.();
      map?.remove();
    };
  }, []);

  return (
    // React owns the wrapper's class; Leaflet owns the map element's classes, so React never rewrites them.
    <div className={`hub-map-wrapper hub-map-wrapper--${state}`} data-state={state}>
      <div
        ref={container}
        className="hub-map"
        role={state === 'waiting' ? undefined : 'region'}
        aria-label={state === 'waiting' ? undefined : props.label}
      />
      {state === 'ready' && touch && (
        <p className="hint hub-map__touch-hint">Use two fingers to move or zoom the map. One finger scrolls the page.</p>
      )}
      {state === 'ready' && (
        <ul className="hub-key" aria-label="Key to the map">
          <li>
            <span className="hub-key__symbol hub-marker__pin" aria-hidden="true" />
            Family Hub
          </li>
          <li>
            <span className="hub-key__symbol hub-marker__pin hub-marker--youth" aria-hidden="true" />
            Youth Hub
          </li>
          <li>
            <span className="hub-key__symbol hub-key__cluster" aria-hidden="true">
              2
            </span>
            Hubs close together: select to zoom in
          </li>
          {!props.tileUrl &&
            props.localities.map((l) => (
              <li key={l.id}>
                <span className={`hub-key__symbol hub-key__swatch hub-key__swatch--${tintIndex(props.localities, l.id)}`} aria-hidden="true" />
                {l.name} {props.areaName}
              </li>
            ))}
        </ul>
      )}
      {state === 'failed' && <p className="hub-map__failed">The map could not be shown. Every hub is in the list.</p>}
    </div>
  );
}
