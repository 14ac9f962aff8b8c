import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { checkEntry, contentWithEntry, type EditorEntry, emptyPaths, entryFiles, entryRegionIds, fieldLabel, withoutPaths } from '@/lib/editor/entry';
import { realContentFiles } from '../fixtures/content-builder';

/** What the web editor is about to save, checked as check:content checks files (issue 37). */

const header = (fr: boolean) => ({
  recipients: fr ? 'Partenaires d’Emploi Ontario' : 'Employment Ontario partners',
  heading: fr ? 'Note de service' : 'Memorandum',
  headerLabels: fr ? { to: 'Destinataires :', from: 'Expéditrice :', date: 'Date :', subject: 'Objet :' } : { to: 'To:', from: 'From:', date: 'Date:', subject: 'Subject:' },
  from: fr ? 'Jody Young, sous-ministre adjointe' : 'Jody Young, Assistant Deputy Minister',
  cc: [],
});

function entry(statements: unknown[]): EditorEntry {
  return {
    slug: '2026-12-01-mise-a-jour-kingston',
    fr: {
      title: 'Mise à jour Kingston',
      slug: 'mise-a-jour-kingston',
      summary: 'Le ministère précise la transition à Kingston.',
      ...header(true),
      printedDate: 'le 1er décembre 2026',
      date: '2026-12-01',
      publishedOnSite: '2026-12-01',
      sender: 'jody-young',
      originalLanguage: 'fr',
      translatedForSite: ['en'],
      originalDocuments: [],
      printedAddresses: [],
      regions: [],
      statements,
      changes: [],
      body: 'Madame, Monsieur,\n\nLa transition se poursuit.',
    },
    en: {
      title: 'Kingston update',
      slug: 'kingston-update',
      summary: 'The ministry sets out the transition in Kingston.',
      ...header(false),
      printedDate: 'December 1, 2026',
      body: 'Dear partners,\n\nThe transition goes on.',
    },
  };
}

const ssm = { milestone: 'ssm-selected', regions: ['kingston-pembroke'], date: '2026-11', status: 'confirmed', ssm: { lead: 'Serco Canada Inc.', partners: ['Deloitte Canada Inc.', ''] }, note: {}, phase: '' };
const period = (start: string, end: string) => ({ milestone: 'transition-period', regions: ['kingston-pembroke'], start, end, status: 'planned', date: '', ssm: { partners: [] } });

