// Every form of every diagram, opened in Tasklist as a practitioner opens a task, in one browser with
// one log-in: each renders (no "Form failure", no script error, every field it always shows is there
// with its label) and has no serious or critical WCAG 2.2 AA violation by axe-core. Tasklist's own
// pages around the forms (the task list, a task, the start dialog with a start form) are checked the
// same way. Run by TasklistFormsBrowserTest, which deploys a "form gallery" process with one task per
// form (start forms included), assigned to the user, and writes the manifest this script reads:
//   { "tasks": [ { "formId", "file", "taskId", "labels": [ ... ] } ], "startProcess": "<name>",
//     "startLabel": "<a label of its start form>" }
//
//   node every-form.js --base-url http://localhost:PORT --user admin --password admin-demo \
//     --manifest target/browser/form-gallery.json --screenshots target/browser
//
// Prints, one line each: FORM <form id> <fields seen>/<fields expected> (a form that rendered),
// PROBLEM <form id> <what> (one that did not, or a field missing), AXE <where> <rule> <impact>
// <element> | <help> (a serious or critical violation), PAGE <name> checked (a Tasklist page checked),
// EXCLUDED <selector> <rule> <times> (what was left out of the check, and found there), CANARY <what
// axe found in an unlabelled field slipped into a form: proof that the check can fail>, TIMING <ms per form>.
// Exits 0 when it could look at every form, whatever it found; the test judges the findings.
'use strict';

const fs = require('node:fs');
const tasklist = require('./tasklist');
const accessibility = require('./accessibility');

const opts = tasklist.options(['base-url', 'user', 'password', 'manifest', 'screenshots']);
const manifest = JSON.parse(fs.readFileSync(opts.manifest, 'utf8'));

/** About 90 forms at 1 s each, the pages around them, and a slow machine's margin. */
const LIMIT_MS = 240_000;

