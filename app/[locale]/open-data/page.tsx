import { translator } from '@/lib/i18n/messages';
import { AsOf } from '@/components/AsOf';
import { Breadcrumbs } from '@/components/Breadcrumbs';
import { PageFrame } from '@/components/PageFrame';
import { rolloutAsOf } from '@/lib/rollout/regions';
import { type LocaleParams, resolveLocale, servedIn } from '@/lib/i18n/params';
import { openDataFiles } from '@/lib/outputs/open-data';
import { columnsOf, columnValues, dataFileName, envelopeFields, type OpenDataTable, openDataTables } from '@/lib/outputs/open-data-schema';
import { dataFilePath, pathFor } from '@/lib/web/routes';
import { fixedPageMetadata } from '@/lib/web/fixed-pages';
import { entryStates } from '@/lib/rollout/timeline';

/* The open data: /en/open-data/; donnees-ouvertes/page.tsx serves it at /fr/donnees-ouvertes/. */

const page = { kind: 'openData' } as const;

export const dynamicParams = false;

export const generateStaticParams = servedIn('en');

export const generateMetadata = fixedPageMetadata(page, 'OpenDataPage');

/** A name from the files, which a narrow screen may break after an underscore. */
function Code({ children }: { children: string }) {
  const parts = children.split('_');
  return (
    <code className="wrap-anywhere">
      {parts.map((part, i) => (
        <span key={i}>
          {part}
          {i < parts.length - 1 && (
            <>
              _<wbr />
            </>
          )}
        </span>
      ))}
    </code>
  );
}

export default async function OpenDataPage({ params }: LocaleParams) {
  const locale = await resolveLocale(params);
  const t = translator(locale, 'OpenDataPage');
  const columns = translator(locale, 'OpenDataColumns');
  const states = translator(locale, 'EntryStates');
  const header = translator(locale, 'SiteHeader');
  const asOf = rolloutAsOf();
  const describe = (table: OpenDataTable, column: string) => columns(`${table}.${column}` as Parameters<typeof columns>[0]);

  return (
    <PageFrame locale={locale} page={page}>
      <Breadcrumbs locale={locale} trail={[{ label: header('home'), href: pathFor({ kind: 'home' }, locale) }]} />
      <h1 className="text-3xl">{t('title')}</h1>
      <p className="mt-4 max-w-prose">{t('intro')}</p>
      <AsOf day={asOf} locale={locale} />
      <p className="mt-2 max-w-prose text-sm">{t('asOfNote')}</p>

      <section aria-labelledby="files" className="mt-10">
        <h2 id="files" className="text-2xl">
          {t('filesHeading')}
        </h2>
        {openDataTables.map((table) => {
          const name = t(`tables.${table}.title`);
          const files = openDataFiles.filter((f) => f.table === table);
          const label = { json: t('fileJson'), csv: t('fileCsv'), schema: t('fileSchema', { file: dataFileName.json(table) }) };
          return (
            <section key={table} aria-labelledby={`table-${table}`} className="mt-8" data-testid={`open-data-${table}`}>
              <h3 id={`table-${table}`} className="text-xl">
                {name}
              </h3>
              <p className="mt-2 max-w-prose">{t(`tables.${table}.description`)}</p>
              <ul className="mt-3 space-y-1">
                {files.map((file) => (
                  <li key={file.name}>
                    <a href={dataFilePath(file.name)} type={file.contentType.split(';')[0]} className="font-semibold" data-testid="open-data-file">
                      <Code>{file.name}</Code>
                    </a>{' '}
                    — {label[file.format]}
                  </li>
                ))}
              </ul>
              <h4 className="mt-5 font-semibold">{t('columnsHeading')}</h4>
              <p className="mt-1 max-w-prose text-sm">{t('columnsIntro', { json: dataFileName.json(table), csv: dataFileName.csv(table) })}</p>
              <dl className="mt-3 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]" data-testid={`columns-${table}`}>
                {columnsOf(table).map((column) => {
                  const values = columnValues(table, column);
                  return (
                    <div key={column} className="contents">
                      <dt className="mt-2 font-semibold sm:mt-0">
                        <Code>{column}</Code>
                      </dt>
                      <dd className="max-w-prose">
                        {describe(table, column)}
                        {values && (
                          <>
                            {' '}
                            {t('values')} {values.map((v, i) => (
                              <span key={v}>
                                {i > 0 && ', '}
                                <Code>{v}</Code>
                              </span>
                            ))}
                          </>
                        )}
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </section>
          );
        })}
      </section>

      <section aria-labelledby="states" className="mt-10">
        <h2 id="states" className="text-2xl">
          {t('statesHeading')}
        </h2>
        <p className="mt-2 max-w-prose">{t('statesIntro')}</p>
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
          {entryStates.map((state) => (
            <div key={state} className="contents">
              <dt>
                <Code>{state}</Code>
              </dt>
              <dd>{states(state)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="format" className="mt-10">
        <h2 id="format" className="text-2xl">
          {t('formatHeading')}
        </h2>
        <p className="mt-2 max-w-prose">{t('formatCsv')}</p>
        <p className="mt-3 max-w-prose">{t('formatJson')}</p>
        <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]" data-testid="envelope">
          {[...new Set(envelopeFields.map((f) => f.about))].map((about) => (
            <div key={about} className="contents">
              <dt className="mt-2 font-semibold sm:mt-0">
                {envelopeFields
                  .filter((f) => f.about === about)
                  .map((f, i) => (
                    <span key={f.key}>
                      {i > 0 && ', '}
                      <Code>{f.key}</Code>
                    </span>
                  ))}
              </dt>
              <dd className="max-w-prose">{t(about)}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 max-w-prose">{t('formatDates')}</p>
      </section>

      <section aria-labelledby="reuse" className="mt-10">
        <h2 id="reuse" className="text-2xl">
          {t('reuseHeading')}
        </h2>
        <p className="mt-2 max-w-prose">{t('reuse')}</p>
        <p className="mt-3 max-w-prose">{t('notOfficial')}</p>
      </section>
    </PageFrame>
  );
}
