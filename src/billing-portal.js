// The one file a page includes, from any path or origin: it defines <billing-portal>, which
// renders the portal in its own shadow root from the hashed files beside this one, named and
// checked by billing-portal.manifest.json. It sets no global. See the README's embedding.
const HERE = new URL('./', import.meta.url);

let loading;

/** The app, loaded once for every element of the page. */
function load() {
  loading ??= (async () => {
    // Always asked about again, unless the page preloaded it (the portal's own page does;
    // its server says how fresh it is).
    const manifestUrl = new URL('billing-portal.manifest.json', HERE);
    const preloaded = [...document.querySelectorAll('link[rel=preload]')].some((l) => l.href === manifestUrl.href);
    const response = await fetch(manifestUrl, preloaded ? {} : { cache: 'no-cache' });
    if (!response.ok) throw new Error(`billing-portal: manifest answered ${response.status}`);
    const manifest = await response.json();
    const js = new URL(manifest.js.path, HERE).href;
    // import() takes no integrity: a module preload with it puts the checked module in the
    // page's module map first (and a split build's chunk loader the script imports), and the
    // import() below then takes that one or fails.
    await Promise.all(manifest.modules.map((file) => new Promise((resolve, reject) => {
      const preload = document.createElement('link');
      preload.rel = 'modulepreload';
      preload.href = new URL(file.path, HERE).href;
      preload.integrity = file.integrity;
      preload.crossOrigin = 'anonymous';
      preload.onload = resolve;
      preload.onerror = () => reject(new Error('billing-portal: the script failed to load or to match its integrity'));
      document.head.append(preload);
    })));
    const app = await import(js);
    await app.default({
      module_or_path: fetch(new URL(manifest.wasm.path, HERE), { integrity: manifest.wasm.integrity, mode: 'cors' }),
    });
    const cssUrl = new URL(manifest.css.path, HERE);
    const css = await fetch(cssUrl, { integrity: manifest.css.integrity, mode: 'cors' });
    if (!css.ok) throw new Error(`billing-portal: stylesheet answered ${css.status}`);
    // One sheet, parsed once and shared by every element's shadow root.
    const sheet = new CSSStyleSheet({ baseURL: cssUrl.href });
    sheet.replaceSync(await css.text());
    return { app, sheet };
  })();
  // A failed load (the network) may be tried again by the next element connected.
  loading.catch(() => { loading = undefined; });
  return loading;
}

class BillingPortalElement extends HTMLElement {
  // Followed in place after mounting; the others are read when the element connects.
  static observedAttributes = ['locale', 'theme'];

  #shadow = this.attachShadow({ mode: 'open' });
  #portal;
  #token;
  // Counts connections, so that an element removed while the app loads does not mount.
  #connection = 0;

  /** The bearer token: a property, out of the DOM; set again at any time (session-expired). */
  get token() { return this.#token; }
  set token(value) {
    this.#token = value == null ? undefined : String(value);
    this.#portal?.set_token(this.#token);
  }

  /** Moves the portal to `path`, relative to its base path (`/invoices`), once mounted. */
  navigate(path) {
    this.#portal?.navigate(String(path));
  }

  attributeChangedCallback(name, previous, value) {
    if (previous !== value) this.#portal?.set_attribute(name, value ?? undefined);
  }

  async connectedCallback() {
    // A token set before this script defined the element sits on the element itself,
    // hiding the property: take it over.
    if (Object.hasOwn(this, 'token')) {
      const token = this.token;
      delete this.token;
      this.token = token;
    }
    const connection = ++this.#connection;
    let loaded;
    try {
      loaded = await load();
    } catch (error) {
      this.dispatchEvent(new CustomEvent('billing-portal:load-failed', { bubbles: true, composed: true, detail: { message: String(error) } }));
      return;
    }
    if (connection !== this.#connection || !this.isConnected) return;
    this.#shadow.adoptedStyleSheets = [loaded.sheet];
    this.#portal = loaded.app.mount(this.#shadow, this, HERE.href, this.#token);
    this.dispatchEvent(new CustomEvent('billing-portal:ready', { bubbles: true, composed: true, detail: null }));
  }

  disconnectedCallback() {
    this.#connection++;
    const portal = this.#portal;
    this.#portal = undefined;
    portal?.unmount();
    portal?.free();
  }
}

if (!customElements.get('billing-portal')) customElements.define('billing-portal', BillingPortalElement);
