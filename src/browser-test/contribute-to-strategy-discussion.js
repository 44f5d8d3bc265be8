// A police officer completes "Contribute to the strategy discussion" (the task "Contribute agency
// information and risk analysis" of a strategy discussion) in Tasklist, in a real browser,
// exactly as they would by hand: log in, open "My agency's tasks", find the child's case, claim the
// task, read the case's facts in the disabled fields, write the two answers and press Complete.
// Run by TasklistBrowserTest (mvn verify), which sets up the case and checks the engine afterwards;
// this script only drives the page and reports what it saw and what Tasklist sent.
//
//   node contribute-to-strategy-discussion.js --base-url http://localhost:PORT --user paul \
//     --password paul-demo --task-id ID --case-reference CR-1 --child-name "Amy" \
//     --information "..." --risk-analysis "..." --screenshot target/browser/contribute-form.png
//
// Prints one line "SUBMITTED <json>" (the body Tasklist posted) and one line "COMPLETED <task id>";
// exits 0 when the task is gone from the list, 1 with a "FAILED: ..." line and a screenshot otherwise.
'use strict';

const path = require('node:path');
const { parseArgs } = require('node:util');
const { chromium } = require('playwright-core');

const text = { type: 'string' };
const { values: opts } = parseArgs({
  options: {
    'base-url': text, user: text, password: text, 'task-id': text, 'case-reference': text,
    'child-name': text, information: text, 'risk-analysis': text, screenshot: text,
  },
});
const missing = ['base-url', 'user', 'password', 'task-id', 'case-reference', 'child-name', 'information',
  'risk-analysis', 'screenshot'].filter((name) => !opts[name]);
if (missing.length) fail(`missing ${missing.map((name) => `--${name}`).join(', ')}`);

// The Java side kills us after its own timeout; this one ends the run with a message first.
setTimeout(() => fail('gave up after 60 s'), 60_000).unref();

let browser;
let page;
const start = Date.now();
// One line per step with the time since the start: where a slow or failed run spent its time.
const step = (what) => console.log(`+${Date.now() - start} ms ${what}`);

main().then(
  () => process.exit(0),
  (error) => fail(error.message || String(error)),
);

async function main() {
  // Debian's Chromium, not a Playwright download (there is none on these machines). The flags keep it
  // from calling home: this machine's network is closed, and refused connections only slow it down.
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, locale: 'en-GB' });
  page.setDefaultTimeout(20_000);
  step('browser started');

  // Log in: Tasklist's own login form. Tasklist moves the focus to the username field by itself once
  // its view has rendered, which can land the password in the username field: wait for the page to
  // settle, and type again until both fields hold what was typed.
  await page.goto(`${opts['base-url']}/camunda/app/tasklist/`, { waitUntil: 'networkidle' });
  const username = page.getByPlaceholder('Username');
  const password = page.getByPlaceholder('Password');
  for (let attempt = 1; ; attempt++) {
    await username.fill(opts.user);
    await password.fill(opts.password);
    if (await username.inputValue() === opts.user && await password.inputValue() === opts.password) break;
    if (attempt === 3) throw new Error('the login form did not keep the username and password');
    step('typing the log-in again');
  }
  const [login] = await Promise.all([
    page.waitForResponse((response) => response.url().includes('/login/tasklist')),
    page.getByRole('button', { name: 'Log in' }).click(),
  ]);
  if (!login.ok()) throw new Error(`login as ${opts.user} answered ${login.status()}`);
  step('logged in');

  // "My agency's tasks" holds every task offered to the officer's group. Other cases fill it too (the
  // whole test suite shares one database), so narrow it to this child as a practitioner would: search
  // by the case reference, which is the business key of every process of the child.
  await page.getByText("My agency's tasks").click();
  await page.getByPlaceholder('Filter Tasks').click();
  await page.getByRole('option', { name: 'Process Instance Business Key' }).click();
  await page.locator('.search-container .value-field input').fill(opts['case-reference']);
  await page.keyboard.press('Enter');
  const taskInList = page.locator(`.tasks-list a[href="#/?task=${opts['task-id']}"]`);
  await taskInList.click();
  step('task found in the filter');

  // Offered to the group, so nobody holds it yet: Tasklist completes only a task the officer has claimed.
  await Promise.all([
    page.waitForResponse((response) => response.url().endsWith(`/task/${opts['task-id']}/claim`) && response.ok()),
    page.getByRole('button', { name: 'Claim' }).click(),
  ]);
  step('claimed');

  // The context fields come prefilled from the case and cannot be edited.
  await expectField("Child's name", opts['child-name']);
  await expectField('Case reference', opts['case-reference']);

  await page.getByLabel('What your agency knows about the child and family').fill(opts.information);
  await page.getByLabel("Your agency's analysis of the risk of significant harm").fill(opts['risk-analysis']);
  await page.screenshot({ path: opts.screenshot });
  step('form filled');

  // Complete: Tasklist posts the form to submit-form. Keep what it sent, so the test can tell which
  // variables came back, and fail here with the engine's message if it refused them.
  const [submitted] = await Promise.all([
    page.waitForResponse((response) => response.url().endsWith(`/task/${opts['task-id']}/submit-form`)),
    page.getByRole('button', { name: 'Complete' }).click(),
  ]);
  console.log(`SUBMITTED ${submitted.request().postData()}`);
  if (submitted.status() !== 204) {
    throw new Error(`submit-form answered ${submitted.status()}: ${await submitted.text()}`);
  }

  // Done when Tasklist itself no longer lists the task.
  await taskInList.waitFor({ state: 'detached' });
  step('task gone from the list');
  console.log(`COMPLETED ${opts['task-id']}`);
  await browser.close();
}

async function expectField(label, expected) {
  const field = page.getByLabel(label, { exact: true });
  await field.waitFor();
  const [value, disabled] = [await field.inputValue(), await field.isDisabled()];
  if (value !== expected || !disabled) {
    throw new Error(`"${label}" shows '${value}'${disabled ? '' : ' and can be edited'}; expected '${expected}', disabled`);
  }
}

// Leaves a screenshot of whatever was on the page beside the one asked for, then exits 1.
async function fail(message) {
  console.log(`FAILED: ${message}`);
  try {
    if (page && opts.screenshot) {
      await page.screenshot({ path: path.join(path.dirname(opts.screenshot), 'failure.png'), timeout: 5_000 });
    }
    if (browser) await browser.close();
  } finally {
    process.exit(1);
  }
}
