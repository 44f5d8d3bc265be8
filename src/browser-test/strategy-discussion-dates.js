// England's dates in Tasklist, in a browser whose language is American English on purpose: the
// language form-js would otherwise take its date format from (month first). A social worker starts a
// strategy discussion from "Start process" with its start form, as she would by hand: the child's
// date of birth and the day the concern arose typed as DD/MM/YYYY; impossible or garbled dates typed
// first are refused with a message and the form is not sent. Then the team manager opens the
// Convene task of the same case, where the date of birth is shown read-only, and the task's due date.
// Also looked at: the service's name in place of "Camunda Tasklist", no vendor banner, the time zone.
//
// Run by TasklistDatesBrowserTest (mvn verify), with TZ=Europe/London, which checks on the server what
// was stored; this script drives the pages and reports what it saw, one line each:
//   TITLE, BRAND, BANNER, TIMEZONE, PLACEHOLDER, REFUSED (one per refused date), EMPTIED, HELD-BACK,
//   SHOWS (a date field's text before Start), SUBMITTED <json>, STARTED <process instance id>,
//   CONVENE <task id>, READ-ONLY (a date field of the Convene task), DUE (the due date's tooltip).
//
//   node strategy-discussion-dates.js --base-url http://localhost:PORT --user sarah --password sarah-demo \
//     --reader tom --reader-password tom-demo --case-reference CR-1 --child-name "Amy" \
//     --date-of-birth 03/02/2019 --concern-date 04/12/2026 --screenshots target/browser
//
// Exits 0 when the strategy discussion was started and the Convene task read, 1 with a "FAILED: ..."
// line and failure.png otherwise. Screenshots: dates-*.png in --screenshots.
'use strict';

const tasklist = require('./tasklist');

const opts = tasklist.options(['base-url', 'user', 'password', 'reader', 'reader-password', 'case-reference',
  'child-name', 'date-of-birth', 'concern-date', 'screenshots']);

/** Typed in the date of birth before the right date, each to be refused: impossible, then garbled. */
const WRONG_DATES = ['31/02/2019', '13/13/2019', '2019-02-03'];
const BANNER_TEXT = 'It is time to migrate';

