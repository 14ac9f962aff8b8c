import { documentKinds, type DocumentFile, type DocumentKindName, fileNames, languageFileName, languageFileNames, languageOfFileName, maxIdLength } from '../../../content/document-kinds';
import { locales } from '../../../i18n/locales';
import { type CheckText, checkText, type ContentProblem } from '../../problems';
import type { ContentRule } from '../../rule';

const allowedNames = (files: readonly DocumentFile[]) => files.flatMap(fileNames);

/** "en and fr", "index.en.md or index.fr.md": the words between the items in the author's language. */
const listOf = (items: readonly string[], word: 'and' | 'or'): string | CheckText =>
  items.length < 2 ? items.join('') : checkText(`rules.folder-layout.${word}`, { first: listOf(items.slice(0, -1), word), last: items.at(-1)! });

/** How an id of this kind is written, e.g. "YYYY-MM-DD-short-english-name, e.g. 2022-09-22-…" (the example is the registry's). */
const idHint = (kind: DocumentKindName) =>
  checkText('rules.folder-layout.idHint', { name: checkText(`rules.folder-layout.idName.${kind}`), example: documentKinds[kind].idHint.split(', e.g. ')[1] ?? '' });

/** Each document is where the registry says, with exactly its files: both languages, no strays. */
export const folderLayout: ContentRule = {
  id: 'folder-layout',
  summary: 'Every document is a folder (or file) of the right name holding exactly its files, in both languages.',
  check(corpus) {
    return corpus.documents.flatMap((doc): ContentProblem[] => {
      const kind = documentKinds[doc.kind];
      // "each memo" and "a memo file" (« chaque note de service », « un fichier de note de service »).
      const each = checkText(`rules.folder-layout.kind.${doc.kind}`);
      const of = checkText(`rules.folder-layout.kindOf.${doc.kind}`);
      // A link is reported once by the reader, wherever it is (lib/check/read.ts), and never followed.
      if (doc.type === 'symlink') return [];
      if (doc.type === 'other') return [{ file: doc.path, message: checkText('rules.folder-layout.notPlain'), fix: checkText('rules.folder-layout.linkFix') }];
      if (kind.layout === 'file') {
        if (doc.type !== 'file' || !doc.path.endsWith('.yaml')) {
          return [
            {
              file: doc.path,
              message: checkText('rules.folder-layout.notKindFile', { kind: of }),
              fix: checkText('rules.folder-layout.notKindFileFix', { kind: each, path: `content/${kind.folder}/<id>.yaml`, hint: idHint(doc.kind) }),
            },
          ];
        }
        if (!kind.idPattern.test(doc.id)) {
          return [{ file: doc.path, message: checkText('rules.folder-layout.badFileName', { id: doc.id, kind: of }), fix: checkText('rules.folder-layout.badFileNameFix', { hint: idHint(doc.kind), extension: '.yaml' }) }];
        }
        if (doc.id.length > maxIdLength) {
          return [{ file: doc.path, message: checkText('rules.folder-layout.longFileName', { length: doc.id.length, max: maxIdLength }), fix: checkText('rules.folder-layout.longFileNameFix') }];
        }
        return [];
      }
      if (doc.type !== 'directory') {
        return [
          {
            file: doc.path,
            message: checkText('rules.folder-layout.fileNotFolder', { kind: of }),
            fix: checkText('rules.folder-layout.fileNotFolderFix', { kind: each, folder: kind.folder, name: checkText(`rules.folder-layout.idName.${doc.kind}`) }),
          },
        ];
      }
      const problems: ContentProblem[] = [];
      if (!kind.idPattern.test(doc.id)) {
        problems.push({ file: doc.path, message: checkText('rules.folder-layout.badFolderName', { id: doc.id, kind: of }), fix: checkText('rules.folder-layout.badFolderNameFix', { hint: idHint(doc.kind) }) });
      } else if (doc.id.length > maxIdLength) {
        problems.push({ file: doc.path, message: checkText('rules.folder-layout.longFolderName', { length: doc.id.length, max: maxIdLength }), fix: checkText('rules.folder-layout.longFolderNameFix') });
      }
      for (const name of allowedNames(kind.files as readonly DocumentFile[]).filter((n) => doc.presentTypes[n] && !['file', 'symlink'].includes(doc.presentTypes[n]))) {
        const type = doc.presentTypes[name];
        problems.push({
          file: `${doc.path}/${name}`,
          message: checkText(type === 'directory' ? 'rules.folder-layout.folderNotFile' : 'rules.folder-layout.notPlainFile'),
          fix: checkText('rules.folder-layout.plainFileFix', { name }),
        });
      }
      const allowed = allowedNames(kind.files as readonly DocumentFile[]);
      for (const name of doc.present.filter((n) => !allowed.includes(n) && doc.presentTypes[n] !== 'symlink')) {
        // en.md and fr.md were the language files' names before index.en.md and index.fr.md.
        const formerName = locales.find((l) => name === `${l}.md` && kind.files.some((f: DocumentFile) => f.name === 'per-language'));
        if (formerName) {
          problems.push({
            file: `${doc.path}/${name}`,
            field: 'language',
            message: checkText('rules.folder-layout.formerName', { name: languageFileName(formerName) }),
            fix: checkText('rules.folder-layout.formerNameFix', { from: name, to: languageFileName(formerName) }),
          });
          continue;
        }
        // memo.yaml held a memo's facts before they moved into index.fr.md's front matter.
        const formerFacts = (kind.files as readonly DocumentFile[]).find((f) => f.heldIn !== undefined && f.name === name);
        if (formerFacts) {
          const holder = languageFileName(formerFacts.heldIn!);
          problems.push({
            file: `${doc.path}/${name}`,
            message: checkText('rules.folder-layout.formerFacts', { name: holder }),
            fix: checkText('rules.folder-layout.formerFactsFix', { name: holder, file: name, marker: '---' }),
          });
          continue;
        }
        const language = languageOfFileName(name) ?? /^([a-z]{2}(?:-[a-z]+)?)\.md$/i.exec(name)?.[1];
        const isLanguage = language !== undefined;
        problems.push({
          file: `${doc.path}/${name}`,
          field: isLanguage ? 'language' : undefined,
          message: isLanguage ? checkText('rules.folder-layout.notALanguage', { language }) : checkText('rules.folder-layout.strayFile'),
          fix: isLanguage
            ? checkText('rules.folder-layout.notALanguageFix', { languages: listOf(locales, 'and'), files: listOf(languageFileNames, 'or') })
            : checkText('rules.folder-layout.strayFileFix', { files: allowed.join(', ') }),
        });
      }
      for (const name of allowed.filter((n) => !doc.present.includes(n))) {
        const language = locales.find((l) => languageFileName(l) === name);
        problems.push({
          file: `${doc.path}/${name}`,
          field: language ? 'language' : undefined,
          message: checkText(language ? 'rules.folder-layout.languageMissing' : 'rules.folder-layout.missing'),
          fix: language
            ? checkText('rules.folder-layout.languageMissingFix', { name, language: checkText(`rules.folder-layout.version.${language}`), command: 'npm run new:memo' })
            : checkText('rules.folder-layout.missingFix', { name }),
        });
      }
      return problems;
    });
  },
};
