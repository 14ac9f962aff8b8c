// The what's-new feed at its French URL, /fr/quoi-de-neuf/feed.xml.
import { servedIn } from '@/lib/i18n/params';
export { GET } from '../../whats-new/feed.xml/route';

export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = servedIn('fr');