describe('an entry of the web editor', () => {
  it('leaves out what the form left empty, however deep', () => {
    const data = { a: '', b: 'kept', list: [{ c: '', d: { e: [] } }, { f: 1 }], g: {}, h: [''] };
    const paths = emptyPaths(data);
    expect(withoutPaths(data, paths)).toEqual({ b: 'kept', list: [{ f: 1 }] });
    expect(paths).toContainEqual(['list', 0]);
  });

  it('becomes index.fr.md with the memo’s facts, and index.en.md with its text only', () => {
    const files = entryFiles(entry([ssm]));
    const front = (text: string) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
    const fr = files['memos/2026-12-01-mise-a-jour-kingston/index.fr.md']!;
    const en = files['memos/2026-12-01-mise-a-jour-kingston/index.en.md']!;
    expect(front(fr)).toMatchObject({ title: 'Mise à jour Kingston', date: '2026-12-01', statements: [{ milestone: 'ssm-selected', ssm: { lead: 'Serco Canada Inc.', partners: ['Deloitte Canada Inc.'] } }] });
    expect(front(fr).statements).toEqual([{ milestone: 'ssm-selected', regions: ['kingston-pembroke'], date: '2026-11', status: 'confirmed', ssm: { lead: 'Serco Canada Inc.', partners: ['Deloitte Canada Inc.'] } }]);
    expect(front(en)).not.toHaveProperty('date');
    expect(en.endsWith('---\n\nDear partners,\n\nThe transition goes on.\n')).toBe(true);
  });

  it('passes the check beside the real content, and says what it changes on the region page', () => {
    const { problems, notices } = checkEntry(realContentFiles(), entry([ssm]), 'en', '2026-12-07');
    expect(problems).toEqual([]);
    expect(notices.join('\n')).toMatch(/^Kingston–Pembroke: Service system manager selected: now Serco Canada Inc., November 2026/m);
    expect(notices.join('\n')).toContain('no longer include Thrive Career Wellness Inc.');
  });

  it('is refused with the field as the form labels it and the fix, in the editor’s language', () => {
    const bad = entry([period('2027-05', '2027-01')]);
    (bad.fr as Record<string, unknown>).title = '';
    const en = checkEntry(realContentFiles(), bad, 'en', '2026-12-07').problems;
    expect(en.map((p) => p.field)).toEqual(expect.arrayContaining(['Subject (title)', 'Statements (dated facts) 1 › End (if a period)']));
    const fr = checkEntry(realContentFiles(), bad, 'fr', '2026-12-07').problems;
    const end = fr.find((p) => p.field === 'Énoncés (faits datés) 1 › Fin (s’il s’agit d’une période)')!;
    expect(end.message).toContain('2027-01');
    expect(end.fix.length).toBeGreaterThan(10);
  });

  it('refuses a region that does not exist (which the form’s list cannot offer), named as the form labels it', () => {
    const nowhere = entry([{ ...period('2027-05', '2027-09'), regions: ['kingston-pembroke', 'atlantis'] }]);
    const [problem] = checkEntry(realContentFiles(), nowhere, 'fr', '2026-12-07').problems;
    expect(problem?.field).toBe('Énoncés (faits datés) 1 › Régions concernées');
    expect(problem?.message).toContain('atlantis');
  });

  it('names nested fields as the form does', () => {
    expect(fieldLabel('changes.0.date', 'fr')).toBe('Notes de modification 1 › Jour de la modification');
    expect(fieldLabel('statements.2.date', 'en')).toBe('Statements (dated facts) 3 › Date (if a single date)');
    expect(fieldLabel(undefined, 'en')).toBeUndefined();
  });

  it('becomes a source’s file, its title in both languages, checked as the file would be', () => {
    const files = realContentFiles();
    const source = {
      title: { en: 'Employment Ontario update', fr: 'Mise à jour d’Emploi Ontario' },
      language: '',
      description: { en: '', fr: '' },
      publisher: { en: 'Ministry of Labour (Ontario)', fr: 'Ministère du Travail (Ontario)' },
      url: 'https://www.ontario.ca/page/employment-ontario',
      published: '2026-11-30',
      consulted: '',
      publishedOnSite: '2026-12-07',
      statements: [{ milestone: 'ssm-selected', regions: ['durham'], date: '2027-03', status: 'planned', ssm: { partners: [] } }],
    };
    const reference: EditorEntry = { collection: 'references', slug: 'ministry-of-labour-ontario', fr: source, en: {} };
    expect(Object.keys(entryFiles(reference))).toEqual(['references/ministry-of-labour-ontario.yaml']);
    expect(parse(entryFiles(reference)['references/ministry-of-labour-ontario.yaml']!)).toEqual({
      title: source.title,
      publisher: source.publisher,
      url: source.url,
      published: '2026-11-30',
      publishedOnSite: '2026-12-07',
      statements: [{ milestone: 'ssm-selected', regions: ['durham'], date: '2027-03', status: 'planned' }],
    });
    expect(entryRegionIds(reference)).toEqual(['durham']);
    const { problems, notices } = checkEntry(files, reference, 'en', '2026-12-07');
    expect(problems).toEqual([]);
    expect(notices.join('\n')).toMatch(/^Durham: /);
    // Saved again under its name, a source replaces its own file and no other.
    const after = contentWithEntry({ ...files, 'references/ministry-of-labour-ontario.yaml': 'old' }, reference);
    expect(Object.keys(after).length).toBe(Object.keys(files).length + 1);
    // A title in one language needs its language, named as the form names the field.
    const [problem] = checkEntry(files, { ...reference, fr: { ...source, title: 'Employment Ontario update' } }, 'fr', '2026-12-07').problems;
    expect(problem?.field).toBe('Langue du titre');
  });

  it('becomes a region’s file with its change note, keeping every field the form does not show', () => {
    const files = realContentFiles();
    const region = parse(files['regions/kingston-pembroke/region.yaml']!) as Record<string, unknown>;
    const note = { date: '2026-12-07', note: { en: 'Added the new transition dates.', fr: 'Ajout des nouvelles dates de transition.' }, publishedOnSite: '' };
    const withNote = { ...region, changes: [...(region.changes as unknown[]), note] };
    const written = parse(entryFiles({ collection: 'regions', slug: 'kingston-pembroke', fr: withNote, en: {} })['regions/kingston-pembroke/region.yaml']!);
    expect(written).toEqual({ ...region, changes: [...(region.changes as unknown[]), { date: '2026-12-07', note: note.note }] });
    expect(checkEntry(files, { collection: 'regions', slug: 'kingston-pembroke', fr: withNote, en: {} }, 'en', '2026-12-07').problems).toEqual([]);
    const early = { ...region, changes: [{ ...note, date: '2026-12-31' }] };
    const [problem] = checkEntry(files, { collection: 'regions', slug: 'kingston-pembroke', fr: early, en: {} }, 'fr', '2026-12-07').problems;
    expect(problem?.field).toBe('Notes de modification de la page de la région 1 › Jour de la modification');
  });
});
