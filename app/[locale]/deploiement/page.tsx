// The province-wide rollout at its French URL, /fr/deploiement/: the same page as /en/rollout/.
import { servedIn } from '@/lib/i18n/params';
export { default, generateMetadata } from '../rollout/page';

export const dynamicParams = false;

export const generateStaticParams = servedIn('fr');
