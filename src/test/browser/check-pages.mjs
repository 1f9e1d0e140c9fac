#!/usr/bin/env node
// Loads generated pages in headless Chromium and checks what a reader would hit:
// HTTP status, script errors, sideways scrolling on a phone, WCAG 2.1 AA (axe-core)
// and basic document structure. See README.md.
import { launchChromium } from './chromium.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const AXE = join(HERE, 'node_modules/axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const VIEWPORTS = [
  { name: 'desktop', viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, isMobile: false },
  { name: 'phone', viewport: { width: 375, height: 812 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true },
];
// Debian's chromium refuses outbound connections it cannot make here unless its
// background services are off. No --user-data-dir: Playwright rejects that flag
// and gives every launch a fresh temporary profile of its own, removed on close.

function usage(msg) {
  if (msg) console.error(`error: ${msg}`);
  console.error('usage: node check-pages.mjs --base http://127.0.0.1:PORT --out DIR PATH [PATH...]');
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--base' || a === '--out') {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      opts[a.slice(2)] = argv[++i];
    } else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('-')) usage(`unknown option ${a}`);
    else opts.paths.push(a);
  }
  if (!opts.base) usage('--base is required');
  if (!opts.out) usage('--out is required');
  if (!opts.paths.length) usage('at least one PATH is required');
  try { new URL(opts.base); } catch { usage(`--base is not a URL: ${opts.base}`); }
  for (const p of opts.paths) if (!p.startsWith('/')) usage(`PATH must start with '/': ${p}`);
  // Plain concatenation keeps a sub-path in --base (new URL('/x', base) would drop it).
  opts.base = opts.base.replace(/\/+$/, '');
  return opts;
}

// "/lists/foo/" -> "lists_foo"; "/" -> "index"
const slug = (p) => p.replace(/^\/+|\/+$/g, '').replace(/[^A-Za-z0-9._-]+/g, '_') || 'index';

// Runs in the page. In mobile emulation Chrome widens window.innerWidth to the
// content width when something overflows, which would hide exactly the bug we look
// for; documentElement.clientWidth stays the layout viewport width.
function measureOverflow(expectedWidth) {
  const root = document.documentElement;
  const limit = Math.min(root.clientWidth, expectedWidth);
  const res = { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, innerWidth: window.innerWidth, limit };
  if (root.scrollWidth <= limit + 1) return res;
  // Only elements that can push the document sideways: skip fixed boxes and the
  // contents of anything that clips or scrolls its own overflow.
  let widest = null, count = 0;
  const walk = (el) => {
    const cs = getComputedStyle(el);
    if (cs.position === 'fixed' || cs.display === 'none') return;
    const r = el.getBoundingClientRect();
    if (r.right > limit + 1 || r.left < -1) {
      count++;
      if (!widest || r.width > widest.width) {
        widest = { tag: el.tagName.toLowerCase(), id: el.id || '', class: el.getAttribute('class') || '',
          width: Math.round(r.width), left: Math.round(r.left), right: Math.round(r.right) };
      }
    }
    if (cs.overflowX !== 'visible' && el !== document.body) return;
    for (const child of el.children) walk(child);
  };
  if (document.body) walk(document.body);
  return { ...res, widest, count };
}

function describeOverflow(m, vp) {
  let s = `scrollWidth ${m.scrollWidth}px > viewport ${m.limit}px`;
  if (m.clientWidth > vp.viewport.width) s += ` (layout viewport is ${m.clientWidth}px: missing <meta name="viewport" content="width=device-width">?)`;
  if (m.widest) {
    const w = m.widest;
    s += `; widest offender <${w.tag}${w.id ? ' id="' + w.id + '"' : ''}${w.class ? ' class="' + w.class + '"' : ''}>`
      + ` width ${w.width}px, x ${w.left}..${w.right} (${m.count} element(s) past the edge)`;
  }
  return s;
}

const results = [];
function record(path, vp, js, check, ok, detail = '', extra = undefined) {
  results.push({ path, viewport: vp.name, js, check, ok, detail, ...(extra ? { extra } : {}) });
  const where = `${path} [${vp.name} ${js ? 'js' : 'nojs'}]`;
  console.log(`${ok ? 'PASS' : 'FAIL'} ${where} ${check}${detail ? ': ' + detail : ''}`);
  for (const line of extra?.lines ?? []) console.log(`       ${line}`);
}

