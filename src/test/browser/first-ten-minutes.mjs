#!/usr/bin/env node
// What a newcomer does in the first ten minutes, in real Chromium at 390 px (phone) and 1366 px, JavaScript on and
// off: finds 信用修复 and the other services from home and from an item page, comments on a draft (Back and send
// again lands on the same receipt) and looks the comment up by its number, votes on the first page of a visit,
// opens the reviewers' start page; the credit radios and the commitment's checkbox beside their words at 390, 640
// and 1366 px; and, at 320 and 768 px, every page template without sideways scrolling, captions
// that do not wrap a character a line, tap targets of 44 px. Screenshots of each page at 390 px in --out.
// usage: node first-ten-minutes.mjs --base URL --out DIR --item PATH --draft PATH --reviewer USER:PASSWORD
//        --vote-pages P1,P2,P3,P4 PAGE...     (PAGE: one path per page template, for the width checks)
import { launchChromium } from './chromium.mjs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const PHONE = { name: 'phone', viewport: { width: 390, height: 844 }, deviceScaleFactor: 1, isMobile: true, hasTouch: true };
const DESKTOP = { name: 'desktop', viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1, isMobile: false };
const SERVICES = { '/lists/': '查询免罚清单', '/check/': '我能免罚吗', '/drafts/': '征求意见', '/credit/': '信用修复',
  '/comments/': '查询我的意见/申请' };
const LOCAL_TIME = /\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/;

const args = process.argv.slice(2);
const opts = { pages: [] };
for (let i = 0; i < args.length; i++) {
  if (args[i].startsWith('--')) opts[args[i].slice(2)] = args[++i];
  else opts.pages.push(args[i]);
}
for (const k of ['base', 'out', 'item', 'draft', 'reviewer', 'vote-pages']) {
  if (!opts[k]) { console.error(`missing --${k}; see the usage at the top of the file`); process.exit(2); }
}
mkdirSync(opts.out, { recursive: true });
const base = opts.base.replace(/\/+$/, '');
const votePages = opts['vote-pages'].split(',');
const [reviewerUser, reviewerPassword] = opts.reviewer.split(':');

let passed = 0; let failed = 0;
const check = (ok, what) => { if (ok) passed++; else failed++; console.log(`${ok ? 'PASS' : 'FAIL'} ${what}`); };
/** Runs one part of the walk; a part that breaks is a failure, and the walk goes on with the next part. */
async function part(name, fn) {
  try {
    await fn();
  } catch (e) {
    check(false, `${name} broke: ${e.message.split('\n')[0]}`);
  }
}
const slug = (p) => p.replace(/^\/+|\/+$/g, '').replace(/[^A-Za-z0-9._-]+/g, '_') || 'index';

async function go(page, path) {
  const r = await page.goto(base + path, { waitUntil: 'load' });
  return r ? r.status() : 0;
}

async function submitAndWait(page, locator) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load', timeout: 10000 }), locator.click({ timeout: 10000 })]);
}

/** Boxes of the elements matching selector that are visible and lower than 44 px. */
function smallTargets(selector) {
  const small = [];
  for (const el of document.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    const cs = getComputedStyle(el);
    if (r.width === 0 || cs.visibility === 'hidden' || el.closest('.hp, .visually-hidden, .skip-link')) continue;
    if (r.height < 43.5) small.push(`${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 12)}" ${Math.round(r.height)}px`);
  }
  return small;
}

