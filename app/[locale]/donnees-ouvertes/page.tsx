// The open data at its French URL, /fr/donnees-ouvertes/: the same page as /en/open-data/.
import { servedIn } from '@/lib/i18n/params';
export { default, generateMetadata } from '../open-data/page';

export const dynamicParams = false;

export const generateStaticParams = servedIn('fr');
