// The province-wide rollout at its French URL, /fr/deploiement/: the same page as /en/rollout/.
export { default, generateMetadata } from '../rollout/page';

export const dynamicParams = false;

export function generateStaticParams() {
  return [{ locale: 'fr' }];
}
