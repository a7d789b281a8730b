// The root page's only script. It suggests the edition that matches the
// browser's languages, and remembers a choice only when the reader presses
// "Remember". It never redirects: the reader always picks the edition.
// Without it, the page is a plain list of editions.
(() => {
  const KEY = 'editions:chosen';
  const list = document.querySelector('[data-editions]');
  if (!list) return;
  const cards = Array.from(list.querySelectorAll('[data-edition]'));
  const codes = cards.map((card) => card.dataset.edition);

  const storage = {
    get() { try { return localStorage.getItem(KEY); } catch { return null; } },
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

  function show() {
    const saved = codes.includes(storage.get()) ? storage.get() : null;
    const pick = saved || preferred();
    for (const card of cards) {
      const code = card.dataset.edition;
      const picked = code === pick;
      card.classList.toggle('picked', picked);
      card.querySelector('[data-note="suggested"]').hidden = !(picked && !saved);
      card.querySelector('[data-note="remembered"]').hidden = !(picked && saved);
      card.querySelector('[data-action="remember"]').hidden = code === saved;
      card.querySelector('[data-action="forget"]').hidden = code !== saved;
    }
    // The picked edition comes first; the others keep their order.
    const first = cards.find((card) => card.dataset.edition === pick);
    if (first && list.firstElementChild !== first) list.prepend(first);
  }

  list.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button) return;
    const card = button.closest('[data-edition]');
    if (button.dataset.action === 'remember') storage.set(card.dataset.edition);
    else storage.clear();
    show();
    // Keep keyboard focus on the card's other button, which just appeared.
    card.querySelector(`button[data-action="${button.dataset.action === 'remember' ? 'forget' : 'remember'}"]`).focus();
  });

  show();
})();
