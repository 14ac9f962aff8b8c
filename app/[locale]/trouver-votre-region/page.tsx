// Find your region at its French URL, /fr/trouver-votre-region/: the same page as /en/find-your-region/.
import { servedIn } from '@/lib/i18n/params';
export { default, generateMetadata } from '../find-your-region/page';

export const dynamicParams = false;

export const generateStaticParams = servedIn('fr');
