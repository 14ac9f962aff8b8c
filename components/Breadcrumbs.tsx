import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';

export type Crumb = { label: string; href: string };

export async function Breadcrumbs({ locale, trail }: { locale: Locale; trail: Crumb[] }) {
  const t = translator(locale, 'Breadcrumbs');
  return (
    <nav aria-label={t('label')} className="no-print mb-4 text-sm" data-pagefind-ignore="">
      <ol className="flex flex-wrap gap-x-2">
        {trail.map((crumb, index) => (
          <li key={crumb.href} className="flex gap-x-2">
            {index > 0 && <span aria-hidden="true">›</span>}
            <a href={crumb.href}>{crumb.label}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
