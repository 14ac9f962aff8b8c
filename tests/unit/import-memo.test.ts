import fs from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { docxToHtml } from '@/lib/import/docx';
import { dateOfPrintedDate, senderOf, shortName } from '@/lib/import/memo-facts';
import { type ImportedText, memoFromHtml } from '@/lib/import/memo-from-html';
import type { Locale } from '@/lib/i18n/locales';
import { type DocxMemo, memoDocx } from '../fixtures/docx-builder';

/**
 * A memo imported from Word (issue 38). The Word files are made in the test (the `docx` package)
 * from the two source memos as the site publishes them (the ministry's French text of
 * ../shared/seeds/, and the site's English), with the header as a table or as label paragraphs;
 * the imported Markdown must equal the published Markdown paragraph by paragraph, and each header
 * row must land in its field.
 */
const root = path.resolve(__dirname, '../..');

function published(folder: string, locale: Locale) {
  const text = fs.readFileSync(path.join(root, 'content/memos', folder, `index.${locale}.md`), 'utf8');
  const [, yaml, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  const front = parse(yaml!) as { heading: string; headerLabels: Record<'to' | 'from' | 'date' | 'subject', string>; recipients: string; from: string; printedDate: string; title: string; cc: string[] };
  return { front, body: body!.trim() };
}

async function imported(memo: DocxMemo, locale: Locale): Promise<ImportedText> {
  const html = await docxToHtml(await memoDocx(memo));
  if ('problem' in html) throw new Error(html.problem);
  const text = memoFromHtml(html.html, locale);
  if ('problem' in text) throw new Error(`no header: ${text.missing.join(', ')}`);
  return text;
}

const paragraphs = (markdown: string) => markdown.split(/\n{2,}/);

describe('a memo imported from Word', () => {
  for (const folder of ['2022-09-22-catchment-phasing-update', '2022-03-17-provincial-rollout-update']) {
    for (const locale of ['fr', 'en'] as const) {
      for (const headerAs of ['table', 'paragraphs'] as const) {
        it(`${folder} in ${locale}, its header as ${headerAs}: the published Markdown, paragraph by paragraph, and each row in its field`, async () => {
          const { front, body } = published(folder, locale);
          const labels = front.headerLabels;
          // As Word has it: straight apostrophes and no-break spaces, which the import writes as the site does.
          const word = (text: string) => text.replace(/’/g, "'").replace(/ :/g, '\u00a0:');
          const text = await imported(
            {
              heading: front.heading,
              headerAs,
              header: [
                [word(labels.to), word(front.recipients)],
                [word(labels.from), word(front.from)],
                [word(labels.date), front.printedDate],
                [word(labels.subject), word(front.title)],
              ],
              body,
              cc: front.cc.length > 0 ? { label: locale === 'fr' ? 'c. c. :' : 'c:', people: front.cc.map(word) } : undefined,
            },
            locale,
          );
          // The site's English text keeps a few straight apostrophes; the import writes them all typographic, as the rest of the site does.
          expect(paragraphs(text.body)).toEqual(paragraphs(body.replace(/(?<=\p{L})'(?=\p{L})/gu, '’')));
          expect(text).toMatchObject({ heading: front.heading, headerLabels: labels, recipients: front.recipients, from: front.from, printedDate: front.printedDate, title: front.title, cc: front.cc });
        });
      }
    }
  }

  it('keeps lists (nested), tables, links, bold and italics; joins Word’s line breaks in a paragraph, not in a signature', async () => {
    const body = [
      'Les **dates** et les *étapes* sont sur [la page du ministère](https://www.ontario.ca/page/employment-ontario).',
      '- Durham\n- London\n- Ottawa',
      '1. Planification\n   1. Consultation\n   2. Appel de propositions\n2. Transition',
      '| Région | Phase |\n| --- | --- |\n| Durham | Phase 2 |\n| Toronto | Phase 3 |',
      'Une phrase que Word a coupée en deux\\\nau milieu par un saut de ligne, ce qui arrive souvent quand un texte long est collé depuis un courriel.',
      'Jody Young\\\nSous-ministre adjointe',
    ].join('\n\n');
    const text = await imported({ heading: 'Note de service', headerAs: 'paragraphs', header: [['Destinataires :', 'Partenaires'], ['Expéditrice :', 'Jody Young, sous-ministre adjointe'], ['Date :', 'le 1er mars 2024'], ['Objet :', 'Mise à jour']], body }, 'fr');
    expect(paragraphs(text.body)).toEqual([
      'Les **dates** et les *étapes* sont sur [la page du ministère](https://www.ontario.ca/page/employment-ontario).',
      '- Durham\n- London\n- Ottawa',
      '1. Planification\n   1. Consultation\n   2. Appel de propositions\n2. Transition',
      '| Région  | Phase   |\n| ------- | ------- |\n| Durham  | Phase 2 |\n| Toronto | Phase 3 |',
      'Une phrase que Word a coupée en deux au milieu par un saut de ligne, ce qui arrive souvent quand un texte long est collé depuis un courriel.',
      'Jody Young\\\nSous-ministre adjointe',
    ]);
  });

  it('names what makes a file no memo, and never throws', async () => {
    const memo: DocxMemo = { headerAs: 'table', header: [['Destinataires :', 'Partenaires'], ['Expéditrice :', 'Jody Young'], ['Date :', 'le 1er mars 2024'], ['Objet :', 'Mise à jour']], body: 'Madame, Monsieur,' };
    expect(await docxToHtml(Buffer.from('Madame, Monsieur,\nCeci est un texte renommé en .docx.\n'))).toEqual({ problem: 'notDocx' });
    expect(await docxToHtml(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]))).toEqual({ problem: 'protected' });
    const zip = new JSZip();
    zip.file('readme.txt', 'not a Word document');
    expect(await docxToHtml(await zip.generateAsync({ type: 'nodebuffer' }))).toEqual({ problem: 'damaged' });
    expect(await docxToHtml(await memoDocx({ headerAs: 'paragraphs', header: [], body: '' }))).toEqual({ problem: 'empty' });
    expect(await docxToHtml(await memoDocx({ ...memo, image: true }))).toEqual({ problem: 'images', count: 1 });
    const withoutSubject = await docxToHtml(await memoDocx({ ...memo, header: memo.header.slice(0, 3) }));
    expect('html' in withoutSubject && memoFromHtml(withoutSubject.html, 'fr')).toEqual({ problem: 'noHeader', missing: ['subject'] });
  });

  it('reads the date, the sender and a short name from the header', () => {
    expect(dateOfPrintedDate('le 22 septembre 2022')).toBe('2022-09-22');
    expect(dateOfPrintedDate('1er mars 2024')).toBe('2024-03-01');
    expect(dateOfPrintedDate('le 17 mars 2022')).toBe('2022-03-17');
    expect(dateOfPrintedDate('September 22, 2022')).toBe('2022-09-22');
    expect(dateOfPrintedDate('22 August 2023')).toBe('2023-08-22');
    expect(dateOfPrintedDate('le 31 février 2024')).toBeUndefined();
    expect(dateOfPrintedDate('bientôt')).toBeUndefined();
    const senders = [
      { id: 'jody-young', name: 'Jody Young' },
      { id: 'cordelia-abankwa', name: 'Cordelia Abankwa' },
    ];
    expect(senderOf('Jody Young, sous-ministre adjointe', senders)).toBe('jody-young');
    expect(senderOf('CORDELIA ABANKWA, Assistant Deputy Minister', senders)).toBe('cordelia-abankwa');
    expect(senderOf('Quelqu’un d’autre', senders)).toBeUndefined();
    expect(shortName('Employment Services Transformation Update', '2022-09-22')).toBe('employment-services-transformation-update');
    expect(shortName('Mise à jour : l’été 2024, étape 3', '2024-07-01')).toBe('mise-a-jour-l-ete-2024-etape-3');
    expect(shortName('A very long subject line that goes on and on well beyond what a folder name should hold', '2024-07-01').length).toBeLessThanOrEqual(50);
  });
});
