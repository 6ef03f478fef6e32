/**
 * The Content-Security-Policy source a tile server needs, so that a council which sets `map.tile_url` in
 * content/council.yaml gets working tiles without editing the policy by hand. Leaflet's `{s}` subdomain
 * placeholder becomes a wildcard; `{z}/{x}/{y}` only appear in the path. Used by astro.config.mjs.
 */
export function tileImageSource(tileUrl: string | null | undefined): string | undefined {
  if (!tileUrl) return undefined;
  const withHost = tileUrl.replace(/\{s\}/g, 'subdomain-placeholder');
  let url: URL;
  try {
    url = new URL(withHost);
  } catch {
    throw new Error(`content/council.yaml: map.tile_url "${tileUrl}" is not a web address. Use one like https://tiles.example.org/{z}/{x}/{y}.png`);
  }
  if (url.protocol !== 'https:') {
    throw new Error(
      `content/council.yaml: map.tile_url must start with https:// (it is "${tileUrl}"), so tiles are not sent over an unencrypted connection.`,
    );
  }
  return `https://${url.host.replace('subdomain-placeholder', '*')}`;
}
