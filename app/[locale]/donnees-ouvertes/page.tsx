// The open data at its French URL, /fr/donnees-ouvertes/: the same page as /en/open-data/.
export { default, generateMetadata } from '../open-data/page';

export const dynamicParams = false;

export function generateStaticParams() {
  return [{ locale: 'fr' }];
}