async function checkPage(ctx, opts, path, vp, js) {
  const page = await ctx.newPage();
  const errors = [];
  if (js) {
    page.on('console', (m) => { if (m.type() === 'error') errors.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  }
  try {
    let resp;
    try {
      resp = await page.goto(opts.base + path, { waitUntil: 'load', timeout: 30000 });
    } catch (e) {
      record(path, vp, js, 'http', false, e.message.split('\n')[0]);
      return;
    }
    const status = resp ? resp.status() : 0;
    record(path, vp, js, 'http', status === 200, `status ${status}`);
    if (js) record(path, vp, js, 'console', errors.length === 0,
      errors.length ? `${errors.length} error(s)` : 'no errors', errors.length ? { lines: errors } : undefined);

    const m = await page.evaluate(measureOverflow, vp.viewport.width);
    const overflowOk = m.scrollWidth <= m.limit + 1;
    record(path, vp, js, 'no-horizontal-scroll', overflowOk,
      overflowOk ? `scrollWidth ${m.scrollWidth}px` : describeOverflow(m, vp), overflowOk ? undefined : { overflow: m });

    const shot = join(opts.out, `${slug(path)}-${vp.name}-${js ? 'js' : 'nojs'}.png`);
    await page.screenshot({ path: shot, fullPage: true });

    // Structure does not depend on viewport width, so check it once per JS mode.
    if (vp.name === 'desktop') {
      const doc = await page.evaluate(() => ({
        lang: document.documentElement.getAttribute('lang'),
        h1: document.querySelectorAll('h1').length,
        title: document.title.trim(),
      }));
      record(path, vp, js, 'html-lang', doc.lang === 'zh-CN', `lang=${JSON.stringify(doc.lang)}`);
      record(path, vp, js, 'single-h1', doc.h1 === 1, `${doc.h1} <h1>`);
      record(path, vp, js, 'title', doc.title !== '', doc.title ? JSON.stringify(doc.title) : 'empty or missing');
    }

    // axe needs to execute script in the page, impossible with JS off; the nojs
    // run is covered by screenshot + overflow, accessibility by the js run.
    if (js) {
      await page.addScriptTag({ path: AXE });
      const axe = await page.evaluate((tags) =>
        window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] }), AXE_TAGS);
      const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      const minor = axe.violations.length - bad.length;
      const lines = bad.map((v) => `${v.id} (${v.impact}): ${v.help} -> ` +
        v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ') + (v.nodes.length > 3 ? ` (+${v.nodes.length - 3} more)` : '') +
        // The first node's own message carries the numbers (e.g. the contrast ratio).
        (v.nodes[0]?.any?.[0]?.message ? ` -- ${v.nodes[0].any[0].message}` : ''));
      record(path, vp, js, 'axe', bad.length === 0,
        `${bad.length} serious/critical` + (minor ? `, ${minor} minor/moderate ignored` : ''),
        bad.length ? { lines, violations: bad.map(({ id, impact, help, helpUrl, nodes }) =>
          ({ id, impact, help, helpUrl, targets: nodes.map((n) => n.target) })) } : undefined);
    }
  } finally {
    await page.close();
  }
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  mkdirSync(opts.out, { recursive: true });
  const started = Date.now();
  const browser = await launchChromium();
  const version = browser.version();
  try {
    for (const vp of VIEWPORTS) {
      for (const js of [true, false]) {
        const { name, ...ctxOpts } = vp;
        // bypassCSP so a strict Content-Security-Policy cannot block the axe script tag.
        const ctx = await browser.newContext({ ...ctxOpts, javaScriptEnabled: js, bypassCSP: true });
        try {
          for (const path of opts.paths) {
            try { await checkPage(ctx, opts, path, vp, js); }
            catch (e) { record(path, vp, js, 'run', false, e.message.split('\n')[0]); }
          }
        } finally { await ctx.close(); }
      }
    }
  } finally { await browser.close(); }

  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  writeFileSync(join(opts.out, 'report.json'), JSON.stringify({
    base: opts.base, paths: opts.paths, browser: version, axeTags: AXE_TAGS,
    durationMs: Date.now() - started, passed, failed, results,
  }, null, 2));
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

main().catch((e) => { console.error(e.stack || e); process.exit(1); });
