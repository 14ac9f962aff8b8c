// Site search (the search pages only): progressive enhancement of the server-rendered form in
// components/SearchForm.tsx, using Pagefind's API. Pagefind picks the index of the page's
// <html lang>, so results are always in the page's language. No framework: the whole site
// ships no other JavaScript.
//
// The form is shown at once (it already holds its place, so nothing moves); Pagefind — its
// script, WebAssembly and index, several times this page's weight — loads only when a visitor
// starts to search (focuses or touches the form), not with every visit.
const box = document.querySelector('[data-search]');
// This script sits at the site's root, which SITE_URL may put under a path (lib/web/routes.ts).
const siteRoot = new URL('./', import.meta.url);

if (box) {
  const messages = JSON.parse(box.dataset.search);
  const form = box.querySelector('form');
  const query = box.querySelector('input[type="search"]');
  const selects = [...box.querySelectorAll('select[data-filter]')];
  const status = box.querySelector('[role="status"]');
  const list = box.querySelector('ol');

  let loading;
  const pagefind = () =>
    (loading ??= import(new URL('pagefind/pagefind.js', siteRoot).href).then(
      async (module) => {
        // Results link to pages under the site's root, which is not the domain's on a project site (/rollout/).
        await module.options({ baseUrl: siteRoot.pathname });
        await module.init();
        return module;
      },
      (error) => {
        loading = undefined; // try again at the next search
        throw error;
      },
    ));
  for (const type of ['focusin', 'pointerdown']) box.addEventListener(type, pagefind, { once: true });
  box.dataset.ready = '';

  const say = (count, text) =>
    (count === 0 ? messages.zero : count === 1 ? messages.one : messages.other).replace('{count}', String(count)).replace('{query}', text);

  let latest = 0;
  async function run() {
    const text = query.value.trim();
    const ticket = ++latest;
    if (!text) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    status.textContent = messages.loading;
    const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter, s.value]));
    const found = await (await pagefind()).search(text, { filters });
    const results = await Promise.all((found?.results ?? []).slice(0, 20).map((r) => r.data()));
    if (ticket !== latest) return; // a newer search has started
    status.textContent = say(results.length, text);
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        item.className = 'py-3';
        const link = document.createElement('a');
        link.href = result.url;
        link.className = 'font-semibold';
        link.textContent = result.meta.title ?? result.url;
        const excerpt = document.createElement('p');
        excerpt.className = 'mt-1 text-sm';
        // Pagefind's excerpt is text from this site's own pages with <mark> around the matches.
        excerpt.innerHTML = result.excerpt;
        item.append(link, excerpt);
        return item;
      }),
    );
  }

  let timer;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(run, 200);
  };
  query.addEventListener('input', soon);
  for (const select of selects) select.addEventListener('change', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
}
