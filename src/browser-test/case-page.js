// The child's case in one view, opened from a task as a practitioner would: the social worker logs in
// to Tasklist, opens a task of the child from "My agency's tasks" and clicks "Child's case" (the
// Tasklist plugin scripts/child-case-link.js). The case page opens in a new tab, signed in with her
// Tasklist session; it is read here as she would read it, and checked with axe-core (WCAG 2.2 AA).
// Then an agency with no work in the case opens the same page by its address and is refused.
// The browser's language is American English on purpose: the page writes England's dates whatever it is.
//
// Run by TasklistCasePageBrowserTest (mvn verify), with TZ=Europe/London, which checks the lines
// against the engine; this script prints what the pages showed, one line each:
//   LINK <href of "Child's case">, TITLE, BRAND, CHILD <h1>, FACT <term>: <value>,
//   WORK <task> | <pathway> | <agency> | <assigned to> | <due>   (one per row of the open work),
//   OVERDUE-ROWS <n>, NEXT <plan> | <what> | <when>, BREACH <rule> | <what> | <was due> | <recorded>,
//   ENTRY <when> | <from> | <what> (one per chronology row), HEADINGS <h1..h3 in order>,
//   FIRST-TAB <what the first Tab reaches>, AXE <rule> <impact> <nodes> (one per violation),
//   AXE-SERIOUS <n serious or critical>, REFUSED <the page's message to the uninvolved agency>.
//
//   node case-page.js --base-url http://localhost:PORT --user sarah --password sarah-demo \
//     --task-id ID --case-reference CR-1 --outsider vera --outsider-password vera-demo --screenshots target/browser
//
// Exits 0 when every page was read, 1 with a "FAILED: ..." line and failure.png otherwise.
// Screenshots: case-link.png (the task in Tasklist), case-page.png, case-page-refused.png in --screenshots.
'use strict';

const tasklist = require('./tasklist');
const accessibility = require('./accessibility');

const opts = tasklist.options(['base-url', 'user', 'password', 'task-id', 'case-reference', 'outsider',
  'outsider-password', 'screenshots']);

/** The rows of a table as text, cell by cell, blanks squeezed. */
async function rows(page, selector) {
  return page.locator(`${selector} tbody tr`).evaluateAll((trs) => trs.map((tr) =>
    [...tr.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim())));
}

tasklist.runJourney(opts.screenshots, async (journey) => {
  await tasklist.launchChromium(journey);
  const page = await tasklist.newPage(journey, { locale: 'en-US' });
  journey.step('browser started (en-US)');

  await tasklist.login(page, opts['base-url'], opts.user, opts.password);
  await tasklist.filterNamed(page, "My agency's tasks").waitFor();
  journey.step('logged in');
  await tasklist.openTask(page, { filter: "My agency's tasks", caseReference: opts['case-reference'], taskId: opts['task-id'] });
  const link = page.getByRole('link', { name: "Child's case" });
  await link.waitFor();
  console.log(`LINK ${await link.getAttribute('href')}`);
  await page.screenshot({ path: journey.screenshot('case-link.png') });
  journey.step('task open, "Child\'s case" offered');

  const [casePage] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  journey.page = casePage;
  await casePage.locator('#case').waitFor({ state: 'visible' });
  journey.step('case page shown');

  console.log(`TITLE ${await casePage.title()}`);
  console.log(`BRAND ${(await casePage.locator('.service-name').textContent()).trim()}`);
  console.log(`CHILD ${(await casePage.locator('h1').textContent()).trim()}`);
  for (const fact of await casePage.locator('.child-facts > div').evaluateAll((divs) =>
    divs.map((div) => `${div.querySelector('dt').textContent.trim()}: ${div.querySelector('dd').textContent.trim()}`))) {
    console.log(`FACT ${fact}`);
  }
  for (const cells of await rows(casePage, '#open-work')) console.log(`WORK ${cells.join(' | ')}`);
  console.log(`OVERDUE-ROWS ${await casePage.locator('#open-work tr.overdue').count()}`);
  for (const plan of await casePage.locator('#plans > section').all()) {
    const name = (await plan.locator('h3').textContent()).trim();
    for (const cells of await plan.locator('tbody tr').evaluateAll((trs) => trs.map((tr) =>
      [...tr.children].map((cell) => cell.textContent.replace(/\s+/g, ' ').trim())))) {
      console.log(`NEXT ${name} | ${cells.join(' | ')}`);
    }
  }
  for (const cells of await rows(casePage, '#breaches')) console.log(`BREACH ${cells.join(' | ')}`);
  for (const cells of await rows(casePage, '#chronology')) console.log(`ENTRY ${cells.join(' | ')}`);
  console.log(`HEADINGS ${(await casePage.locator('h1, h2, h3').evaluateAll((hs) =>
    hs.map((h) => `${h.tagName.toLowerCase()} ${h.textContent.trim()}`))).join(' / ')}`);
  await casePage.screenshot({ path: journey.screenshot('case-page.png'), fullPage: true });

  // Keyboard: the first Tab reaches the skip link, and it takes the focus to the case.
  await casePage.locator('body').focus();
  await casePage.keyboard.press('Tab');
  console.log(`FIRST-TAB ${await casePage.evaluate(() => document.activeElement.textContent.trim())}`);

  // axe-core in the page, against WCAG 2.0, 2.1 and 2.2 A and AA.
  await accessibility.addTo(casePage);
  const results = await casePage.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  }));
  for (const violation of results.violations) {
    console.log(`AXE ${violation.id} ${violation.impact} ${violation.nodes.length} ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
  }
  console.log(`AXE-SERIOUS ${results.violations.filter((violation) => ['serious', 'critical'].includes(violation.impact)).length}`);
  journey.step(`axe-core: ${results.violations.length} violations, ${results.passes.length} rules passed`);

  // An agency with no work in the case, at the page's address: a clear refusal, not the data.
  const outsider = await tasklist.newPage(journey, { locale: 'en-US' });
  // Signed in once Tasklist's log-in has answered (tasklist.login checks it); Tasklist's own page need not finish.
  await tasklist.login(outsider, opts['base-url'], opts.outsider, opts['outsider-password']);
  await outsider.goto(`${opts['base-url']}/child-case.html?case=${encodeURIComponent(opts['case-reference'])}`);
  const refusal = outsider.locator('#status.refused');
  await refusal.waitFor();
  console.log(`REFUSED ${(await refusal.textContent()).trim()} | case shown: ${await outsider.locator('#case').isVisible()}`);
  await outsider.screenshot({ path: journey.screenshot('case-page-refused.png') });
  journey.step('outsider refused');
});
