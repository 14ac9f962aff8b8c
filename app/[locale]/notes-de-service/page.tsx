// The memo index at its French URL, /fr/notes-de-service/: the same page as /en/memos/.
export { default, generateMetadata } from '../memos/page';

export const dynamicParams = false;

export function generateStaticParams() {
  return [{ locale: 'fr' }];
}