tasklist.runJourney(opts.screenshots, async (journey) => {
  await tasklist.launchChromium(journey);
  const page = await tasklist.newPage(journey, { locale: 'en-GB' });
  await accessibility.prepare(page);
  const scriptErrors = [];
  page.on('pageerror', (error) => scriptErrors.push(error.message));

  await tasklist.login(page, opts['base-url'], opts.user, opts.password, {
    // Tasklist's log-in page, as everyone first sees it.
    beforeLogin: async () => {
      report('log-in page', await accessibility.check(page));
      console.log('PAGE log-in checked');
    },
  });
  await tasklist.filterNamed(page, "My agency's tasks").waitFor();
  journey.step('logged in');

  // Tasklist's list of tasks, as the user lands on it.
  await page.locator('.tasks-list li.task').first().waitFor();
  report('task list', await accessibility.check(page));
  console.log('PAGE task list checked');

  const started = Date.now();
  let shown = 0;
  for (const form of manifest.tasks) {
    scriptErrors.length = 0;
    const problem = await openForm(page, form);
    if (problem) {
      console.log(`PROBLEM ${form.formId} ${problem}`);
      await page.screenshot({ path: journey.screenshot(`form-problem-${form.formId}.png`) });
      continue;
    }
    const labels = await visibleLabels(page);
    const missing = form.labels.filter((label) => !labels.includes(label));
    if (missing.length) console.log(`PROBLEM ${form.formId} fields not shown: ${missing.join('; ')}`);
    if (scriptErrors.length) console.log(`PROBLEM ${form.formId} script error: ${scriptErrors.join('; ')}`);
    console.log(`FORM ${form.formId} ${form.labels.length - missing.length}/${form.labels.length}`);
    report(form.formId, await accessibility.check(page, { include: FORM }));
    if (shown++ === 0) {
      // Tasklist's task view around the first form: header, tabs, the form's buttons.
      report('task view', await accessibility.check(page, { exclude: [FORM] }));
      console.log('PAGE task view checked');
      await page.screenshot({ path: journey.screenshot('every-form-task.png') });
      // The task's other tabs: its history (empty for a new task) and its diagram.
      for (const tab of ['History', 'Diagram']) {
        await page.locator('.task-details .nav-tabs a', { hasText: tab }).click();
        await page.locator(tab === 'History' ? '.task-details .task-card .well, .task-details .task-card .day' : '.task-details .djs-container')
          .first().waitFor();
        report(`task ${tab.toLowerCase()}`, await accessibility.check(page));
        console.log(`PAGE task ${tab.toLowerCase()} checked`);
      }
      await page.locator('.task-details .nav-tabs a', { hasText: 'Form' }).click();
      await page.locator(`${FORM} .fjs-form-field`).first().waitFor();
    }
  }
  // The check itself can fail: an unlabelled field slipped into the last form must be found.
  await page.locator(FORM).evaluate((form) => form.insertAdjacentHTML('beforeend', '<input id="sg-canary" type="text">'));
  const canary = await accessibility.check(page, { include: FORM });
  await page.locator('#sg-canary').evaluate((input) => input.remove());
  console.log(`CANARY ${canary.map((violation) => `${violation.id} ${violation.impact}`).join(', ') || 'nothing found'}`);
  console.log(`TIMING ${Math.round((Date.now() - started) / Math.max(1, manifest.tasks.length))} ms per form`);
  journey.step(`${manifest.tasks.length} forms looked at`);

  // Start process: the dialog's list of processes, then one process's start form in it.
  await page.getByText('Start process').first().click();
  const dialog = page.locator('.modal-content');
  await dialog.locator('.processes a').first().waitFor();
  // Bootstrap fades the dialog in: its colours are judged once it is fully shown, as a person reads it.
  await page.waitForFunction(() => {
    const modal = document.querySelector('.modal.in');
    return modal && getComputedStyle(modal).opacity === '1'
      && [...document.querySelectorAll('.modal-backdrop')].every((backdrop) => getComputedStyle(backdrop).opacity !== '0');
  });
  report('start dialog', await accessibility.check(page, { include: '.modal-content' }));
  // An administrator may start every process, more than a page of them: search, as anyone would.
  await dialog.getByPlaceholder('Search by process name.').fill(manifest.startProcess);
  await dialog.getByText(manifest.startProcess, { exact: true }).first().click();
  await dialog.getByLabel(manifest.startLabel).first().waitFor();
  report('start form', await accessibility.check(page, { include: '.modal-content' }));
  await page.screenshot({ path: journey.screenshot('every-form-start-dialog.png') });
  console.log('PAGE start dialog checked');
  accessibility.printExclusions();
}, { limitMs: LIMIT_MS });

/** The rendered form inside Tasklist's task view. */
const FORM = '.task-details .fjs-container';

/**
 * Opens a task by its address, as a link to it does, and waits until its form is rendered or Tasklist
 * says it failed. Returns what went wrong, or null.
 */
async function openForm(page, form) {
  await page.evaluate((taskId) => { window.location.hash = `#/?task=${taskId}`; }, form.taskId);
  // The header shows the task's name (the form id in the gallery) once Tasklist has switched task.
  const header = page.locator('.task-details .names h2');
  const failure = page.locator('.task-details .alert-danger').filter({ visible: true });
  const rendered = page.locator(`${FORM} .fjs-form-field`).first();
  try {
    await header.filter({ hasText: new RegExp(`^\\s*${form.formId}\\s*$`) }).waitFor({ timeout: 10_000 });
    await Promise.race([rendered.waitFor({ timeout: 10_000 }), failure.waitFor({ timeout: 10_000 })]);
  } catch (error) {
    return `did not render within 10 s: ${error.message.split('\n')[0]}`;
  }
  if (await failure.count()) return `Tasklist says: ${(await failure.first().textContent()).replace(/\s+/g, ' ').trim()}`;
  return null;
}

/** The labels of the form's fields that a person can see, without the required mark. */
function visibleLabels(page) {
  return page.locator(`${FORM} label`).evaluateAll((labels) => labels
    .filter((label) => label.offsetParent !== null)
    .map((label) => label.textContent.replace(/\*\s*$/, '').replace(/\s+/g, ' ').trim()));
}

function report(where, violations) {
  for (const violation of violations) {
    for (const node of violation.nodes) {
      console.log(`AXE ${where} | ${violation.id} ${violation.impact} | ${node.target.join(' ')} | ${violation.help}`);
    }
  }
}