async function services(ctx, vp, js) {
  const tag = `${vp.name} ${js ? 'js' : 'nojs'}`;
  const page = await ctx.newPage();
  await go(page, '/');
  const home = await page.evaluate((services) => {
    const block = document.querySelector('.services');
    const lists = document.getElementById('h-latest');
    const links = block ? [...block.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent,
      h: a.getBoundingClientRect().height })) : [];
    return {
      above: !!(block && lists && (block.compareDocumentPosition(lists) & Node.DOCUMENT_POSITION_FOLLOWING)),
      missing: Object.entries(services).filter(([href, label]) => !links.some((l) => l.href === href && l.text.includes(label)))
        .map(([href]) => href),
      small: links.filter((l) => l.h < 43.5).map((l) => l.href),
      navCredit: !!document.querySelector('nav[aria-label="主导航"] a[href="/credit/"]'),
    };
  }, SERVICES);
  check(home.above, `${tag} home: the services block comes before the lists`);
  check(home.missing.length === 0, `${tag} home: every service one tap away (missing: ${home.missing.join(' ') || 'none'})`);
  check(home.small.length === 0, `${tag} home: service links at least 44 px high (${home.small.join(' ') || 'all'})`);
  check(home.navCredit, `${tag} navigation links 信用修复`);
  if (vp === PHONE && !js) await page.screenshot({ path: join(opts.out, 'home-390.png'), fullPage: true });

  await go(page, opts.item);
  const credit = page.locator('main a[href="/credit/"]', { hasText: '已受到处罚？公示期满后可申请信用修复' });
  check(await credit.count() === 1, `${tag} item page: 已受到处罚？公示期满后可申请信用修复 links /credit/`);
  await submitAndWait(page, credit);
  check(new URL(page.url()).pathname === '/credit/', `${tag} the item page's credit link opens /credit/`);
  await page.close();
}

async function commentAndLookUp(ctx, vp, js, n) {
  const tag = `${vp.name} ${js ? 'js' : 'nojs'}`;
  const page = await ctx.newPage();
  await go(page, opts.draft);
  const text = `第${n}条意见：建议第三条写明“首次”的认定期间（${vp.name}，${js ? '脚本开' : '脚本关'}）。`;
  await page.fill('#body', text);
  await page.waitForTimeout(2200); // the form token's minimum age: a person takes longer than this to write
  await submitAndWait(page, page.locator('form[action$="/comments"] button[type=submit]'));
  const receipt = await page.evaluate(() => document.querySelector('main').innerText);
  const no = (receipt.match(/YJ\d{8}-[2-9A-Z]{6}/) || [''])[0];
  check(no !== '', `${tag} the receipt shows a tracking number (${no})`);
  check(LOCAL_TIME.test(receipt) && !/\d{4}-\d{2}-\d{2}T\d{2}:/.test(receipt),
    `${tag} the receipt shows the time as 年月日 时:分 (${(receipt.match(LOCAL_TIME) || ['none'])[0]})`);
  if (vp === PHONE && !js) await page.screenshot({ path: join(opts.out, 'comment-receipt-390.png'), fullPage: true });

  // Back to the form and send it again (the newcomer did): the receipt of the first comment, the same 编号.
  await page.goBack({ waitUntil: 'load' });
  if ((await page.inputValue('#body')) === '') await page.fill('#body', text); // a browser that did not keep it
  await page.waitForTimeout(2200);
  await submitAndWait(page, page.locator('form[action$="/comments"] button[type=submit]'));
  check(new URL(page.url()).pathname === `/comments/${no}`,
    `${tag} Back and send again lands on the first receipt ${no} (${page.url()})`);
  await page.goBack({ waitUntil: 'load' });
  await page.goForward({ waitUntil: 'load' });
  const forward = await page.evaluate(() => document.querySelector('main').innerText);
  check(forward.includes(no) && forward.includes(text), `${tag} Back and Forward show the receipt of ${no} again`);

  await go(page, '/drafts/');
  await page.fill('#lookup-no', no.toLowerCase());
  await submitAndWait(page, page.locator('form[action="/comments/"] button[type=submit]'));
  const found = await page.evaluate(() => document.querySelector('main').innerText);
  check(new URL(page.url()).pathname === `/comments/${no}`, `${tag} the lookup on /drafts/ finds ${no} (${page.url()})`);
  check(found.includes(text) && found.includes('待处理'), `${tag} the looked-up comment shows its text and status`);

  await go(page, '/comments/');
  await page.fill('#lookup-no', 'YJ20260101-ZZZZZZ');
  await submitAndWait(page, page.locator('main form[action="/comments/"] button[type=submit]'));
  check(await page.locator('.error-summary').count() === 1, `${tag} an unknown number gets an error summary, not a dead end`);
  if (vp === PHONE && !js) await page.screenshot({ path: join(opts.out, 'comment-lookup-390.png'), fullPage: true });
  await page.close();
}

