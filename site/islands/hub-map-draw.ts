/**
 * What Leaflet draws for the hub map: the wards tinted by locality, the place names, the clustered hub markers
 * with their keyboard-friendly popups, and the zoom to a place the hub finder found. Apart from HubMap.tsx, which
 * owns only the island's state and the key: this file is the part that needs Leaflet and a real browser.
 */
import type * as Leaflet from 'leaflet';
import type { MapHub } from '../pages/hubs/_hubs.ts';
import { escapeHtml } from '../lib/escape-html.ts';
import { clusterHtml, markerHtml, placeLabelHtml, popupDetail, shortPlaceName } from './hub-map-labels.ts';
import type { HubFocus } from './hub-focus.ts';

/** What the map is drawn from: the island's props but its accessible name. */
export interface HubMapData {
  hubs: MapHub[];
  /** The ward boundaries (GeoJSON), served by the site itself. */
  wardsUrl: string;
  /** Ward code → locality id, to tint the wards by locality. */
  wardLocalities: Record<string, string>;
  /** The localities in vocabulary order: the order of their tints and of the key. */
  localities: { id: string; name: string }[];
  /** Attribution for the ward boundaries, always shown. */
  wardsAttribution: string;
  /** A tile server the council may use; without one the map is the hubs over the ward boundaries only. */
  tileUrl?: string | undefined;
  tileAttribution?: string | undefined;
  areaName: string;
}

// Pale tints, one per locality (CSS classes hub-key__swatch--0 to --4 match them), light enough for the
// markers and their labels to stand out.
const LOCALITY_TINTS = ['#dbe8f5', '#e6efd9', '#f6e7d7', '#ebe1f0', '#e8e8e8'];
export const tintIndex = (localities: HubMapData['localities'], id: string | undefined) => {
  const i = localities.findIndex((l) => l.id === id);
  return i < 0 ? LOCALITY_TINTS.length - 1 : Math.min(i, LOCALITY_TINTS.length - 1);
};

// Labels show once the map is zoomed in far enough for names not to overlap; below that they show on
// hover and focus, and are always there for screen readers.
const LABEL_ZOOM = 12;
const WARD_LABEL_ZOOM = 11;

/** A phone or tablet: the main pointer is a finger. */
export function isTouchScreen(): boolean {
  return typeof window !== 'undefined' && window.matchMedia('(pointer: coarse)').matches;
}

/**
 * Place names for the map without tiles: each area's name at the middle of its wards, and each ward's name
 * (its first place, "Norton" for "Norton & Askern") at the ward's ONS centre point. Not interactive and hidden
 * from screen readers: the list beside the map names every hub's town and area.
 */
function placeLabels(L: typeof Leaflet, geojson: GeoJSON.FeatureCollection, props: HubMapData): Leaflet.LayerGroup {
  const group = L.layerGroup();
  const sums = new Map<string, [number, number, number]>();
  for (const f of geojson.features) {
    const p = f.properties ?? {};
    const lat = Number(p.LAT);
    const lng = Number(p.LONG);
    if (!Number.isFinite(lat) || !Number.isFinite(lng)) continue;
    const label = (html: string, kind: string) =>
      L.marker([lat, lng], {
        icon: L.divIcon({ className: `hub-map__place hub-map__place--${kind}`, html, iconSize: undefined }),
        interactive: false,
        keyboard: false,
        // Under the hubs: a place name never hides a hub.
        zIndexOffset: -1000,
      });
    group.addLayer(label(placeLabelHtml(shortPlaceName(String(p.WD23NM ?? ''))), 'ward'));
    const locality = props.wardLocalities[String(p.WD23CD ?? '')];
    if (locality) {
      const s = sums.get(locality) ?? [0, 0, 0];
      sums.set(locality, [s[0] + lat, s[1] + lng, s[2] + 1]);
    }
  }
  for (const l of props.localities) {
    const s = sums.get(l.id);
    if (!s) continue;
    // Just "North": the key under the map says "North Doncaster", and short names do not run into each other.
    group.addLayer(
      L.marker([s[0] / s[2], s[1] / s[2]], {
        icon: L.divIcon({ className: 'hub-map__place hub-map__place--area', html: placeLabelHtml(l.name), iconSize: undefined }),
        interactive: false,
        keyboard: false,
        zIndexOffset: -1000,
      }),
    );
  }
  return group;
}

