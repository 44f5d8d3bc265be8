// What every Tasklist journey in a browser does the same way: start Debian's Chromium, log in, find a
// task of a child's case, claim it, read a field, and fail with a screenshot and one "FAILED: ..."
// line. Each journey is a script of its own (contribute-to-strategy-discussion.js,
// strategy-discussion-dates.js), run by its JUnit test, which sets up the case and checks the engine.
'use strict';

const path = require('node:path');
const { parseArgs } = require('node:util');
const { chromium } = require('playwright-core');

/**
 * Far longer than a journey needs (15 to 40 s on two busy cores), so that only a stuck page hits it,
 * and longer than one slow answer that clickForAnswer waits for (60 s); the JUnit side
 * (BrowserJourney) kills the script a little after it.
 */
const JOURNEY_LIMIT_MS = 120_000;

/**
 * The script's --options, all required. Exits with "FAILED: missing ..." if one is missing, so that a
 * changed test and script that disagree say so at once.
 */
function options(names) {
  const { values } = parseArgs({ options: Object.fromEntries(names.map((name) => [name, { type: 'string' }])) });
  const missing = names.filter((name) => !values[name]);
  if (missing.length) {
    console.log(`FAILED: missing ${missing.map((name) => `--${name}`).join(', ')}`);
    process.exit(1);
  }
  return values;
}

/**
 * Runs a journey: `main(journey)` drives the pages and returns when it is done. On an error, or after
 * 120 s (`limitMs` for a journey that waits on purpose, such as a session running out), prints
 * "FAILED: <why>", saves the page it was on as failure.png beside `screenshotDir`'s other
 * screenshots and exits 1. `journey.step(what)` prints one line with the time since the start:
 * where a slow or failed run spent its time.
 */
function runJourney(screenshotDir, main, { limitMs = JOURNEY_LIMIT_MS } = {}) {
  const start = Date.now();
  const journey = {
    browser: null,
    /** The page a failure screenshot shows: the one the journey is on. */
    page: null,
    step: (what) => console.log(`+${Date.now() - start} ms ${what}`),
    /** The pages' console errors and warnings, script errors and refused requests, printed on a failure. */
    browserLog: [],
    screenshot: (name) => path.join(screenshotDir, name),
  };
  let failing = false;
  async function fail(message) {
    if (failing) return;
    failing = true;
    console.log(`FAILED: ${message}`);
    // What the browser said on the way: a failure that a page's errors explain is read off the log.
    for (const line of journey.browserLog.slice(-40)) console.log(`BROWSER ${line}`);
    try {
      if (journey.page) await journey.page.screenshot({ path: journey.screenshot('failure.png'), timeout: 5_000 });
      if (journey.browser) await journey.browser.close();
    } finally {
      process.exit(1);
    }
  }
  setTimeout(() => fail(`gave up after ${limitMs / 1000} s`), limitMs).unref();
  main(journey).then(
    async () => {
      // A script error on a page that still passed is worth seeing (a check may have passed by luck).
      for (const line of journey.browserLog.filter((entry) => entry.includes('script error'))) console.log(`BROWSER ${line}`);
      if (journey.browser) await journey.browser.close();
      process.exit(0);
    },
    (error) => fail(error.message || String(error)),
  );
}

/**
 * Debian's Chromium, not a Playwright download (there is none on these machines). The flags keep it
 * from calling home: this machine's network is closed, and refused connections only slow it down.
 * The time zone is the environment's TZ, as on a practitioner's computer (the tests set Europe/London).
 */
async function launchChromium(journey) {
  journey.browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return journey.browser;
}

/**
 * A page of its own (cookies, storage) in the given browser language: each user logs in on a
 * "computer" of their own. The language is what a browser sends and what Intl defaults to. A taller
 * window puts a whole form in one screenshot.
 */
async function newPage(journey, { locale, width = 1400, height = 1000 }) {
  const context = await journey.browser.newContext({ viewport: { width, height }, locale });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const start = Date.now();
  const log = (line) => journey.browserLog.push(`+${Date.now() - start} ms ${line}`);
  page.on('console', (message) => {
    if (['error', 'warning'].includes(message.type())) log(`console ${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => log(`script error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) log(`${response.request().method()} ${response.url()} answered ${response.status()}`);
  });
  page.on('requestfailed', (request) => log(`${request.method()} ${request.url()} failed: ${request.failure()?.errorText}`));
  journey.page = page;
  return page;
}

