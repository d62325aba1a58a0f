// The console's side of the portal: it listens to every event the portal sends, shows the
// portal's page in its breadcrumb and title, and keeps the portal's token fresh.
const portal = document.querySelector('billing-portal');
const crumb = document.getElementById('console-crumb');
const log = document.getElementById('console-events');

for (const name of ['ready', 'navigate', 'locale-changed', 'session-expired', 'payment-succeeded', 'load-failed']) {
  document.addEventListener(`billing-portal:${name}`, (event) => {
    log.value = `${log.value} ${name}`.trim();
    if (name === 'navigate' && event.detail?.title) {
      crumb.textContent = `Billing › ${event.detail.title}`;
      document.title = `${event.detail.title} · Nimbus Console`;
    }
  });
}

// A real console asks its identity service; this one hands out the demo token.
document.addEventListener('billing-portal:session-expired', () => {
  portal.token = 'demo-admin-token';
});
