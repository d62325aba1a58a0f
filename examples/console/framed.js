// The console's side of the framed portal: messages from the portal's origin only, the
// frame sized to the portal's content, the breadcrumb following it, the token renewed.
// Loaded before the frame exists, so that the portal's first messages are not missed.
(() => {
  const element = (id) => document.getElementById(id);

  window.addEventListener('message', (event) => {
    const frame = element('billing-frame');
    const origin = frame?.dataset.origin;
    if (!frame || event.origin !== origin || event.source !== frame.contentWindow) return;
    const { type, detail } = event.data ?? {};
    if (typeof type !== 'string' || !type.startsWith('billing-portal:')) return;
    const name = type.slice('billing-portal:'.length);
    if (name === 'height') {
      frame.style.height = `${detail.height}px`;
      return;
    }
    const log = element('console-events');
    log.value = `${log.value} ${name}`.trim();
    if (name === 'navigate' && detail?.title) element('console-crumb').textContent = `Billing › ${detail.title}`;
    if (name === 'session-expired') {
      frame.contentWindow.postMessage({ type: 'billing-portal:set-token', token: 'demo-admin-token' }, origin);
    }
  });
})();
