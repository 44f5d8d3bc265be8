// What every Tasklist journey in a browser does the same way: start Debian's Chromium, log in, find a
// task of a child's case, claim it, read a field, and fail with a screenshot and one "FAILED: ..."
// line. Each journey is a script of its own (contribute-to-strategy-discussion.js,
// strategy-discussion-dates.js), run by its JUnit test, which sets up the case and checks the engine.
'use strict';

const path = require('node:path');
const { parseArgs } = require('node:util');
const { chromium } = require('playwright-core');

/**
 * Far longer than a journey needs (15 to 40 s on two busy cores), so that only a stuck page hits it;
 * the JUnit side (BrowserJourney) kills the script a little after it.
 */
const JOURNEY_LIMIT_MS = 90_000;

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
 * 90 s (or `limitMs`, for a journey through many forms), prints "FAILED: <why>", saves the page it
 * was on as failure.png beside `screenshotDir`'s other screenshots and exits 1. `journey.step(what)`
 * prints one line with the time since the start: where a slow or failed run spent its time.
 */
function runJourney(screenshotDir, main, { limitMs = JOURNEY_LIMIT_MS } = {}) {
  const start = Date.now();
  const journey = {
    browser: null,
    /** The page a failure screenshot shows: the one the journey is on. */
    page: null,
    step: (what) => console.log(`+${Date.now() - start} ms ${what}`),
    screenshot: (name) => path.join(screenshotDir, name),
  };
  let failing = false;
  async function fail(message) {
    if (failing) return;
    failing = true;
    console.log(`FAILED: ${message}`);
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
  journey.page = page;
  return page;
}

/**
 * Logs in on Tasklist's own log-in form. Tasklist moves the focus to the username field by itself
 * once its view has rendered, which can land the password in the username field: wait for the page to
 * settle, and type again until both fields hold what was typed. `beforeLogin`, if given, runs on the
 * log-in page once it shows.
 */
async function login(page, baseUrl, user, password, { beforeLogin } = {}) {
  await page.goto(`${baseUrl}/camunda/app/tasklist/`, { waitUntil: 'networkidle' });
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
  const [answer] = await Promise.all([
    page.waitForResponse((response) => response.url().includes('/login/tasklist')),
    page.getByRole('button', { name: 'Log in' }).click(),
  ]);
  if (!answer.ok()) throw new Error(`login as ${user} answered ${answer.status()}`);
}

/**
 * Opens a task of a child's case from a filter, as a practitioner would: other cases fill every
 * filter (the whole test suite shares one database), so search by the case reference, which is the
 * business key of every process of the child. Names the task by its id, or else by its name when the
 * caller cannot know the id (the case was started in the browser). Returns the task's id.
 */
async function openTask(page, { filter, caseReference, taskId, taskName }) {
  await page.getByText(filter, { exact: true }).click();
  await page.getByPlaceholder('Filter Tasks').click();
  await page.getByRole('option', { name: 'Process Instance Business Key' }).click();
  await page.locator('.search-container .value-field input').fill(caseReference);
  await page.keyboard.press('Enter');
  const inList = taskId
    ? page.locator(`.tasks-list a[href="#/?task=${taskId}"]`)
    : page.locator('.tasks-list li', { hasText: taskName }).locator('a[href^="#/?task="]').first();
  const href = await inList.getAttribute('href');
  await inList.click();
  return href.substring('#/?task='.length);
}

/** Offered to a group, a task has nobody yet: Tasklist completes only a task its user has claimed. */
async function claim(page, taskId) {
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith(`/task/${taskId}/claim`) && response.ok()),
    page.getByRole('button', { name: 'Claim' }).click(),
  ]);
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

module.exports = { options, runJourney, launchChromium, newPage, login, openTask, claim, expectField };
