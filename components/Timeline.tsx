import { translator } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { statusWord } from '@/lib/rollout/statement-text';
import { type EntryState, inLocale, type SourcedStatement, type TimelineEntry } from '@/lib/rollout/timeline';
import { SourceCitation } from './SourceCitation';
import { StatementDate } from './StatementDate';

/** Colour is never the only signal: each state also has its words. */
const stateStyle: Record<EntryState, string> = {
  done: 'border-ink bg-ink text-white',
  'in-progress': 'border-link bg-link text-white',
  expected: 'border-muted bg-white text-ink',
  unconfirmed: 'border-[#8a4b00] bg-[#fff4e5] text-[#6b3a00]',
  confirmed: 'border-ink bg-panel text-ink',
};

/**
 * One statement as a source made it: its date and status as the source gave them, what it
 * names (phase, service system manager), its note and its source. Statements about another
 * milestone (a covering span, a period it answers) say which.
 */
async function StatementLine({ statement, entry, locale }: { statement: SourcedStatement; entry: TimelineEntry; locale: Locale }) {
  const t = translator(locale, 'Timeline');
  const milestones = translator(locale, 'Milestones');
  const phases = translator(locale, 'Phases');
  return (
    <li data-testid="statement" data-source-id={statement.source.id} data-status={statement.status}>
      <p>
        {statement.milestone !== entry.milestone && <>{t('otherMilestone', { milestone: milestones(statement.milestone) })} </>}
        <StatementDate statement={statement} locale={locale} /> ({statusWord(statement.status, locale)}) — <SourceCitation source={statement.source} locale={locale} />
      </p>
      {statement.phase && <p>{phases(statement.phase)}</p>}
      {statement.ssm && (
        <dl className="grid grid-cols-[max-content_1fr] gap-x-2">
          <dt>{t('lead')}</dt>
          <dd>{inLocale(statement.ssm.lead, locale)}</dd>
          {statement.ssm.partners.length > 0 && (
            <>
              <dt>{t('partners')}</dt>
              <dd>
                <ul>
                  {statement.ssm.partners.map((p) => (
                    <li key={inLocale(p, locale)}>{inLocale(p, locale)}</li>
                  ))}
                </ul>
              </dd>
            </>
          )}
        </dl>
      )}
      {statement.note && <p className="text-muted">{statement.note[locale]}</p>}
    </li>
  );
}

/**
 * A region's timeline as an ordered list: for each milestone the date the sources support, its
 * state on the "as of" date, every source that supports it, the earlier statements a later
 * source changed, and any undated source that says otherwise.
 */
export async function Timeline({ entries, locale }: { entries: TimelineEntry[]; locale: Locale }) {
  const t = translator(locale, 'Timeline');
  const milestones = translator(locale, 'Milestones');
  const states = translator(locale, 'EntryStates');
  const group = (heading: string, statements: SourcedStatement[], entry: TimelineEntry, testId: string) =>
    statements.length > 0 && (
      <div className="mt-3 border-l-2 border-rule pl-4 text-sm" data-testid={testId}>
        <h4 className="font-semibold">{heading}</h4>
        <ul className="mt-1 space-y-2">
          {statements.map((s, i) => (
            <StatementLine key={`${s.source.id}-${s.milestone}-${i}`} statement={s} entry={entry} locale={locale} />
          ))}
        </ul>
      </div>
    );
  return (
    <ol className="relative mt-4 border-l-4 border-rule pl-6" data-testid="timeline">
      {entries.map((entry) => (
        <li key={entry.milestone} className="relative mb-8 break-inside-avoid" data-milestone={entry.milestone} data-state={entry.state}>
          <span aria-hidden="true" className="absolute -left-[2.1rem] top-1.5 h-4 w-4 rounded-full border-4 border-white bg-ink" />
          <h3 className="text-lg">{milestones(entry.milestone)}</h3>
          <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
            <span className="font-semibold" data-testid="entry-when">
              <StatementDate statement={entry.current} locale={locale} />
            </span>
            <span className={`inline-block border-2 px-2 text-sm font-semibold ${stateStyle[entry.state]}`} data-testid="entry-state">
              <span className="sr-only">{t('status')} </span>
              {states(entry.state)}
            </span>
          </p>
          {group(t('sources'), entry.supports, entry, 'entry-sources')}
          {group(t('earlier'), entry.history, entry, 'timeline-history')}
          {group(t('disagreements'), entry.disagreements, entry, 'timeline-disagreements')}
        </li>
      ))}
    </ol>
  );
}
