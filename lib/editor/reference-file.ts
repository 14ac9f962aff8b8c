/**
 * A new source's file name in the web editor (content/references/<name>.yaml): Decap names it from
 * a slug template, and the check must read the entry under the same name before it is saved.
 */

/** How the editor names a new reference's file (Decap's slug template). */
export const referenceSlug = "{{fields.publisher.en | truncate(48, '-')}}";

/**
 * The file name Decap gives a new reference from referenceSlug: the publisher's English name cut
 * to 48 characters, accents removed, every run of other characters made one hyphen, no hyphen at
 * either end (the check then reads the entry under the name it will have).
 */
export function referenceFileName(publisherEn: string): string {
  const cut = publisherEn.length > 49 ? `${publisherEn.slice(0, 48)}-` : publisherEn;
  return cut
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._~]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
}