tasklist.runJourney(opts.screenshots, async (journey) => {
  await tasklist.launchChromium(journey);
  // Tall enough for the whole start form, so that its screenshot shows both dates.
  const page = await tasklist.newPage(journey, { locale: 'en-US', width: 1280, height: 1500 });
  journey.step('browser started (en-US)');

  await tasklist.login(page, opts['base-url'], opts.user, opts.password);
  const brand = page.locator('.navbar-brand .brand-name');
  await brand.waitFor();
  // Tasklist has finished loading when it lists the user's filters.
  await tasklist.filterNamed(page, "My agency's tasks").waitFor();
  journey.step('logged in');

  // The service's own name and look.
  console.log(`TITLE ${await page.title()}`);
  console.log(`BRAND ${(await brand.textContent()).trim()}`);
  const bannerVisible = await page.getByText(BANNER_TEXT).filter({ visible: true }).count();
  const bannerInPage = await page.locator('.ce-eol-banner').count();
  // In the page (Tasklist still renders it), but not visible: proves the style, not a missing banner.
  console.log(`BANNER in page ${bannerInPage}, visible ${bannerVisible}`);
  console.log(`TIMEZONE ${(await page.locator('#footer-timezone').textContent()).replace(/\s+/g, ' ').trim()}`);
  await page.screenshot({ path: journey.screenshot('dates-tasklist.png') });

  // Start process → Strategy discussion: its start form in Tasklist's dialog.
  await page.getByText('Start process').first().click();
  await page.getByText('Strategy discussion', { exact: true }).first().click();
  const dialog = page.locator('.modal-content');
  const dateOfBirth = dialog.getByLabel("Child's date of birth");
  await dateOfBirth.waitFor();
  console.log(`PLACEHOLDER ${await dateOfBirth.getAttribute('placeholder')}`);
  journey.step('start form open');

  // Every request that would start the process: none may leave while a date is refused.
  const submissions = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/submit-form')) submissions.push(request.url());
  });

  // The right date first, then changed to wrong ones: each is refused with a message under the
  // field, the text stays, and the good date typed before must not survive underneath.
  const problem = dialog.locator('.sg-date-problem');
  await typeDate(dateOfBirth, opts['date-of-birth']);
  for (const wrong of WRONG_DATES) {
    await typeDate(dateOfBirth, wrong);
    await problem.filter({ hasText: wrong }).waitFor();
    await waitUntil(async () => await dateOfBirth.inputValue() === wrong, `the refused text ${wrong} back in the field`);
    console.log(`REFUSED ${wrong} -> field '${await dateOfBirth.inputValue()}' | ${await problem.textContent()}`);
  }
  journey.step('wrong dates refused');

  // Emptying the field withdraws the refused date, and its message with it.
  await typeDate(dateOfBirth, '');
  console.log(`EMPTIED messages ${await problem.count()}`);
  await typeDate(dateOfBirth, WRONG_DATES[0]);
  await problem.waitFor();

  // Everything else as it should be, the date of birth still refused: Start sends nothing.
  await dialog.getByLabel('Case reference').fill(opts['case-reference']);
  await dialog.getByLabel("Child's name").fill(opts['child-name']);
  await dialog.getByLabel(/^The concern\*?$/).fill(`Bruising seen at school (${opts['case-reference']})`);
  await typeDate(dialog.getByLabel('Date the concern arose'), opts['concern-date']);
  await dialog.getByLabel('Household members').fill('Mother; stepfather');
  // Tasklist greys Start out while the form has an error (the date of birth has no value); press it
  // anyway, as an impatient hand would, and give a request the time to leave.
  const start = dialog.getByRole('button', { name: 'Start' });
  const disabled = await start.isDisabled();
  await start.click({ force: true });
  await page.waitForTimeout(1_000);
  console.log(`HELD-BACK requests ${submissions.length}, Start disabled ${disabled}, dialog open ${await dialog.isVisible()}, `
    + `message '${await problem.textContent()}'`);
  await page.screenshot({ path: journey.screenshot('dates-refused-page.png') });
  await groupOf(dialog, "Child's date of birth").screenshot({ path: journey.screenshot('dates-refused.png') });
  journey.step('Start held back');

  // The right dates, typed the English way.
  await typeDate(dateOfBirth, opts['date-of-birth']);
  await problem.waitFor({ state: 'detached' });
  for (const label of ["Child's date of birth", 'Date the concern arose']) {
    console.log(`SHOWS ${label}: ${await dialog.getByLabel(label).inputValue()}`);
  }
  await page.screenshot({ path: journey.screenshot('dates-start-form-page.png') });
  await groupOf(dialog, "Child's date of birth").screenshot({ path: journey.screenshot('dates-start-form.png') });

  const [submitted] = await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/submit-form')),
    dialog.getByRole('button', { name: 'Start' }).click(),
  ]);
  console.log(`SUBMITTED ${submitted.request().postData()}`);
  if (submitted.status() !== 200) throw new Error(`submit-form answered ${submitted.status()}: ${await submitted.text()}`);
  console.log(`STARTED ${(await submitted.json()).id}`);
  journey.step('strategy discussion started');

  // The team manager, on a computer of his own (also en-US), opens the Convene task of the case.
  const managers = await tasklist.newPage(journey, { locale: 'en-US', width: 1280, height: 1500 });
  await tasklist.login(managers, opts['base-url'], opts.reader, opts['reader-password']);
  const convene = await tasklist.openTask(managers, {
    filter: "My agency's tasks", caseReference: opts['case-reference'], taskName: 'Convene strategy discussion',
  });
  console.log(`CONVENE ${convene}`);
  await tasklist.claim(managers, convene);
  journey.step('Convene task open');

  for (const label of ["Child's date of birth", 'Date the concern arose']) {
    const field = managers.getByLabel(label, { exact: true });
    await field.waitFor();
    // The form is drawn again once the task is claimed: give the field a moment to hold its value again.
    for (let tries = 0; tries < 50 && !(await field.inputValue()); tries++) await managers.waitForTimeout(100);
    console.log(`READ-ONLY ${label}: ${await field.inputValue()}${await field.isDisabled() ? ' (disabled)' : ' (editable)'}`);
  }
  await managers.screenshot({ path: journey.screenshot('dates-read-only-page.png') });
  await groupOf(managers.locator('body'), "Child's date of birth")
    .screenshot({ path: journey.screenshot('dates-read-only.png') });

  // The due date in the task's header reads "in a day"; its tooltip is the date (config.js, 'long').
  await managers.locator('.task-details [am-time-ago="task.due"]').first().hover();
  const tooltip = managers.locator('.tooltip-inner');
  await tooltip.waitFor();
  console.log(`DUE ${(await tooltip.textContent()).trim()}`);
  journey.step('read-only dates read');
});

/**
 * Types a date as a practitioner does: into the field, character by character, and Tab out of it;
 * the picker reads what was typed when the field loses the focus.
 */
async function typeDate(field, text) {
  await field.click();
  await field.fill('');
  if (text) await field.pressSequentially(text);
  await field.press('Tab');
}

/** The form's group (fieldset) that holds a field: a screenshot small enough for the user guide. */
function groupOf(scope, label) {
  // The innermost group: groups may sit in groups, and the outer one comes first in the page.
  return scope.locator('.fjs-form-field-group').filter({ has: scope.page().getByLabel(label) }).last();
}

async function waitUntil(condition, what, timeoutMs = 5_000) {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error(`waited ${timeoutMs} ms for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
