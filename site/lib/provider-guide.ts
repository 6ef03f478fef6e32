/**
 * The providers' guide on the site is CONTRIBUTING.md itself, so the two never drift apart. Its links to other
 * files in the repository (content/GUIDELINES.md, the field list, the template) are relative; on the site they
 * must point at those files on the repository's website instead.
 */
const KEEP = /^(?:[a-z][a-z0-9+.-]*:|#|\/)/i;

export function repositoryFileUrl(repoUrl: string, branch: string, path: string): string {
  return `${repoUrl.replace(/\/$/, '')}/blob/${branch}/${path.replace(/^\.\//, '')}`;
}

/** Rewrite every relative href in rendered HTML to the file on the repository's website. */
export function rewriteRelativeLinks(html: string, repoUrl: string, branch: string): string {
  return html.replace(/href="([^"]*)"/g, (whole, href: string) =>
    href === '' || KEEP.test(href) ? whole : `href="${repositoryFileUrl(repoUrl, branch, href)}"`,
  );
}

/** The email a person sends the FIS team to suggest a change, with the listing named so the team can find it. */
export function suggestChangeMailto(email: string, listing: { id: string; name: string }, pageUrl: string): string {
  const subject = `Suggested change: ${listing.name}`;
  const body = [
    `Listing: ${listing.name}`,
    `Reference: ${listing.id}`,
    `Page: ${pageUrl}`,
    '',
    'What is wrong or out of date, and what should it say?',
    '',
    '',
    'Your name and how we can contact you (optional):',
    '',
  ].join('\n');
  return `mailto:${email}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
