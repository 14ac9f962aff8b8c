// Find your region at its French URL, /fr/trouver-votre-region/: the same page as /en/find-your-region/.
export { default, generateMetadata } from '../find-your-region/page';

export const dynamicParams = false;

export function generateStaticParams() {
  return [{ locale: 'fr' }];
}
