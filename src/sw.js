// The demo's offline shell, registered by the app in demo mode only, where the page asks for
// it (src/state/offline.rs). It keeps the page, billing-portal.js and the build its manifest
// names, the icon and every language, so the demo opens without a network. Network first: online, the newest build is used and
// kept; offline, what was kept. Only the app's own routes and files are handled: an API or
// any other page under the scope passes by untouched.
const CACHE = 'billing-portal-shell';
const SCOPE = self.registration.scope;
// The files of a build, and the app's routes (relative to the scope).
const KEPT = /\.(?:js|json|wasm|css|ftl|svg)$/;
const MANIFEST = 'billing-portal.manifest.json';
const ROUTES = /^(?:|invoices|payment-methods|billing-items|payments|billing-profile|export)(?:\/[^/]*)*$/;

/** The page as served, every file it names, the build's files, and each language: all of
 *  them, or the install fails and the next visit tries again (`sw.js` itself does not change
 *  between builds, so an install that kept half would never be repeated). */
async function keepShell() {
  const cache = await caches.open(CACHE);
  const page = await fetch(SCOPE, { cache: 'no-cache' });
  if (!page.ok) throw new Error(`the page: HTTP ${page.status}`);
  const html = await page.clone().text();
  const named = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
  const manifestUrl = new URL(MANIFEST, SCOPE).href;
  const listed = await fetch(manifestUrl, { cache: 'no-cache' });
  if (!listed.ok) throw new Error(`${MANIFEST}: HTTP ${listed.status}`);
  const manifest = await listed.clone().json();
  // The demo's build (the worker is the demo's): its files are named by their content, and
  // the copy the page just loaded, in the browser's HTTP cache, is the one to keep, whatever
  // the server said about caching it; of those, the worker downloads only what the page has
  // not loaded (the views' chunks). The link module and every chunk too, or a view whose
  // chunk was never fetched online would not open offline.
  const { demo } = manifest;
  const build = [demo.js.path, demo.wasm.path, demo.link.path, manifest.css.path, ...demo.chunks];
  const own = (url) => url.startsWith(SCOPE) && KEPT.test(new URL(url).pathname);
  const hashed = new Set(build.map((path) => new URL(path, SCOPE).href));
  const others = [...named, ...(manifest.locales ?? [])].map((url) => new URL(url, SCOPE).href);
  const requests = [
    ...[...new Set(others)]
      .filter((url) => own(url) && !hashed.has(url) && url !== manifestUrl)
      .map((url) => new Request(url)),
    ...[...hashed].filter(own).map((url) => new Request(url, { cache: 'force-cache' })),
  ];
  await cache.addAll(requests);
  // Last, so that a cache of a running older worker never lists files it does not hold.
  await cache.put(SCOPE, page);
  await cache.put(manifestUrl, listed);
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepShell().then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith(SCOPE)) return;
  const page = request.mode === 'navigate';
  const path = new URL(request.url).pathname;
  const route = path.slice(new URL(SCOPE).pathname.length);
  if (page ? !ROUTES.test(route) : !KEPT.test(path)) return;
  event.respondWith(networkElseKept(event, page));
});

/** Every route of the app is the one page; a file is kept under its own URL. */
async function networkElseKept(event, page) {
  const request = event.request;
  const cache = await caches.open(CACHE);
  const key = page ? SCOPE : request.url;
  try {
    const response = await fetch(request);
    const html = (response.headers.get('content-type') ?? '').startsWith('text/html');
    if (response.ok && (!page || html)) event.waitUntil(cache.put(key, response.clone()));
    return response;
  } catch (offline) {
    const kept = await cache.match(key);
    if (kept) return kept;
    throw offline;
  }
}
