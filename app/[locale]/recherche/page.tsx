// Site search at its French URL, /fr/recherche/: the same page as /en/search/.
export { default, generateMetadata } from '../search/page';

export const dynamicParams = false;

export function generateStaticParams() {
  return [{ locale: 'fr' }];
}
