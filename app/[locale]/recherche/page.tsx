// Site search at its French URL, /fr/recherche/: the same page as /en/search/.
import { servedIn } from '@/lib/i18n/params';
export { default, generateMetadata } from '../search/page';

export const dynamicParams = false;

export const generateStaticParams = servedIn('fr');