/** Zoom to the place the hub finder found and its nearest hubs, with a marker where the person is. */
export function zoomTo(L: typeof Leaflet, map: Leaflet.Map, focus: HubFocus, hubs: readonly MapHub[]): Leaflet.Layer {
  map.getContainer().dataset.focused = 'yes';
  const points: [number, number][] = [
    [focus.lat, focus.lng],
    ...hubs.filter((h) => focus.nearestIds.includes(h.id)).map((h) => [h.lat, h.lng] as [number, number]),
  ];
  // Room on the left for the "You searched for …" label centred under the point, and on the right for the
  // hubs' names, which sit to the right of their pins.
  map.fitBounds(L.latLngBounds(points), { paddingTopLeft: [110, 30], paddingBottomRight: [90, 50], maxZoom: 14 });
  return L.marker([focus.lat, focus.lng], {
    icon: L.divIcon({ className: 'hub-map__here', html: placeLabelHtml(`You searched for ${focus.label}`), iconSize: undefined }),
    interactive: false,
    keyboard: false,
    // Over the hubs' names, so "You searched for …" is never hidden.
    zIndexOffset: 1000,
  }).addTo(map);
}

/** Leaflet and its marker-cluster plugin, loaded only when the map is hydrated. */
export async function loadLeaflet(): Promise<typeof Leaflet> {
  const mod = (await import('leaflet')) as unknown as { default?: typeof Leaflet } & typeof Leaflet;
  const L = mod.default ?? mod;
  // leaflet.markercluster is a plugin that extends the global L, so it must exist before the plugin runs.
  (window as unknown as { L: typeof Leaflet }).L = L;
  await import('leaflet.markercluster');
  return L;
}

/** The map in `element`: the ward boundaries (fetched), the tiles if the council has them, and the hubs. */
export function drawMap(L: typeof Leaflet, element: HTMLElement, props: HubMapData): Leaflet.Map {
  const { hubs } = props;
  const map = L.map(element, {
    // The page scrolls past the map on a phone: only zoom with the buttons, keyboard, pinch or double tap.
    scrollWheelZoom: false,
    // On a touch screen a one-finger swipe must scroll the page, not drag the map (Leaflet then leaves the
    // browser's own panning on: touch-action pan-x pan-y). Two fingers still pinch and move the map.
    dragging: !isTouchScreen(),
    zoomSnap: 0.25,
    minZoom: 9,
    maxZoom: 17,
  });
  map.attributionControl.setPrefix(false);
  // Leaflet shows attributions as HTML: ours are plain text, so escape them.
  map.attributionControl.addAttribution(escapeHtml(props.wardsAttribution));
  const bounds = L.latLngBounds(hubs.map((h) => [h.lat, h.lng] as [number, number]));
  map.fitBounds(bounds, { padding: [30, 30] });

  if (props.tileUrl) {
    L.tileLayer(props.tileUrl, { attribution: escapeHtml(props.tileAttribution ?? ''), maxZoom: 17 }).addTo(map);
  } else {
    element.classList.add('hub-map--no-tiles');
  }
  // The ward boundaries: the whole map without tiles, and a light outline over the tiles with them.
  fetch(props.wardsUrl)
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`${props.wardsUrl}: ${r.status}`))))
    .then((geojson: GeoJSON.FeatureCollection) => {
      const layer = L.geoJSON(geojson, {
        interactive: false,
        style: (feature) => {
          const tint = LOCALITY_TINTS[tintIndex(props.localities, props.wardLocalities[String(feature?.properties?.WD23CD ?? '')])];
          return props.tileUrl ? { color: '#505a5f', weight: 1, fill: false } : { color: '#6f777b', weight: 1, fillColor: tint, fillOpacity: 1 };
        },
      });
      layer.addTo(map);
      layer.bringToBack();
      // Without tiles the wards are the map: show the whole borough, not just the part with hubs in it, and
      // name the places, since there are no streets or towns drawn under the hubs.
      if (!props.tileUrl) {
        if (!element.dataset.focused) map.fitBounds(layer.getBounds(), { padding: [10, 10] });
        placeLabels(L, geojson, props).addTo(map);
      }
    })
    .catch((error: unknown) => console.error('The ward boundaries could not be loaded', error));

  const cluster = L.markerClusterGroup({
    maxClusterRadius: 40,
    showCoverageOnHover: false,
    disableClusteringAtZoom: 13,
    iconCreateFunction: (c) => L.divIcon({ html: clusterHtml(c.getChildCount()), className: 'hub-cluster', iconSize: L.point(40, 40) }),
  });
  for (const hub of hubs) cluster.addLayer(hubMarker(L, hub, props.areaName));
  cluster.addTo(map);

  const showLabels = () => {
    element.classList.toggle('hub-map--labels', map.getZoom() >= LABEL_ZOOM);
    // Zoomed out, the four areas are named; zoomed in, the wards.
    element.classList.toggle('hub-map--wards', map.getZoom() >= WARD_LABEL_ZOOM);
  };
  map.on('zoomend', showLabels);
  showLabels();
  return map;
}

