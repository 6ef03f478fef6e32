import { isEmailAddress } from '../../content/schema/email-address.ts';

/**
 * The mailto: link for one email address, or undefined when the address is not one the schema accepts. Links
 * are only ever made from an address checked this way, so text in the address can never add a bcc, a subject
 * or a second recipient to the email a family sends. The validator already refuses such addresses; this keeps
 * the page safe even if a listing reached it another way (a stored shortlist, a future importer).
 */
export function mailtoFor(address: string | undefined): string | undefined {
  if (address === undefined) return undefined;
  const trimmed = address.trim();
  return isEmailAddress(trimmed) ? `mailto:${trimmed}` : undefined;
}
