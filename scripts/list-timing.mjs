// The lists the benchmarks and profiles drive, and the in-page timers they measure with
// (scripts/bench-list.mjs, scripts/profile.mjs): each function marked "in the page" runs
// there, through page.addInitScript or page.evaluate, so it uses nothing from this module.

/** What is measured on each list: its page, its table, its filters and a column to sort. */
export const LISTS = {
  invoices: {
    title: 'invoice table',
    path: (n) => `/invoices?demo_invoices=${n}`,
    table: 'table.bp-table--invoices',
    filters: [{ name: 'type filter', label: 'Type', value: 'recurring' }],
    sortBy: 'Total',
  },
  items: {
    title: 'billing items table',
    path: (n) => `/billing-items?demo_items=${n}`,
    table: 'table.bp-table--items',
    filters: [
      { name: 'view switched to all', label: 'View', value: 'all' },
      { name: 'search', label: 'Description, category or device', value: 'load balancer', submit: true },
    ],
    sortBy: 'Recurring fee',
  },
};

/** Installed in the page: does `act`, then resolves with the ms until `changed()` holds,
 *  in the DOM and at the next frame. The portal renders in its element's shadow root. */
export function installTimer(table) {
  window.__portal = () => document.querySelector('billing-portal').shadowRoot;
  window.__timeChange = (act, changed) => new Promise((resolve) => {
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (!changed()) return;
      observer.disconnect();
      const dom = performance.now() - t0;
      requestAnimationFrame(() => resolve({ dom, frame: performance.now() - t0 }));
    });
    observer.observe(window.__portal(), { subtree: true, childList: true, characterData: true, attributes: true });
    act();
  });
  // Defined by billing-portal.js, which gives the element its shadow root at once.
  customElements.whenDefined('billing-portal').then(() => {
    new MutationObserver((_, observer) => {
      if (window.__portal().querySelector(`${table} tbody tr`)) {
        window.__tableShown = performance.now();
        observer.disconnect();
      }
    }).observe(window.__portal(), { subtree: true, childList: true });
  });
}

/** In the page: applies a filter as a customer would, timed until the count changes. */
export function applyFilter({ label, value, submit }) {
  const count = () => window.__portal().querySelector('.bp-main p[role="status"]')?.textContent;
  const before = count();
  const field = [...window.__portal().querySelectorAll('label')]
    .map((l) => (l.textContent.trim().startsWith(label) ? l.control : null))
    .find(Boolean);
  return window.__timeChange(() => {
    field.value = value;
    if (submit) field.form.requestSubmit();
    else field.dispatchEvent(new Event('change', { bubbles: true }));
  }, () => count() !== before);
}

/** In the page: sorts by a column, timed until another row is first. Not merely until the
 *  old first row is gone: a table that empties itself before drawing the new rows would
 *  stop the clock with nothing drawn. */
export function applySort({ table, column }) {
  const first = () => window.__portal().querySelector(`${table} tbody th`)?.textContent;
  const before = first();
  const button = [...window.__portal().querySelectorAll('th button')].find((b) => b.textContent.startsWith(column));
  return window.__timeChange(() => button.click(), () => {
    const now = first();
    return now !== undefined && now !== before;
  });
}
