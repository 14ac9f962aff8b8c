/*
 * The web editor's page script (served by npm run edit at /admin/editor.js): loads the editor's
 * configuration in the page's language, then starts Decap CMS with the content check before every
 * save. A refused save throws: Decap keeps the form as it is, so nothing typed is lost.
 */
/* global CMS */
// The settings sit beside this script (npm run edit serves them; npm run build:editor writes them).
const settingsBase = document.currentScript.src;
(async () => {
  const lang = document.documentElement.lang;
  const config = await (await fetch(new URL(`config.${lang}.json`, settingsBase))).json();

  /** What the check and the preview are sent: the entry's collection, its slug and both sides. */
  const entryPayload = (entry) => {
    const english = entry.getIn(['i18n', 'en', 'data']);
    return { collection: entry.get('collection'), slug: entry.get('newRecord') ? '' : entry.get('slug'), fr: entry.get('data').toJS(), en: english ? english.toJS() : {} };
  };

  /**
   * The content check of the entry (POST /api/check). Problems throw, headed by the answer's
   * `heading` (refused, notPublished): Decap then keeps the form, and nothing typed is lost.
   */
  const checked = async (entry, heading) => {
    let answer;
    try {
      const response = await fetch(`/api/check?lang=${lang}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(entryPayload(entry)) });
      answer = await response.json();
    } catch {
      throw new Error(config.texts.unreachable);
    }
    if (answer.problems.length > 0) {
      const lines = answer.problems.map((p) => `• ${p.field ?? p.file} — ${p.message}\n  ${p.fix}`);
      throw new Error(`${answer[heading]}\n${lines.join('\n')}`);
    }
    return answer;
  };

  CMS.registerEventListener({
    name: 'preSave',
    handler: async ({ entry }) => {
      const data = entry.get('data');
      // On the git host no process runs beside the editor: the pull request's workflow checks the content.
      if (!config.local) return data;
      const answer = await checked(entry, 'refused');
      // What the change does to the region pages, shown before saving: the author confirms it.
      if (answer.notices.length > 0 && !window.confirm(`${answer.changes}\n${answer.notices.join('\n')}`)) {
        throw new Error(answer.changes);
      }
      // Fields the form left empty are not written (the check reads them as absent).
      return answer.emptyPaths.reduce((cleaned, path) => cleaned.deleteIn(path), data);
    },
  });

  // Publishing is checked too: a draft saved without the form (an import from Word) never reaches main with problems.
  CMS.registerEventListener({
    name: 'prePublish',
    handler: async ({ entry }) => {
      if (!config.local) return;
      await checked(entry, 'notPublished');
    },
  });

  /*
   * The preview pane: the site's own pages rendered by npm run edit from the entry as typed so
   * far (POST /api/preview), a fifth of a second after the author stops typing. One page at a
   * time — the memo or a region it touches, in either language — chosen from a list. Content with
   * problems is not rendered: the pane lists them and keeps the last page it could show.
   */
  const { h, createClass } = window;
  const t = config.texts.preview;
  const Preview = createClass({
    getInitialState() {
      return { pages: [], selected: undefined, html: '', problems: [], ready: false };
    },
    componentDidMount() {
      this.requests = 0;
      this.refresh();
    },
    componentDidUpdate(previous) {
      if (previous.entry !== this.props.entry) {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.refresh(), 200);
      }
    },
    componentWillUnmount() {
      clearTimeout(this.timer);
      this.requests = -1;
    },
    // The page the author chose last: a refresh already on its way must not bring back the former one.
    choose(page) {
      this.wanted = page;
      this.refresh();
    },
    async refresh() {
      const page = this.wanted ?? this.state.selected;
      const request = ++this.requests;
      let answer;
      try {
        const response = await fetch(`/api/preview?lang=${lang}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ ...entryPayload(this.props.entry), page }),
        });
        answer = await response.json();
      } catch {
        answer = { problems: [{ message: config.texts.unreachable }], pages: [] };
      }
      // An answer overtaken by a later one is dropped: the pane shows what was typed last.
      if (request !== this.requests) return;
      if (answer.problems.length > 0) this.setState({ problems: answer.problems, ready: true });
      else this.setState({ problems: [], pages: answer.pages, selected: answer.selected, html: answer.html, ready: true });
    },
    render() {
      const { pages, selected, html, problems, ready } = this.state;
      const shown = pages.find((page) => page.key === selected);
      return h(
        'div',
        // Room on the right for Decap's own buttons, which float over the pane.
        { style: { fontFamily: 'system-ui, sans-serif', fontSize: '1rem', display: 'flex', flexDirection: 'column', gap: '0.5rem', height: '100%', paddingRight: '3.5rem' } },
        h(
          'label',
          { style: { display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap' } },
          h('span', { style: { fontWeight: 600 } }, t.choose),
          h(
            'select',
            { value: selected ?? '', 'data-testid': 'preview-page', style: { font: 'inherit', padding: '0.25rem' }, onChange: (event) => this.choose(event.target.value) },
            pages.map((page) => h('option', { key: page.key, value: page.key }, page.label)),
          ),
        ),
        !ready && h('p', { role: 'status' }, t.waiting),
        problems.length > 0 &&
          h(
            'div',
            { role: 'status', 'data-testid': 'preview-problems', style: { border: '2px solid #cd0000', padding: '0.5rem 0.75rem' } },
            h('p', { style: { margin: 0, fontWeight: 600 } }, html ? t.problemsKept : t.problems),
            h(
              'ul',
              { style: { margin: '0.25rem 0 0' } },
              // The field as the form names it, and which language's file when it has one per language.
              problems.map((p, i) => h('li', { key: i }, `${p.field ? `${p.field} (${String(p.file).split('/').pop()})` : (p.file ?? '')} — ${p.message}`, p.fix && h('br'), p.fix)),
            ),
          ),
        html && h('iframe', { title: shown ? `${t.frameTitle} ${shown.label}` : t.frameTitle, srcDoc: html, sandbox: '', 'data-testid': 'preview-frame', style: { border: '1px solid #ccc', width: '100%', flex: 1, minHeight: 'calc(100vh - 7rem)' } }),
      );
    },
  });
  // On the git host the pane says where the pages can be seen instead.
  const GitHostPreview = () => h('p', { style: { fontFamily: 'system-ui, sans-serif', fontSize: '1rem', maxWidth: '40rem' } }, t.gitHost);
  for (const collection of ['memos', 'regions', 'references']) CMS.registerPreviewTemplate(collection, config.local ? Preview : GitHostPreview);

  /*
   * A text published in one language or in both (a source's title or address): one string, or
   * { en, fr }, as the content model has it. Decap has no widget for a choice between two shapes.
   */
  const choice = config.texts.languageChoice;
  const languages = config.texts.languages;
  const inputStyle = { display: 'block', width: '100%', boxSizing: 'border-box', font: 'inherit', padding: '0.75rem', border: '2px solid #dfdfe3', borderRadius: '5px', marginTop: '0.25rem' };
  const OneOrBothLanguages = createClass({
    part(language) {
      const { value } = this.props;
      if (!value || typeof value !== 'object') return '';
      return (typeof value.get === 'function' ? value.get(language) : value[language]) ?? '';
    },
    both() {
      const { value } = this.props;
      return Boolean(value) && typeof value === 'object';
    },
    render() {
      const { value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle } = this.props;
      const both = this.both();
      const radio = (checked, label, next) =>
        h('label', { style: { marginRight: '1.5rem', whiteSpace: 'nowrap' } }, h('input', { type: 'radio', name: `${forID}-languages`, checked, onChange: () => onChange(next()) }), ' ', label);
      const text = (id, label, current, change) =>
        h('label', { htmlFor: id, style: { display: 'block', marginTop: '0.5rem' } }, label, h('input', { id, type: 'text', value: current, onChange: (event) => change(event.target.value), style: inputStyle }));
      return h(
        'div',
        { className: classNameWrapper, onFocus: setActiveStyle, onBlur: setInactiveStyle },
        h(
          'fieldset',
          { style: { border: 0, margin: 0, padding: 0 } },
          h('legend', { style: { position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)' } }, this.props.field.get('label')),
          radio(!both, choice.one, () => this.part('en') || this.part('fr')),
          radio(both, choice.both, () => ({ en: both ? this.part('en') : (value ?? ''), fr: both ? this.part('fr') : '' })),
        ),
        both
          ? [
              h('div', { key: 'en' }, text(forID, languages.en, this.part('en'), (en) => onChange({ en, fr: this.part('fr') }))),
              h('div', { key: 'fr' }, text(`${forID}-fr`, languages.fr, this.part('fr'), (fr) => onChange({ en: this.part('en'), fr }))),
            ]
          : h('input', { id: forID, type: 'text', value: typeof value === 'string' ? value : '', onChange: (event) => onChange(event.target.value), style: inputStyle }),
      );
    },
  });
  CMS.registerWidget('one-or-both-languages', OneOrBothLanguages);

  /*
   * What Decap's own interface leaves unnamed for assistive technology, named in the page's
   * language (axe, in tests/integration/web-editor.test.ts, holds the editor's pages to WCAG 2.2
   * AA): list items' buttons and drag handles, select boxes and the rich-text box without their
   * field's label, the Markdown switch's state, the preview's frame; the other language's hidden
   * copies of fields kept out of the keyboard's reach; Decap's grey text darkened to 4.5:1.
   */
  const a11y = config.texts.accessibility;
  let labelIds = 0;
  const fieldLabelOf = (element) => element.closest('[aria-label$=" field"]')?.querySelector('label');
  const labelledBy = (element) => {
    const label = fieldLabelOf(element);
    if (!label) return;
    label.id ||= `editor-field-label-${++labelIds}`;
    element.setAttribute('aria-labelledby', label.id);
  };
  const name = () => {
    for (const bar of document.querySelectorAll('[aria-roledescription="sortable"]')) {
      const [toggle, remove] = [bar.previousElementSibling, bar.nextElementSibling];
      if (!bar.hasAttribute('aria-label')) bar.setAttribute('aria-label', a11y.move);
      if (toggle?.tagName === 'BUTTON' && !toggle.hasAttribute('aria-label')) toggle.setAttribute('aria-label', a11y.toggle);
      if (remove?.tagName === 'BUTTON' && !remove.hasAttribute('aria-label')) remove.setAttribute('aria-label', a11y.remove);
    }
    for (const input of document.querySelectorAll('input[id]:not([aria-labelledby])')) {
      if (!document.querySelector(`label[for="${CSS.escape(input.id)}"]`) && !input.closest('label')) labelledBy(input);
    }
    for (const box of document.querySelectorAll('[role="textbox"]:not([aria-labelledby])')) labelledBy(box);
    for (const toggle of document.querySelectorAll('button[role="switch"]')) {
      const markdown = !toggle.closest('[aria-label$=" field"]')?.querySelector('[data-slate-editor]');
      toggle.setAttribute('aria-checked', String(markdown));
      if (!toggle.hasAttribute('aria-label')) toggle.setAttribute('aria-label', a11y.markdown);
    }
    // A menu button that holds its own button is not one itself: the button inside is.
    for (const outer of document.querySelectorAll('span[role="button"][aria-haspopup]')) {
      if (outer.querySelector('button')) for (const attribute of ['role', 'tabindex', 'aria-haspopup', 'aria-expanded']) outer.removeAttribute(attribute);
    }
    // The other language's copy of a field written once (a memo's facts) is hidden, but the
    // select boxes inside it could still take the focus: out of reach, as it is out of sight.
    for (const field of document.querySelectorAll('[aria-label$=" field"]')) {
      const hidden = getComputedStyle(field).visibility === 'hidden';
      if (field.inert !== hidden) field.inert = hidden;
    }
    const pane = document.querySelector('iframe#preview-pane:not([title])');
    if (pane) pane.title = a11y.previewPane;
    // Decap's greys (3.4–3.9:1) made dark enough for text, wherever its theme uses them.
    for (const element of document.body.querySelectorAll('*')) {
      if (seen.has(element)) continue;
      seen.add(element);
      const style = getComputedStyle(element);
      if (decapGreys.has(style.color)) element.style.color = '#4a5160';
      if (decapGreys.has(style.backgroundColor) && style.color === 'rgb(255, 255, 255)') element.style.backgroundColor = '#4a5160';
    }
  };
  const seen = new WeakSet();
  const decapGreys = new Set(['rgb(121, 130, 145)', 'rgb(123, 130, 144)']);
  let naming = 0;
  new MutationObserver(() => {
    cancelAnimationFrame(naming);
    naming = requestAnimationFrame(name);
  }).observe(document.body, { childList: true, subtree: true });

  // A new memo from Word files (npm run edit only): sent to POST /api/import, then its draft opened.
  const importForm = document.querySelector('#editor-import form');
  importForm?.addEventListener('submit', async (event) => {
    event.preventDefault();
    const status = importForm.querySelector('[role="status"]');
    const w = config.texts.import;
    status.textContent = w.working;
    const encoded = async (file) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      let text = '';
      for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { name: file.name, data: btoa(text) };
    };
    const body = {};
    for (const language of ['fr', 'en']) {
      const file = importForm.elements[language].files[0];
      if (file) body[language] = await encoded(file);
    }
    let answer;
    try {
      answer = await (await fetch(`/api/import?lang=${lang}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })).json();
    } catch {
      answer = { problems: [w.unreachable] };
    }
    if (answer.problems.length > 0) {
      status.textContent = `${w.failed} ${answer.problems.join(' ')}`;
      return;
    }
    status.textContent = [w.done, ...answer.notes].join(' ');
    importForm.reset();
    location.hash = `#/collections/memos/entries/${answer.entry}`;
  });

  // The configuration comes from npm run edit, generated from the content model: no config.yml.
  CMS.init({ config: { ...config.decap, load_config_file: false } });
})();
