// The province calendar at its French URL, /fr/deploiement/calendar.ics.
import { servedIn } from '@/lib/i18n/params';
export { GET } from '../../rollout/calendar.ics/route';

export const dynamic = 'force-static';
export const dynamicParams = false;

export const generateStaticParams = servedIn('fr');