function hubMarker(L: typeof Leaflet, hub: MapHub, areaName: string): Leaflet.Marker {
  const marker = L.marker([hub.lat, hub.lng], {
    icon: L.divIcon({ className: 'hub-marker', html: markerHtml(hub.name, hub.kind), iconSize: L.point(20, 20) }),
    keyboard: true,
    riseOnHover: true,
  });
  marker.bindPopup(() => popupContent(hub, areaName), { closeOnEscapeKey: true, autoPanPadding: L.point(20, 20) });
  // Leaflet makes markers focusable buttons and opens their popup with Enter; a button also opens with Space.
  marker.on('keypress', (e: Leaflet.LeafletKeyboardEvent) => {
    if (e.originalEvent.key === ' ') {
      e.originalEvent.preventDefault();
      marker.openPopup();
    }
  });
  marker.on('popupopen', (e: Leaflet.PopupEvent) => {
    const popup = e.popup.getElement();
    if (!popup) return;
    // Leaflet closes popups with Escape only while the map itself has focus; here focus is on the link.
    if (!popup.dataset.escape) {
      popup.dataset.escape = 'yes';
      popup.addEventListener('keydown', (event) => {
        if (event.key === 'Escape') marker.closePopup();
      });
    }
    popup.querySelector<HTMLAnchorElement>('a.hub-popup__link')?.focus();
  });
  marker.on('popupclose', (e: Leaflet.PopupEvent) => {
    // Only move focus back if it was in the popup, so a mouse user's focus is left where it is.
    const popup = e.popup.getElement();
    if (popup && (popup.contains(document.activeElement) || document.activeElement === document.body)) marker.getElement()?.focus();
  });
  return marker;
}

function popupContent(hub: MapHub, areaName: string): HTMLElement {
  const box = document.createElement('div');
  box.className = 'hub-popup';
  const title = document.createElement('p');
  title.className = 'hub-popup__title';
  const link = document.createElement('a');
  link.className = 'hub-popup__link';
  link.href = hub.href;
  link.textContent = hub.name;
  title.append(link);
  const detail = document.createElement('p');
  detail.textContent = popupDetail(hub, areaName);
  box.append(title, detail);
  return box;
}
