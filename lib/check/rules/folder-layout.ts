import { documentKinds, type DocumentFile, fileNames, languageFileNames } from '../../document-kinds';
import { locales } from '../../i18n/locales';
import type { ContentRule } from '../rule';

/** Each document is where the registry says, with exactly its files: both languages, no strays. */
export const folderLayout: ContentRule = {
  id: 'folder-layout',
  summary: 'Every document is a folder (or file) of the right name holding exactly its files, in both languages.',
  check(corpus) {
    return corpus.documents.flatMap((doc) => {
      const kind = documentKinds[doc.kind];
      const singular = doc.kind;
      if (kind.layout === 'file') {
        if (doc.type !== 'file' || !doc.path.endsWith('.yaml')) {
          return [{ file: doc.path, message: `is not a ${singular} file`, fix: `each ${singular} is a file content/${kind.folder}/<id>.yaml, named ${kind.idHint}.` }];
        }
        if (!kind.idPattern.test(doc.id)) return [{ file: doc.path, message: `"${doc.id}" is not a valid ${singular} file name`, fix: `name it ${kind.idHint}.yaml.` }];
        return [];
      }
      if (doc.type !== 'directory') {
        return [{ file: doc.path, message: `is a file where a ${singular} folder was expected`, fix: `each ${singular} is a folder content/${kind.folder}/<${kind.idHint.split(',')[0]}>/.` }];
      }
      const problems = [];
      if (!kind.idPattern.test(doc.id)) problems.push({ file: doc.path, message: `"${doc.id}" is not a valid ${singular} folder name`, fix: `name it ${kind.idHint}.` });
      const allowed = (kind.files as readonly DocumentFile[]).flatMap(fileNames);
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
