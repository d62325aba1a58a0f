// The one file a page includes, from any path or origin: it defines <billing-portal>, which
// renders the portal in its own shadow root from the hashed files beside this one, named and
// checked by billing-portal.manifest.json. It sets no global. See the README's embedding.
const HERE = new URL('./', import.meta.url);

// By backend: a page may hold elements of both.
const loading = {};

/** Which build an element needs: the demo's, unless it names an API and does not force the
 *  demo (the app's own rule, `Config::is_demo`). */
function backendOf(element) {
  const demo = element.getAttribute('demo');
  const forced = demo !== null && demo.trim() !== 'false';
  return forced || !element.getAttribute('api-base')?.trim() ? 'demo' : 'api';
}

/** The manifest, asked for once. */
let manifest;
function readManifest() {
  manifest ??= (async () => {
    // Always asked about again, unless the page preloaded it (the portal's own page does;
    // its server says how fresh it is).
    const url = new URL('billing-portal.manifest.json', HERE);
    const preloaded = [...document.querySelectorAll('link[rel=preload]')].some((l) => l.href === url.href);
    const request = fetch(url, preloaded ? {} : { cache: 'no-cache' });
    // A page's first `Intl` formatter loads the browser's number and date data: 10–25 ms of
    // the main thread (four times as long on a slow laptop), which the app's first table
    // would otherwise wait for. Made here, it loads while the build downloads; the app's own
    // formatters, in any language, then take well under a millisecond.
    new Intl.NumberFormat().format(0);
    new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', dateStyle: 'medium' }).format(0);
    const response = await request;
    if (!response.ok) throw new Error(`billing-portal: manifest answered ${response.status}`);
    return response.json();
  })();
  manifest.catch(() => { manifest = undefined; });
  return manifest;
}

/** The app of `backend`, loaded once for every element of the page that uses it. */
function load(backend) {
  loading[backend] ??= (async () => {
    const files = await readManifest();
    const build = files[backend];
    const sheet = stylesheet(files.css);
    const js = new URL(build.js.path, HERE).href;
    // import() takes no integrity: a module preload with it puts the checked module in the
    // page's module map first (and the chunk loader the script imports), and the import()
    // below then takes that one or fails.
    await Promise.all([build.js, build.link].map((file) => new Promise((resolve, reject) => {
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
      module_or_path: fetch(new URL(build.wasm.path, HERE), { integrity: build.wasm.integrity, mode: 'cors' }),
    });
    return { app, sheet: await sheet };
  })();
  // A failed load (the network) may be tried again by the next element connected.
  loading[backend].catch(() => { loading[backend] = undefined; });
  return loading[backend];
}

/** One sheet, parsed once and shared by every element's shadow root. */
let sheet;
function stylesheet(file) {
  sheet ??= (async () => {
    const url = new URL(file.path, HERE);
    const css = await fetch(url, { integrity: file.integrity, mode: 'cors' });
    if (!css.ok) throw new Error(`billing-portal: stylesheet answered ${css.status}`);
    const parsed = new CSSStyleSheet({ baseURL: url.href });
    parsed.replaceSync(await css.text());
    return parsed;
  })();
  sheet.catch(() => { sheet = undefined; });
  return sheet;
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
      loaded = await load(backendOf(this));
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
