// Drafts that survive (scripts/server-drafts.js in Tasklist), in a real browser: a school's
// safeguarding lead writes part of her contribution to a strategy discussion and presses Save, writes
// more and then leaves the computer. Tasklist warns her before the session ends ("Stay signed in"
// works), saves what she typed since by itself and signs her out. She logs in again on another computer
// (a new browser context: no cookies, no local storage) and finds everything in the form; a colleague
// of the same school sees it too; she completes the task from there, and then signs out everywhere.
// Run by TasklistDraftsBrowserTest, which sets up the case, makes the session short and checks the
// engine; this script only drives the pages and reports what it saw.
//
//   node drafts.js --base-url http://localhost:PORT --user emma --password emma-demo \
//     --colleague grace --colleague-password grace-demo --task-id ID --case-reference CR-1 \
//     --information "..." --risk-analysis "..." --screenshot target/browser/drafts-restored.png
//
// Prints SAVED, WARNING, STAYED, SIGNED_OUT, RESTORED, COLLEAGUE, SUBMITTED, COMPLETED, EVERYWHERE and
// EVERYWHERE_OTHER lines;
// exits 0 when the task is completed, 1 with a "FAILED: ..." line and a screenshot otherwise.
'use strict';

const path = require('node:path');
const tasklist = require('./tasklist');

const opts = tasklist.options(['base-url', 'user', 'password', 'colleague', 'colleague-password', 'task-id',
  'case-reference', 'information', 'risk-analysis', 'screenshot']);
const INFORMATION = 'What your agency knows about the child and family';
const RISK = "Your agency's analysis of the risk of significant harm";
const shot = (name) => path.join(path.dirname(opts.screenshot), name);

/** A "computer" of its own (cookies, local storage), logged in, with the task open. */
async function openOnAnotherComputer(journey, user, password) {
  const page = await tasklist.newPage(journey, { locale: 'en-GB' });
  await tasklist.login(page, opts['base-url'], user, password);
  return page;
}

async function openTheTask(page) {
  await tasklist.openTask(page, { filter: "My agency's tasks", caseReference: opts['case-reference'], taskId: opts['task-id'] });
  await page.getByLabel(INFORMATION).waitFor();
}

async function fields(page) {
  const information = page.getByLabel(INFORMATION);
  const risk = page.getByLabel(RISK);
  return JSON.stringify({
    information: await information.inputValue(),
    risk: await risk.inputValue(),
    editable: !(await information.isDisabled()),
  });
}

tasklist.runJourney(path.dirname(opts.screenshot), async (journey) => {
  await tasklist.launchChromium(journey);

  // 1. The first computer: part of the answer, saved with Tasklist's own Save.
  const first = await openOnAnotherComputer(journey, opts.user, opts.password);
  journey.step('logged in');
  await openTheTask(first);
  await tasklist.claim(first, opts['task-id']);
  await first.getByLabel(INFORMATION).fill(opts.information);
  await first.getByRole('button', { name: 'Save', exact: true }).click();
  const status = first.locator('.sg-draft-status', { hasText: 'Draft saved at' });
  await status.waitFor();
  console.log(`SAVED ${await status.textContent()}`);
  journey.step('saved');

  // 2. More typing, never saved by hand; then nothing.
  await first.getByLabel(RISK).fill(opts['risk-analysis']);
  const warning = first.locator('#sg-session-warning');
  await warning.waitFor({ timeout: 60_000 });
  console.log(`WARNING ${await warning.textContent()}`);
  await first.screenshot({ path: shot('drafts-warning.png') });
  await warning.getByRole('button', { name: 'Stay signed in' }).click();
  await warning.waitFor({ state: 'detached' });
  console.log('STAYED the warning went away');
  journey.step('stayed signed in');

  // 3. Left alone until the session ends: the draft is saved by itself, then the log-in page says so.
  const note = first.locator('#sg-signed-out');
  await note.waitFor({ timeout: 60_000 });
  await first.getByPlaceholder('Username').waitFor();
  console.log(`SIGNED_OUT ${await note.textContent()}`);
  await first.screenshot({ path: shot('drafts-signed-out.png') });
  journey.step('signed out');

  // 4. Another computer: the whole draft is in the form.
  const second = await openOnAnotherComputer(journey, opts.user, opts.password);
  await openTheTask(second);
  await second.locator('.sg-draft-status', { hasText: 'Draft restored' }).waitFor();
  console.log(`RESTORED ${await fields(second)}`);
  console.log(`RESTORED_STATUS ${await second.locator('.sg-draft-status').textContent()}`);
  await second.locator('.sg-draft-status').scrollIntoViewIfNeeded();
  await second.screenshot({ path: opts.screenshot });
  journey.step('restored on another computer');

  // 5. A colleague of the same agency sees it too (only the assignee may change it: the server says so).
  const colleague = await openOnAnotherComputer(journey, opts.colleague, opts['colleague-password']);
  await openTheTask(colleague);
  await colleague.locator('.sg-draft-status', { hasText: 'Draft restored' }).waitFor();
  console.log(`COLLEAGUE ${await fields(colleague)}`);
  journey.step('seen by a colleague');

  // 6. Completed from the second computer.
  journey.page = second;
  const [submitted] = await Promise.all([
    second.waitForResponse((response) => response.url().endsWith(`/task/${opts['task-id']}/submit-form`)),
    second.getByRole('button', { name: 'Complete' }).click(),
  ]);
  console.log(`SUBMITTED ${submitted.request().postData()}`);
  if (submitted.status() !== 204) {
    throw new Error(`submit-form answered ${submitted.status()}: ${await submitted.text()}`);
  }
  await second.locator(`.tasks-list a[href="#/?task=${opts['task-id']}"]`).waitFor({ state: 'detached' });
  console.log(`COMPLETED ${opts['task-id']}`);

  // 7. Signed in on two computers, she signs out everywhere from one (the account menu): both are signed out.
  await tasklist.login(first, opts['base-url'], opts.user, opts.password);
  await second.locator('li.account > a.dropdown-toggle').click();
  await second.getByRole('link', { name: 'Sign out everywhere' }).click();
  const everywhere = second.locator('#sg-signed-out');
  await everywhere.waitFor({ timeout: 30_000 });
  await second.getByPlaceholder('Username').waitFor();
  console.log(`EVERYWHERE ${await everywhere.textContent()}`);
  await first.reload();
  await first.getByPlaceholder('Username').waitFor({ timeout: 30_000 });
  console.log('EVERYWHERE_OTHER the other computer shows the log-in page');
  journey.step('signed out everywhere');
}, { limitMs: 150_000 });
