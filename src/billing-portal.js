// billing-portal.js: the one file a console includes, from any path or origin.
//
//   <script type="module" src="/assets/billing/billing-portal.js"></script>
//   <billing-portal base-path="/console/billing/" api-base="/api/v1"></billing-portal>
//
// It defines <billing-portal>, which renders the portal into its own shadow root. The
// hashed WebAssembly, its JavaScript and the stylesheet are found beside this file through
// billing-portal.manifest.json, and checked against the integrity the build wrote there.
// It sets no global: the element is all it adds to the page.
const HERE = new URL('./', import.meta.url);

let loading;

/** The app, loaded once for every element of the page. */
function load() {
  loading ??= (async () => {
    // Its freshness is the server's to say (a short cache, or no-cache): a page's preload of
    // it is then used rather than fetched again.
    const response = await fetch(new URL('billing-portal.manifest.json', HERE));
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

  /**
   * The bearer token from the console: a property, so that it need not sit in the DOM. Set
   * again at any time (after `billing-portal:session-expired`), the portal's requests carry
   * the new one and what failed for want of it is loaded again.
   */
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