/**
 * Logs in on Tasklist's own log-in form (or, with `app: 'cockpit'`, Cockpit's, which is the same form). Tasklist moves the focus to the username field by itself
 * once its view has rendered, which can land the password in the username field: wait for the page to
 * settle, and type again until both fields hold what was typed. `beforeLogin`, if given, runs on the
 * log-in page once it shows.
 */
async function login(page, baseUrl, user, password, { beforeLogin, app = 'tasklist' } = {}) {
  await page.goto(`${baseUrl}/camunda/app/${app}/`, { waitUntil: 'networkidle' });
  const username = page.getByPlaceholder('Username');
  const passwordField = page.getByPlaceholder('Password');
  if (beforeLogin) {
    await username.waitFor();
    await beforeLogin();
  }
  for (let attempt = 1; ; attempt++) {
    await username.fill(user);
    await passwordField.fill(password);
    if (await username.inputValue() === user && await passwordField.inputValue() === password) break;
    if (attempt === 3) throw new Error('the login form did not keep the username and password');
  }
  const answer = await clickForAnswer(page, page.getByRole('button', { name: 'Log in' }),
    (url) => url.includes(`/login/${app}`), `Log in as ${user}`);
  if (!answer.ok()) throw new Error(`login as ${user} answered ${answer.status()}`);
  // Tasklist has loaded when it lists the filters, Cockpit when its dashboard shows: a fresh browser
  // fetches and starts the whole app, which on two busy cores can take longer than a page's usual 20 s.
  if (app === 'tasklist') await page.locator('.task-filter').first().waitFor({ timeout: 60_000 });
  else await page.waitForURL(/#\/dashboard/, { timeout: 60_000 });
}

/**
 * A filter in Tasklist's list of filters, by its name. Its link also holds the filter's count once
 * Tasklist has fetched it ("My agency's tasks 12"), and the trays' badge may add another, so the name
 * alone would match only until then.
 */
function filterNamed(page, name) {
  return page.locator('.task-filter .name a').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(name)}(\\s+[\\d,]+)*\\s*$`) });
}

/**
 * Opens a task of a child's case from a filter, as a practitioner would: other cases fill every
 * filter (the whole test suite shares one database), so search by the case reference, which is the
 * business key of every process of the child. Names the task by its id, or else by its name when the
 * caller cannot know the id (the case was started in the browser). Returns the task's id.
 */
async function openTask(page, { filter, caseReference, taskId, taskName }) {
  await filterNamed(page, filter).click();
  // A page kept from an earlier journey still searches for that case: its criterion goes first.
  const earlier = page.locator('.search-container a.remove-search');
  for (let removed = 0; removed < 5 && await earlier.count(); removed++) await earlier.first().click();
  await page.getByPlaceholder('Filter Tasks').click();
  await page.getByRole('option', { name: 'Process Instance Business Key' }).click();
  await page.locator('.search-container .value-field input').fill(caseReference);
  await page.keyboard.press('Enter');
  // By name, the card must also show the case's reference: until the search comes back the list
  // still holds other cases' tasks of the same name, and the card read first would be one of them.
  const id = taskId || (await page.locator('.tasks-list li', { hasText: taskName }).filter({ hasText: caseReference })
    .locator('a[href^="#/?task="]').first().getAttribute('href')).substring('#/?task='.length);
  // The card of that id, not the locator read again: the list is redrawn as the search comes back.
  await page.locator(`.tasks-list a[href="#/?task=${id}"]`).click();
  return id;
}

/** Offered to a group, a task has nobody yet: Tasklist completes only a task its user has claimed. */
async function claim(page, taskId) {
  // exact: a claimed task's Unclaim (its 'x', named by accessible-tasklist.js) holds the word too
  const answer = await clickForAnswer(page, page.getByRole('button', { name: 'Claim', exact: true }),
    (url) => url.endsWith(`/task/${taskId}/claim`), 'Claim');
  if (!answer.ok()) throw new Error(`Claim answered ${answer.status()}: ${await answer.text()}`);
}

/**
 * Clicks `target` and returns the server's answer to the request the click sends (the first whose URL
 * `isAnswer` accepts). Tasklist re-renders a task's view once more after it opens it (the list's search
 * comes back, the form loads), and a click that lands on the old button sends nothing: when no request
 * has left the browser a few seconds after the click, and the button is still there, it is clicked
 * again. A request that left and was not answered is the server's delay, and the error says so.
 */
async function clickForAnswer(page, target, isAnswer, what, { answerWithinMs = 60_000 } = {}) {
  let sentAt = null;
  const start = Date.now();
  const watch = (request) => { if (sentAt === null && isAnswer(request.url())) sentAt = Date.now(); };
  page.on('request', watch);
  try {
    const answered = page.waitForResponse((response) => isAnswer(response.url()), { timeout: answerWithinMs });
    answered.catch(() => {});
    for (let click = 1; ; click++) {
      await target.click();
      const deadline = Date.now() + 5_000;
      while (sentAt === null && Date.now() < deadline) await page.waitForTimeout(100);
      if (sentAt !== null) break;
      if (click === 3 || !(await target.isVisible())) {
        throw new Error(`${what}: clicked ${click} times, and no request left the browser`);
      }
    }
    try {
      return await answered;
    } catch (error) {
      throw new Error(`${what}: the request left the browser ${sentAt - start} ms after the first click and the server `
        + `had not answered ${Math.round((Date.now() - sentAt) / 1000)} s later`);
    }
  } finally {
    page.off('request', watch);
  }
}

/** A field of the form holds `expected` and, unless said otherwise, cannot be edited. */
async function expectField(page, label, expected, { disabled = true } = {}) {
  const field = page.getByLabel(label, { exact: true });
  await field.waitFor();
  const [value, isDisabled] = [await field.inputValue(), await field.isDisabled()];
  if (value !== expected || isDisabled !== disabled) {
    throw new Error(`"${label}" shows '${value}'${isDisabled ? ', disabled' : ', editable'}; expected '${expected}'${disabled ? ', disabled' : ', editable'}`);
  }
}

/**
 * Fills a Camunda Form as a practitioner does, field by field, found by its label (as shown, without
 * the required mark): text is typed, a date typed as DD/MM/YYYY and left with Tab, a radio or select
 * option chosen by its label, a checklist's options ticked by their labels (an array), a checkbox set
 * to true or false, a dynamic list's rows as an array of objects, each row's answers by the labels of
 * its fields (rows are added with "Add new" as needed). `scope` is the page or the start dialog. Fails
 * naming a label no field has.
 */
async function fillForm(scope, answers) {
  const form = scope.locator('.fjs-container').first();
  await form.locator('.fjs-form-field').first().waitFor();
  for (const [label, value] of Object.entries(answers)) {
    // Read again for each answer: an answer may show fields (conditions) or rows.
    await labelFields(form);
    await fillField(scope, fieldLabelled(form, label), label, value);
  }
}

/** Marks each field with its own label: a group's fields and a radio's options have labels too. */
async function labelFields(container) {
  await container.evaluate((element) => {
    const text = (label) => label.textContent.replace(/\*\s*$/, '').replace(/\s+/g, ' ').trim();
    for (const field of element.querySelectorAll('.fjs-form-field:not(.fjs-form-field-grouplike)')) {
      const own = field.querySelector('.fjs-form-field-label');
      if (own) field.dataset.sgLabel = text(own);
    }
    // A dynamic list is group-like: its own label is the first, before its rows' fields.
    for (const list of element.querySelectorAll('.fjs-form-field-dynamiclist')) {
      const own = list.querySelector('.fjs-form-field-label');
      if (own && !own.closest('.fjs-repeat-row-container')) list.dataset.sgLabel = text(own);
    }
  });
}

/** The visible fields of `container` (the form, or one row of a dynamic list) labelled `label`. */
function fieldLabelled(container, label) {
  return container.locator(`.fjs-form-field[data-sg-label="${label.replace(/"/g, '\\"')}"]`).filter({ visible: true });
}

