// The province calendar at its French URL, /fr/deploiement/calendar.ics.
export { GET } from '../../rollout/calendar.ics/route';

export const dynamic = 'force-static';
export const dynamicParams = false;

export function generateStaticParams() {
  return [{ locale: 'fr' }];
}