async function firstVote(browser, vp, js, path) {
  // A fresh context: the first page of a new visit, no cookies.
  const ctx = await browser.newContext({ ...vp, javaScriptEnabled: js });
  const page = await ctx.newPage();
  await go(page, path);
  await submitAndWait(page, page.locator('.page-feedback button[value=useful]'));
  check((await page.textContent('h1')).includes('感谢'), `${vp.name} ${js ? 'js' : 'nojs'} the first vote of a visit on ${path} is thanked`);
  await ctx.close();
}

async function reviewer(ctx, vp, js) {
  const tag = `${vp.name} ${js ? 'js' : 'nojs'}`;
  const page = await ctx.newPage();
  await go(page, '/review/login');
  await page.fill('#username', reviewerUser); await page.fill('#password', reviewerPassword);
  await submitAndWait(page, page.locator('main button[type=submit]'));
  const queues = await page.evaluate(() => [...document.querySelectorAll('table.queues tbody tr')].map((tr) => tr.innerText));
  const hrefs = await page.evaluate(() => [...document.querySelectorAll('main a')].map((a) => a.getAttribute('href')));
  check(hrefs.includes('/review/credit/') && hrefs.includes('/review/feedback'),
    `${tag} the reviewers' start page links the credit and feedback queues`);
  const named = ['征求意见', '页面反馈', '信用修复', '告知承诺'].every((n) => queues.some((q) => q.startsWith(n)));
  check(named && queues.every((q) => /\d+ 件/.test(q)), `${tag} every queue shows its count: ${queues.join(' | ')}`);
  if (vp === PHONE && !js) await page.screenshot({ path: join(opts.out, 'review-home-390.png'), fullPage: true });
  await submitAndWait(page, page.locator('main a[href="/review/credit/"]').first());
  check(new URL(page.url()).pathname === '/review/credit/', `${tag} the credit queue opens from the start page`);
  await page.close();
}

/** Where each choice (radio, checkbox) of the page sits against its label's words. */
function choiceBoxes() {
  return [...document.querySelectorAll('main input[type=radio], main input[type=checkbox]')].map((input) => {
    const label = input.closest('label');
    const i = input.getBoundingClientRect();
    const l = label ? label.getBoundingClientRect() : null;
    // The words' own boxes (not the label's): a range from the first to the last visible character.
    const words = label ? [...label.childNodes].filter((n) => n.nodeType === 3 && n.textContent.trim()) : [];
    const rects = words.flatMap((n) => {
      const r = document.createRange();
      const start = n.textContent.search(/\S/);
      r.setStart(n, start); r.setEnd(n, n.textContent.trimEnd().length);
      return [...r.getClientRects()].filter((x) => x.width > 0);
    });
    const top = Math.min(...rects.map((r) => r.top)); const bottom = Math.max(...rects.map((r) => r.bottom));
    const lines = new Set(rects.map((r) => Math.round(r.top))).size;
    return { text: label ? label.innerText.trim() : '(no label)', height: l ? l.height : 0,
      inside: !!l && i.left >= l.left - 0.5 && i.right <= l.right + 0.5 && i.top >= l.top - 0.5 && i.bottom <= l.bottom + 0.5,
      // beside: the words start right of the input, not below it; one line; centred on the input's middle
      beside: rects.length > 0 && rects[0].left >= i.right && rects[0].left - i.right < 24 && rects[0].top < i.bottom,
      lines, offset: rects.length ? Math.abs((top + bottom) / 2 - (i.top + i.bottom) / 2) : 99 };
  });
}

/** The credit radios at a phone's 390 px, 640 px and a desktop's 1366 px, on the application's first step, the
 *  eligibility self-test and the commitment's checkbox: each input beside its words on one line, in a label box of at
 *  least 44 px. */
