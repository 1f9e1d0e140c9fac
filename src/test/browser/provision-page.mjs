#!/usr/bin/env node
// A provision's comparison page on a phone (390 px wide, JavaScript off): the table of items from
// several lists must read as stacked, labelled cards, not as a 10-column table scrolled sideways.
// usage: node provision-page.mjs --base http://127.0.0.1:PORT --out DIR /provisions/<law>/<article>/
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';

const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const base = opt('--base')?.replace(/\/+$/, '');
const out = opt('--out');
const path = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'))[0];
if (!base || !out || !path?.startsWith('/provisions/')) {
  console.error('usage: node provision-page.mjs --base URL --out DIR /provisions/<law>/<article>/');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

let failed = 0;
const check = (name, ok, detail) => {
  console.log(`${ok ? 'PASS' : 'FAIL'} ${name}${ok ? '' : ': ' + JSON.stringify(detail)}`);
  if (!ok) failed++;
};

const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1,
    isMobile: true, hasTouch: true, javaScriptEnabled: false });
  const page = await context.newPage();
  const response = await page.goto(base + path, { waitUntil: 'load' });
  check('http', response.status() === 200, response.status());
  const m = await page.evaluate(() => {
    const root = document.documentElement;
    const tables = [...document.querySelectorAll('table.provision-items')];
    const rows = tables.flatMap((t) => [...t.tBodies[0].rows]).map((tr) => {
      const cells = [...tr.cells];
      const box = (c) => c.getBoundingClientRect();
      return {
        display: getComputedStyle(tr).display,
        cells: cells.length,
        stacked: cells.every((c, i) => i === 0 || box(c).top >= box(cells[i - 1]).bottom - 1),
        fullWidth: cells.every((c) => box(c).width >= box(tr).width * 0.8),
        labelled: cells.every((c) => getComputedStyle(c, '::before').content.includes(c.dataset.label)),
        inside: cells.every((c) => box(c).right <= root.clientWidth + 1 && box(c).left >= -1),
      };
    });
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, tables: tables.length, rows,
      headers: tables.map((t) => Math.round(t.tHead.getBoundingClientRect().width)),
      groups: [...document.querySelectorAll('#h-compare ~ h3, section h3')].map((h) => h.textContent.trim()) };
  });
  check('viewport-390', m.clientWidth === 390, m.clientWidth);
  check('no-horizontal-scroll', m.scrollWidth <= m.clientWidth + 1, { scrollWidth: m.scrollWidth });
  check('has-comparison-rows', m.tables >= 1 && m.rows.length >= 2, { tables: m.tables, rows: m.rows.length });
  check('rows-are-cards', m.rows.every((r) => r.display === 'block'), m.rows.map((r) => r.display));
  check('cells-stacked-full-width', m.rows.every((r) => r.stacked && r.fullWidth && r.cells >= 8), m.rows);
  check('cells-labelled', m.rows.every((r) => r.labelled), m.rows);
  check('cells-inside-screen', m.rows.every((r) => r.inside), m.rows);
  check('column-headers-hidden', m.headers.every((w) => w <= 1), m.headers);
  await page.screenshot({ path: join(out, 'provision-phone-nojs.png'), fullPage: true });
  console.log(`groups: ${m.groups.join(' | ')}`);
} finally {
  await browser.close();
}
console.log(failed ? `${failed} failed` : 'all passed');
process.exit(failed ? 1 : 0);
