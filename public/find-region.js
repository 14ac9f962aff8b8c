// Find your region (the finder pages only): a filter over the A-to-Z list of places that the
// server renders complete (app/[locale]/find-your-region/page.tsx). No framework, nothing loaded:
// it hides the places whose name does not contain what is typed, hides the letters left empty,
// and says in the status line (role="status", read out politely) how many places match.

/** Text as the filter compares it; lib/places.ts (foldForFilter) folds the places' names the same way. */
export const fold = (text) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

const box = typeof document === 'undefined' ? null : document.querySelector('[data-place-filter]');

if (box) {
  const messages = JSON.parse(box.dataset.placeFilter);
  const input = box.querySelector('input');
  const status = box.querySelector('[role="status"]');
  const list = document.getElementById(input.getAttribute('aria-controls'));
  const items = [...list.querySelectorAll('[data-place]')];
  const groups = [...list.querySelectorAll('[data-place-group]')];

  const say = (count, text) =>
    (count === 0 ? messages.zero : count === 1 ? messages.one : messages.other).replace('{count}', String(count)).replace('{query}', text);

  function apply() {
    const query = fold(input.value);
    let shown = 0;
    for (const item of items) {
      const match = item.dataset.place.includes(query);
      item.hidden = !match;
      if (match) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('[data-place]:not([hidden])');
    // Said once the reader pauses, not at every key; nothing to say when the whole list is back.
    status.textContent = query ? say(shown, input.value.trim()) : '';
  }

  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(apply, 250);
  });
  box.dataset.ready = '';
  // A browser that restores the typed text (back to this page) gets the list it filtered.
  if (input.value) apply();
}
