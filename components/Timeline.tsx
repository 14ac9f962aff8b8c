import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/locales';
import type { EntryState, Localized, SourcedStatement, TimelineEntry } from '@/lib/timeline';
import { SourceCitation } from './SourceCitation';
import { StatementDate } from './StatementDate';

/** Colour is never the only signal: each state also has its words. */
const stateStyle: Record<EntryState, string> = {
  done: 'border-ink bg-ink text-white',
  'in-progress': 'border-link bg-link text-white',
  upcoming: 'border-link bg-white text-link',
  expected: 'border-muted bg-white text-ink',
  unconfirmed: 'border-[#8a4b00] bg-[#fff4e5] text-[#6b3a00]',
  confirmed: 'border-ink bg-panel text-ink',
};

function organization(name: string | Localized, locale: Locale) {
  return typeof name === 'string' ? name : name[locale];
}

async function StatementDetails({ statement, locale }: { statement: SourcedStatement; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Timeline' });
  const phases = await getTranslations({ locale, namespace: 'Phases' });
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  const lead = statement.ssm && organization(statement.ssm.lead, locale);
  const partners = statement.ssm?.partners.map((p) => organization(p, locale)) ?? [];
  return (
    <>
      {statement.phase && <p className="mt-1">{phases(statement.phase)}</p>}
      {lead && <p className="mt-1">{partners.length > 0 ? t('ssmWithPartners', { lead, partners: list.format(partners) }) : lead}</p>}
      {statement.note && <p className="mt-1">{statement.note[locale]}</p>}
      <p className="mt-1 text-sm">
        {t('source')} <SourceCitation source={statement.source} locale={locale} />
      </p>
    </>
  );
}

/**
 * A region's timeline as an ordered list: for each milestone the most recent statement, its
 * state on the "as of" date, its source, and the earlier statements it superseded.
 */
export async function Timeline({ entries, locale }: { entries: TimelineEntry[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Timeline' });
  const milestones = await getTranslations({ locale, namespace: 'Milestones' });
  const states = await getTranslations({ locale, namespace: 'EntryStates' });
  return (
    <ol className="relative mt-4 border-l-4 border-rule pl-6" data-testid="timeline">
      {entries.map((entry) => (
        <li key={entry.milestone} className="relative mb-8 break-inside-avoid" data-milestone={entry.milestone}>
          <span aria-hidden="true" className="absolute -left-[2.1rem] top-1.5 h-4 w-4 rounded-full border-4 border-white bg-ink" />
          <h3 className="text-lg">{milestones(entry.milestone)}</h3>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="font-semibold">
              <StatementDate statement={entry.current} locale={locale} />
            </span>
            <span className={`inline-block border-2 px-2 text-sm font-semibold ${stateStyle[entry.state]}`} data-testid="entry-state">
              <span className="sr-only">{t('status')} </span>
              {states(entry.state)}
            </span>
          </p>
          <StatementDetails statement={entry.current} locale={locale} />
          {entry.history.length > 0 && (
            <div className="mt-3 border-l-2 border-rule pl-4 text-sm" data-testid="timeline-history">
              <h4 className="font-semibold">{t('earlier')}</h4>
              <ul className="mt-1 space-y-3">
                {entry.history.map((statement) => (
                  <li key={`${statement.source.kind}:${statement.source.id}`}>
                    <StatementDate statement={statement} locale={locale} /> ({statement.status === 'planned' ? t('statusPlanned') : t('statusConfirmed')})
                    <StatementDetails statement={statement} locale={locale} />
                  </li>
                ))}
              </ul>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
