// The what's-new feed at its French URL, /fr/quoi-de-neuf/feed.xml.
export { GET } from '../../whats-new/feed.xml/route';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ locale: 'fr' }];
}
