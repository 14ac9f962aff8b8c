/*
 * The web editor's page script (served by npm run edit at /admin/editor.js): loads the editor's
 * configuration in the page's language, then starts Decap CMS with the content check before every
 * save. A refused save throws: Decap keeps the form as it is, so nothing typed is lost.
 */
/* global CMS */
(async () => {
  const lang = document.documentElement.lang;
  const config = await (await fetch(`config.${lang}.json`)).json();

  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const data = entry.get('data');
      const english = entry.getIn(['i18n', 'en', 'data']);
      let answer;
      try {
        const response = await fetch(`/api/check?lang=${lang}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ collection: entry.get('collection'), slug: entry.get('newRecord') ? '' : entry.get('slug'), fr: data.toJS(), en: english ? english.toJS() : {} }),
        });
        answer = await response.json();
      } catch {
        throw new Error(config.texts.unreachable);
      }
      if (answer.problems.length > 0) {
        const lines = answer.problems.map((p) => `• ${p.field ?? p.file} — ${p.message}\n  ${p.fix}`);
        throw new Error(`${answer.refused}\n${lines.join('\n')}`);
      }
      // What the change does to the region pages, shown before saving: the author confirms it.
      if (answer.notices.length > 0 && !window.confirm(`${answer.changes}\n${answer.notices.join('\n')}`)) {
        throw new Error(answer.changes);
      }
      // Fields the form left empty are not written (the check reads them as absent).
      return answer.emptyPaths.reduce((cleaned, path) => cleaned.deleteIn(path), data);
    },
  });

  // The configuration comes from npm run edit, generated from the content model: no config.yml.
  CMS.init({ config: { ...config.decap, load_config_file: false } });
})();