async function creditChoices(browser, width, js) {
  const tag = `${width} ${js ? 'js' : 'nojs'}`;
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, isMobile: width < 500,
    hasTouch: width < 500, javaScriptEnabled: js });
  const page = await ctx.newPage();
  await go(page, '/credit/');
  // the application starts with the record step (eligibility first)
  await submitAndWait(page, page.locator('main form[action="/credit/apply"] button'));
  check(new URL(page.url()).pathname === '/credit/apply/record', `${tag} the application opens on the record step`);
  for (const [path, count] of [['/credit/apply/record', 8], ['/credit/eligibility', 8], ['/credit/apply/commitment', 1]]) {
    if (new URL(page.url()).pathname !== path) await go(page, path);
    const boxes = await page.evaluate(choiceBoxes);
    check(boxes.length >= count, `${tag} ${path} has its choices (${boxes.length})`);
    const bad = boxes.filter((b) => !b.inside || b.height < 43.5 || !b.beside || b.lines !== 1 || b.offset > 3);
    check(bad.length === 0, `${tag} ${path}: every choice beside its words on one line, in one box of at least 44 px`
      + (bad.length ? `: ${bad.map((b) => `${b.text} ${Math.round(b.height)}px inside=${b.inside} beside=${b.beside}`
        + ` lines=${b.lines} off-centre=${b.offset.toFixed(1)}px`).join('; ')}` : ''));
    if (!js) {
      const first = page.locator('main .field', { has: page.locator('input[type=radio], input[type=checkbox]') }).first();
      await first.scrollIntoViewIfNeeded();
      await first.screenshot({ path: join(opts.out, `credit-radios${path.replace(/\//g, '-')}-${width}.png`) });
    }
  }
  await ctx.close();
}

async function elderMode(browser) {
  const ctx = await browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await ctx.newPage();
  await go(page, '/');
  const before = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  await submitAndWait(page, page.locator('a.elder-on'));
  await go(page, opts.item);
  const after = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  check(before === 16 && after >= 20, `390 nojs 长者模式 by a link, remembered on the next page (${before}px → ${after}px)`);
  await page.screenshot({ path: join(opts.out, 'elder-item-390.png'), fullPage: false });
  await submitAndWait(page, page.locator('a.elder-off'));
  check(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize)) === 16, '390 nojs 标准模式 restores the text');
  await ctx.close();
}

async function widths(browser) {
  for (const width of [320, 768]) {
    const ctx = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1, isMobile: width < 500,
      hasTouch: width < 500 });
    const page = await ctx.newPage();
    for (const path of opts.pages) {
      const status = await go(page, path);
      const m = await page.evaluate(() => {
        const root = document.documentElement;
        const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1
          && !el.closest('.table-scroll, pre, .hp, .skip-link')).map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        // A caption squeezed to a sliver (one character a line) is far narrower than the box it captions.
        const captions = [...document.querySelectorAll('caption, figcaption')].filter((c) => {
          const owner = (c.closest('table, figure') || c.parentElement).parentElement.getBoundingClientRect();
          return c.innerText.trim().length > 4 && c.getBoundingClientRect().width < Math.min(200, owner.width * 0.6);
        }).map((c) => c.innerText.trim().slice(0, 16));
        return { overflow: root.scrollWidth - root.clientWidth, wide: wide.slice(0, 3), captions };
      });
      check((status === 200 || (status === 404 && path.includes('no-such'))) && m.overflow <= 1, `${width}px ${path}: no sideways scrolling (${m.overflow}px ${m.wide.join(' ')})`);
      check(m.captions.length === 0, `${width}px ${path}: captions read across the line (${m.captions.join(' | ') || 'all'})`);
      if (width === 320) {
        const small = await page.evaluate(smallTargets, '.nav a, .services a, main button, .page-feedback button, fieldset label, .credit-hint a, .check-link a');
        check(small.length === 0, `320px ${path}: tap targets at least 44 px (${small.slice(0, 4).join('; ') || 'all'})`);
      }
    }
    await ctx.close();
  }
  // Search on a phone: the results come before the filters.
  const ctx = await browser.newContext(PHONE);
  const page = await ctx.newPage();
  await go(page, '/search?q=' + encodeURIComponent('营业执照'));
  const order = await page.evaluate(() => {
    const results = document.querySelector('.search-results'); const filters = document.querySelector('.filters');
    return { results: !!results, filters: !!filters,
      first: results && filters ? results.getBoundingClientRect().top < filters.getBoundingClientRect().top : true };
  });
  check(order.results && order.first, `390 search: results above the filters (filters shown: ${order.filters})`);
  await page.screenshot({ path: join(opts.out, 'search-390.png'), fullPage: true });
  await go(page, '/search?q=xyzzy');
  const none = await page.evaluate(() => ({ text: document.querySelector('main').innerText,
    check: !!document.querySelector('main a[href="/check/"]'), departments: !!document.querySelector('main a[href="/departments/"]') }));
  check(none.text.includes('没有找到') && none.check && none.departments,
    '390 search without results: says 没有找到 and offers the check, the lists and the departments with their phones');
  await page.screenshot({ path: join(opts.out, 'search-none-390.png'), fullPage: true });
  await ctx.close();
}

