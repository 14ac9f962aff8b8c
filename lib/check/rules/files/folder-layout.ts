import { documentKinds, type DocumentFile, fileNames, languageFileNames, maxIdLength } from '../../../content/document-kinds';
import { locales } from '../../../i18n/locales';
import type { ContentRule } from '../../rule';

const allowedNames = (files: readonly DocumentFile[]) => files.flatMap(fileNames);

/** Each document is where the registry says, with exactly its files: both languages, no strays. */
export const folderLayout: ContentRule = {
  id: 'folder-layout',
  summary: 'Every document is a folder (or file) of the right name holding exactly its files, in both languages.',
  check(corpus) {
    return corpus.documents.flatMap((doc) => {
      const kind = documentKinds[doc.kind];
      const singular = doc.kind;
      // Links could point anywhere (outside the repository, or nowhere): content is plain files.
      if (doc.type === 'symlink' || doc.type === 'other') return [{ file: doc.path, message: doc.type === 'symlink' ? 'is a link, not a file or folder of its own' : 'is not a plain file or folder', fix: 'put the file or folder itself here (copy it), not a link or shortcut to it.' }];
      if (kind.layout === 'file') {
        if (doc.type !== 'file' || !doc.path.endsWith('.yaml')) {
          return [{ file: doc.path, message: `is not a ${singular} file`, fix: `each ${singular} is a file content/${kind.folder}/<id>.yaml, named ${kind.idHint}.` }];
        }
        if (!kind.idPattern.test(doc.id)) return [{ file: doc.path, message: `"${doc.id}" is not a valid ${singular} file name`, fix: `name it ${kind.idHint}.yaml.` }];
        if (doc.id.length > maxIdLength) return [{ file: doc.path, message: `has a name of ${doc.id.length} characters; at most ${maxIdLength}`, fix: 'shorten the file name to a few words.' }];
        return [];
      }
      if (doc.type !== 'directory') {
        return [{ file: doc.path, message: `is a file where a ${singular} folder was expected`, fix: `each ${singular} is a folder content/${kind.folder}/<${kind.idHint.split(',')[0]}>/.` }];
      }
      const problems = [];
      if (!kind.idPattern.test(doc.id)) problems.push({ file: doc.path, message: `"${doc.id}" is not a valid ${singular} folder name`, fix: `name it ${kind.idHint}.` });
      else if (doc.id.length > maxIdLength) problems.push({ file: doc.path, message: `is ${doc.id.length} characters long; a folder name may have at most ${maxIdLength}`, fix: 'shorten the name after the date to a few words: it becomes part of addresses and file names.' });
      for (const name of allowedNames(kind.files as readonly DocumentFile[]).filter((n) => doc.presentTypes[n] && doc.presentTypes[n] !== 'file')) {
        const type = doc.presentTypes[name];
        problems.push({ file: `${doc.path}/${name}`, message: type === 'directory' ? 'is a folder where a file was expected' : type === 'symlink' ? 'is a link, not a file of its own' : 'is not a plain file', fix: `put the file ${name} itself here, as plain UTF-8 text.` });
      }
      const allowed = allowedNames(kind.files as readonly DocumentFile[]);
      for (const name of doc.present.filter((n) => !allowed.includes(n))) {
        const isLanguage = /^[a-z]{2}(-[a-z]+)?\.md$/i.test(name);
        problems.push({
          file: `${doc.path}/${name}`,
          field: isLanguage ? 'language' : undefined,
          message: isLanguage ? `"${name.replace(/\.md$/, '')}" is not a language of this site` : 'is not a file this folder may contain',
          fix: isLanguage ? `the site publishes ${locales.join(' and ')} only: rename the file to ${languageFileNames.join(' or ')}, or remove it.` : `keep only ${allowed.join(', ')} in this folder.`,
        });
      }
      for (const name of allowed.filter((n) => !doc.present.includes(n))) {
        const language = languageFileNames.includes(name) ? name.replace(/\.md$/, '') : undefined;
        problems.push({
          file: `${doc.path}/${name}`,
          field: language ? 'language' : undefined,
          message: language ? 'is missing: every document is published in both languages' : 'is missing',
          fix: language ? `add ${name} with the ${language === 'fr' ? 'French' : 'English'} version (npm run new:memo scaffolds both).` : `add ${name} (see content/README.md).`,
        });
      }
      return problems;
    });
  },
};
