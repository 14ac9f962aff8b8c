import { isLocale, type Locale } from '../i18n/locales';
import { regionFromParams, type RegionView } from '../rollout/regions';

/** The content types of the files the site writes beside its pages. */
export const contentTypes = {
  atom: 'application/atom+xml; charset=utf-8',
  calendar: 'text/calendar; charset=utf-8',
} as const;

type LocaleParams = { params: Promise<{ locale: string }> };
type RegionParams = { params: Promise<{ locale: string; region: string }> };

/** The GET handler of a file in one language (a feed, the province calendar): 404 for any other segment. */
export function localeFile(contentType: string, body: (locale: Locale) => string): (request: Request, props: LocaleParams) => Promise<Response> {
  return async (_request, { params }) => {
    const { locale } = await params;
    if (!isLocale(locale)) return new Response(null, { status: 404 });
    return new Response(body(locale), { headers: { 'Content-Type': contentType } });
  };
}

/** The GET handler of a region's file in one language (its feed, its calendar): 404 for an unknown region. */
export function regionFile(contentType: string, body: (region: RegionView, locale: Locale) => string): (request: Request, props: RegionParams) => Promise<Response> {
  return async (_request, { params }) => {
    const found = await regionFromParams(params);
    if (!found) return new Response(null, { status: 404 });
    return new Response(body(found.region, found.locale), { headers: { 'Content-Type': contentType } });
  };
}