/** A question about conditions (首次, 改了还罚吗) is pointed to the check before its results; a search that finds
 *  nothing offers it too: a plain link, the same with JavaScript on and off. */
async function checkHint(browser, js) {
  const ctx = await browser.newContext({ ...PHONE, javaScriptEnabled: js });
  const page = await ctx.newPage();
  const tag = `390 ${js ? 'js' : 'nojs'}`;
  await go(page, '/search?q=' + encodeURIComponent('第一次没亮照经营 改了还罚吗'));
  const hint = await page.evaluate(() => {
    const a = document.querySelector('.check-hint a[href="/check/"]'); const results = document.querySelector('.search-results');
    const r = a ? a.getBoundingClientRect() : null;
    return { visible: !!r && r.height > 0 && r.width > 0, text: a ? a.closest('.check-hint').innerText : '',
      before: !!a && !!results && r.top < results.getBoundingClientRect().top };
  });
  check(hint.visible && hint.before && hint.text.includes('没有完全对应的事项') && hint.text.includes('我能免罚吗'),
    `${tag} search 第一次…改了还罚吗: 「我能免罚吗」 offered above the results (${JSON.stringify(hint)})`);
  await page.screenshot({ path: join(opts.out, `search-condition-390-${js ? 'js' : 'nojs'}.png`), fullPage: true });
  await submitAndWait(page, page.locator('.check-hint a[href="/check/"]'));
  check(new URL(page.url()).pathname === '/check/' && (await page.locator('h1').innerText()).includes('能免罚吗'),
    `${tag} the hint opens the check without an item`);
  await go(page, '/search?q=' + encodeURIComponent('火星移民'));
  const none = await page.evaluate(() => { const a = document.querySelector('.no-result a[href="/check/"]');
    return a ? a.closest('li').innerText : ''; });
  check(none.includes('没有完全对应的事项') && none.includes('我能免罚吗'), `${tag} search without results offers 「我能免罚吗」 (${none})`);
  await ctx.close();
}

const browser = await launchChromium();
try {
  let n = 0;
  for (const vp of [PHONE, DESKTOP]) {
    for (const js of [false, true]) {
      const ctx = await browser.newContext({ ...vp, javaScriptEnabled: js });
      const tag = `${vp.name} ${js ? 'js' : 'nojs'}`;
      n++;
      await part(`${tag} services`, () => services(ctx, vp, js));
      await part(`${tag} comment`, () => commentAndLookUp(ctx, vp, js, n));
      await part(`${tag} reviewer`, () => reviewer(ctx, vp, js));
      await ctx.close();
      await part(`${tag} vote`, () => firstVote(browser, vp, js, votePages[n - 1]));
    }
  }
  for (const width of [390, 640, 1366]) {
    for (const js of [false, true]) await part(`radios ${width} ${js ? 'js' : 'nojs'}`, () => creditChoices(browser, width, js));
  }
  await part('elder mode', () => elderMode(browser));
  await part('widths', () => widths(browser));
  await part('check hint nojs', () => checkHint(browser, false));
  await part('check hint js', () => checkHint(browser, true));
} catch (e) {
  check(false, `the walk broke: ${e.message.split('\n')[0]}`);
} finally {
  await browser.close();
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
