/**
 * An email address as a strict addr-spec: a dot-atom local part of letters, digits and . _ + ' - and a domain
 * of letters, digits and hyphens with a real top-level domain. Nothing that means something in a mailto: link
 * ("?" starts parameters such as bcc, "&" joins them, "%" encodes them, "#" ends the address), no spaces, no
 * quotes, no comments. So a mailto link made from it can only ever write to this one address.
 *
 * Kept free of zod so the site's islands can check an address before linking to it without shipping the schema.
 */
export const EMAIL_ADDRESS =
  /^(?=[^@]{1,64}@)[A-Za-z0-9_+'-]+(?:\.[A-Za-z0-9_+'-]+)*@(?=.{1,253}$)(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,63}|xn--[A-Za-z0-9-]{1,59})$/;

/** True for an email address the schema accepts. */
export const isEmailAddress = (s: string): boolean => s.length <= 254 && EMAIL_ADDRESS.test(s);
