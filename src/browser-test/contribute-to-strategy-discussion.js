// A police officer completes "Contribute to the strategy discussion" (the task "Contribute agency
// information and risk analysis" of a strategy discussion) in Tasklist, in a real browser,
// exactly as they would by hand: log in, open "My agency's tasks", find the child's case, claim the
// task, read the case's facts in the disabled fields, write the two answers and press Complete.
// Run by TasklistBrowserTest (mvn verify), which sets up the case and checks the engine afterwards;
// this script only drives the page and reports what it saw and what Tasklist sent. The steps every
// journey shares (Chromium, log-in, finding a task) are in tasklist.js.
//
//   node contribute-to-strategy-discussion.js --base-url http://localhost:PORT --user paul \
//     --password paul-demo --task-id ID --case-reference CR-1 --child-name "Amy" \
//     --information "..." --risk-analysis "..." --screenshot target/browser/contribute-form.png
//
// Prints one line "SUBMITTED <json>" (the body Tasklist posted) and one line "COMPLETED <task id>";
// exits 0 when the task is gone from the list, 1 with a "FAILED: ..." line and a screenshot otherwise.
'use strict';

const path = require('node:path');
const tasklist = require('./tasklist');

const opts = tasklist.options(['base-url', 'user', 'password', 'task-id', 'case-reference', 'child-name',
  'information', 'risk-analysis', 'screenshot']);

tasklist.runJourney(path.dirname(opts.screenshot), async (journey) => {
  await tasklist.launchChromium(journey);
  const page = await tasklist.newPage(journey, { locale: 'en-GB' });
  journey.step('browser started');

  await tasklist.login(page, opts['base-url'], opts.user, opts.password);
  journey.step('logged in');

  // "My agency's tasks" holds every task offered to the officer's group.
  await tasklist.openTask(page, { filter: "My agency's tasks", caseReference: opts['case-reference'], taskId: opts['task-id'] });
  journey.step('task found in the filter');

  await tasklist.claim(page, opts['task-id']);
  journey.step('claimed');

  // The context fields come prefilled from the case and cannot be edited.
  await tasklist.expectField(page, "Child's name", opts['child-name']);
  await tasklist.expectField(page, 'Case reference', opts['case-reference']);

  await page.getByLabel('What your agency knows about the child and family').fill(opts.information);
  await page.getByLabel("Your agency's analysis of the risk of significant harm").fill(opts['risk-analysis']);
  await page.screenshot({ path: opts.screenshot });
  journey.step('form filled');

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
  await page.locator(`.tasks-list a[href="#/?task=${opts['task-id']}"]`).waitFor({ state: 'detached' });
  journey.step('task gone from the list');
  console.log(`COMPLETED ${opts['task-id']}`);
});
