// @ts-check
// The root page's only script. It suggests the edition that matches the
// browser's languages, and remembers a choice only when the reader presses
// "Remember". It never redirects: the reader always picks the edition.
// Without it, the page is a plain list of editions.
(() => {
  const KEY = 'editions:chosen';
  const list = document.querySelector('[data-editions]');
  if (!list) return;
  const editions = list;
  /** @type {HTMLElement[]} */
  const cards = Array.from(editions.querySelectorAll('[data-edition]'));
  const codes = cards.map((card) => card.dataset.edition ?? '');

  const storage = {
    /** @returns {string | null} */
    get() { try { return localStorage.getItem(KEY); } catch { return null; } },
    /** @param {string} code */
    set(code) { try { localStorage.setItem(KEY, code); } catch { /* private mode: nothing is kept */ } },
    clear() { try { localStorage.removeItem(KEY); } catch { /* idem */ } },
  };

  /** The first browser language that names an edition: "ja-JP" → "ja". */
  function preferred() {
    for (const tag of navigator.languages || [navigator.language]) {
      const lang = String(tag).toLowerCase();
      const found = codes.find((code) => lang === code || lang.startsWith(`${code}-`));
      if (found) return found;
    }
    return null;
  }

  /** @param {HTMLElement} card @param {string} selector @returns {HTMLElement} */
  function part(card, selector) {
    return /** @type {HTMLElement} */ (card.querySelector(selector));
  }

  function show() {
    const stored = storage.get();
    const saved = stored && codes.includes(stored) ? stored : null;
    const pick = saved || preferred();
    for (const card of cards) {
      const code = card.dataset.edition;
      const picked = code === pick;
      card.classList.toggle('picked', picked);
      part(card, '[data-note="suggested"]').hidden = !(picked && !saved);
      part(card, '[data-note="remembered"]').hidden = !(picked && saved);
      part(card, '[data-action="remember"]').hidden = code === saved;
      part(card, '[data-action="forget"]').hidden = code !== saved;
    }
    // The picked edition comes first; the others keep their order.
    const first = cards.find((card) => card.dataset.edition === pick);
    if (first && editions.firstElementChild !== first) editions.prepend(first);
  }

  editions.addEventListener('click', (event) => {
    const button = /** @type {HTMLElement | null} */ (/** @type {Element} */ (event.target).closest('button[data-action]'));
    if (!button) return;
    const card = /** @type {HTMLElement} */ (button.closest('[data-edition]'));
    if (button.dataset.action === 'remember') storage.set(card.dataset.edition ?? '');
    else storage.clear();
    show();
    // Keep keyboard focus on the card's other button, which just appeared.
    part(card, `button[data-action="${button.dataset.action === 'remember' ? 'forget' : 'remember'}"]`).focus();
  });

  show();
})();