/** Fills one field, found by `label`, with `value` as fillForm describes. */
async function fillField(scope, field, label, value) {
  if (await field.count() !== 1) throw new Error(`the form has ${await field.count()} visible fields labelled "${label}"`);
  // A group-like field (a dynamic list) has the group-like class as well as its own kind.
  const kind = [...(await field.getAttribute('class')).matchAll(/fjs-form-field-(\w+)/g)]
    .map((match) => match[1]).find((name) => name !== 'grouplike');
  if (kind === 'dynamiclist') {
    // The list may start with empty rows (its default repetitions): fill those, then add the rest.
    const rows = field.locator('.fjs-repeat-row-container');
    for (const [index, answers] of value.entries()) {
      if (await rows.count() <= index) {
        await field.locator('.fjs-repeat-render-add').last().click();
        await rows.nth(index).waitFor();
      }
      const row = rows.nth(index);
      await labelFields(row);
      for (const [rowLabel, rowValue] of Object.entries(answers)) {
        await fillField(scope, fieldLabelled(row, rowLabel), `${label} ${index + 1}: ${rowLabel}`, rowValue);
      }
    }
  } else if (kind === 'datetime') {
    const input = field.locator('input.fjs-input');
    await input.click();
    await input.fill('');
    await input.pressSequentially(value);
    await input.press('Tab');
  } else if (kind === 'radio') {
    await field.getByLabel(value, { exact: true }).check();
  } else if (kind === 'checklist') {
    for (const option of value) await field.getByLabel(option, { exact: true }).check();
  } else if (kind === 'checkbox') {
    await field.locator('input[type="checkbox"]').setChecked(value);
  } else if (kind === 'select') {
    // The list opens on a click; a click that only took the focus from a date's picker opens nothing.
    const list = field.locator('.fjs-dropdownlist');
    for (let clicks = 0; clicks < 3 && !(await list.isVisible()); clicks++) {
      await field.locator('.fjs-input-group').click();
      await list.waitFor({ timeout: 1_000 }).catch(() => {});
    }
    // A long list shows its first options and adds more as it is scrolled.
    const option = field.locator('.fjs-dropdownlist-item').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(value)}\\s*$`) });
    for (let scrolls = 0; scrolls < 10 && !(await option.count()); scrolls++) {
      await list.evaluate((element) => { element.scrollTop = element.scrollHeight; });
      await page(scope).waitForTimeout(100);
    }
    await option.click();
  } else {
    await field.locator('input, textarea').first().fill(String(value));
  }
}

/** The page a locator or page belongs to. */
function page(scope) {
  return typeof scope.page === 'function' ? scope.page() : scope;
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Presses Complete on an open task and waits for the engine's answer; fails with the engine's message
 * (a gate's refusal names the rule and the field) when it refused.
 */
async function complete(page, taskId) {
  const sent = page.waitForResponse((response) => response.url().endsWith(`/task/${taskId}/submit-form`), { timeout: 60_000 });
  // Whichever of the two loses the race times out later: that must not end the script by itself.
  sent.catch(() => {});
  await page.getByRole('button', { name: 'Complete' }).click();
  // The form's own checks may keep it from being sent: say which fields, rather than wait in vain.
  const refused = page.locator('.task-details .fjs-form-field-error').filter({ visible: true });
  const answer = await Promise.race([sent, refused.first().waitFor().then(() => null, () => sent)]);
  if (!answer) {
    const fields = await refused.evaluateAll((errors) => errors.map((error) => {
      const label = error.closest('.fjs-form-field')?.querySelector('.fjs-form-field-label')?.textContent || '?';
      return `${label.trim()}: ${error.textContent.trim()}`;
    }));
    throw new Error(`the form was not sent, it shows errors: ${fields.join(' | ')}`);
  }
  if (answer.status() !== 204) throw new Error(`Complete answered ${answer.status()}: ${await answer.text()}`);
}

/**
 * Start process → the process by its name → its start form filled with `answers` → Start. Returns
 * the started process instance's id; fails with the engine's message when it refused. `beforeStart`,
 * if given, runs with the form filled in, before Start is pressed.
 */
async function startProcess(page, processName, answers, { beforeStart } = {}) {
  await page.getByText('Start process').first().click();
  const dialog = page.locator('.modal-content');
  await dialog.getByPlaceholder('Search by process name.').fill(processName);
  await dialog.getByText(processName, { exact: true }).first().click();
  await fillForm(dialog, answers);
  if (beforeStart) await beforeStart();
  const answer = await clickForAnswer(page, dialog.getByRole('button', { name: 'Start' }),
    (url) => url.endsWith('/submit-form'), `Start ${processName}`);
  if (answer.status() !== 200) throw new Error(`Start answered ${answer.status()}: ${await answer.text()}`);
  return (await answer.json()).id;
}

module.exports = {
  options, runJourney, launchChromium, newPage, login, filterNamed, openTask, claim, clickForAnswer, expectField, fillForm, complete, startProcess,
};
