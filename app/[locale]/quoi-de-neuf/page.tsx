// What's new at its French URL, /fr/quoi-de-neuf/: the same page as /en/whats-new/.
export { default, generateMetadata } from '../whats-new/page';

export const dynamicParams = false;

export function generateStaticParams() {
  return [{ locale: 'fr' }];
}
