// Debian's Chromium driven by playwright-core, and a page that records what went wrong.
import { chromium } from 'playwright-core';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'dist');

const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Playwright gives each launch a fresh, temporary profile. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: FLAGS,
  });
}

/**
 * A page in a new context (its own storage), whose console errors, page errors, failed
 * requests and HTTP errors are collected in `problems`.
 */
export async function openPage(browser, { locale = 'en-US', colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ locale, colorScheme });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('requestfailed', (req) => {
    // A request the page itself cancelled, by navigating away while it loaded, did not fail.
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${req.url()} ${req.failure()?.errorText}`);
  });
  page.on('response', (res) => { if (res.status() >= 400) problems.push(`HTTP ${res.status()}: ${res.url()}`); });
  return { page, problems };
}

/**
 * The element with focus, followed into shadow roots (the portal's elements live in its
 * `<billing-portal>` element's): `{ tag, id, className, text }`, or null.
 */
export function focusedElement(page) {
  return page.evaluate(() => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return element && { tag: element.tagName, id: element.id, className: element.className, text: element.textContent };
  });
}

/**
 * A form field's error as assistive technology gets it: `{ invalid, text }`, its
 * `aria-invalid` and the text of the element that describes it. With `said`, once that text
 * says it (an API's refusal can come after the click that asked).
 */
export async function fieldError(page, label, said) {
  const field = page.getByLabel(label, { exact: true });
  const message = page.locator(`#${await field.getAttribute('aria-describedby')}`);
  if (said !== undefined) await message.filter({ hasText: said }).waitFor();
  return { invalid: await field.getAttribute('aria-invalid'), text: await message.textContent() };
}
