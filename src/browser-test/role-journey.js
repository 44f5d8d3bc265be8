// One practitioner's journey through a task of their own, the same for every role (issue 16, item 8):
// log in, read the default tray and the child's cards, open the task, claim it, give an answer the
// server's gate refuses and read the message Tasklist shows, correct it, Save (a draft on the server),
// reload the page, find the draft restored, and complete. axe-core checks the task's page on the way.
// Run by TasklistRolesBrowserTest once per role; the test sets up the cases and checks the engine.
//
//   node role-journey.js --base-url http://localhost:PORT --user paul --password paul-demo \
//     --task-id ID --case-reference CR-1 --filter "My agency's tasks" --rule ICPC-03 \
//     --answers '[{"do":"fill","label":"Your agency'"'"'s report","value":"..."}]' \
//     --bad '[{"do":"choose","label":"Has the report been shared with the family?","value":"No"}]' \
//     --good '[{"do":"fill","label":"Why it has not been shared","value":"..."}]' \
//     --draft-field "Why it has not been shared" --screenshot target/browser/roles-paul.png
//
// An answer is {"do": fill | date | choose | check, "label": the field's label, "value": text, a date as
// DD/MM/YYYY, or the label of the option to choose or tick}. --draft-field names the field whose
// restored value is printed (for a radio group, the option chosen).
//
// Prints, one line each:
//   DEFAULT <the tray Tasklist opened>        TRAY <agency> | <child> | <case> | <due>  (every card shown)
//   CASE-CARD <task> | <agency> | <child> | <due> (every card of the case the user is shown)
//   REFUSED <status> <the server's message>   MESSAGE <what Tasklist shows>
//   SAVED <draft status>  RESTORED <field value>  RESTORED-STATUS <draft status after the reload>
//   AXE <rule> <impact> <nodes> <where> (one per violation)  AXE-SERIOUS <n in the whole page>
//   AXE-FORM-SERIOUS <n in the task's form>  SUBMITTED <request body>  COMPLETED <task id>
// Exits 0 when the task is completed, 1 with "FAILED: ..." and failure.png beside the screenshot otherwise.
'use strict';

const path = require('node:path');
const tasklist = require('./tasklist');

const opts = tasklist.options(['base-url', 'user', 'password', 'task-id', 'case-reference', 'filter', 'rule',
  'answers', 'bad', 'good', 'draft-field', 'screenshot']);
const TASK = opts['task-id'];

/**
 * An input of the open task's form by its label, which ends in "*" when the answer is required; a
 * group of the form may carry the same label, so only inputs count.
 */
function input(page, label) {
  const name = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\*?$`);
  return page.getByLabel(name).and(page.locator('input, textarea, select'));
}

/** A radio group or checklist of the open task's form, by its label. */
function group(page, kind, label) {
  return page.locator(`.fjs-form-field-${kind}`).filter({ has: page.locator('.fjs-form-field-label', { hasText: label }) });
}

async function give(page, answers) {
  for (const answer of answers) {
    if (answer.do === 'fill') {
      await input(page, answer.label).fill(answer.value);
    } else if (answer.do === 'date') {
      // Typed as a practitioner does; the picker reads the text when the field loses the focus.
      const field = input(page, answer.label);
      await field.click();
      await field.fill('');
      await field.pressSequentially(answer.value);
      await field.press('Tab');
    } else if (answer.do === 'choose') {
      await group(page, 'radio', answer.label).getByLabel(answer.value, { exact: true }).check();
    } else if (answer.do === 'check') {
      await group(page, 'checklist', answer.label).getByLabel(answer.value, { exact: true }).check();
    } else {
      throw new Error(`unknown answer ${JSON.stringify(answer)}`);
    }
  }
}

/** What a field shows now: the text of an input, or the label of the option chosen in a radio group. */
async function shown(page, label) {
  const radios = group(page, 'radio', label);
  if (await radios.count()) {
    return radios.locator('label', { has: page.locator('input:checked') }).innerText();
  }
  return input(page, label).inputValue();
}

/** The cards of the open tray, once the Tasklist plugin has written each one's agency and due date. */
async function cards(page) {
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('.tasks-list li.task')];
    return all.length > 0 && all.every((card) => card.querySelector('.sg-card-facts .sg-due')
      && card.querySelector('.sg-card-facts .sg-due').textContent);
  }, null, { timeout: 20_000 });
  return page.evaluate(() => [...document.querySelectorAll('.tasks-list li.task')].map((card) => {
    const variable = (label) => {
      const row = [...card.querySelectorAll('.variable-item')].find((item) => item.querySelector('.variable-label')
        && item.querySelector('.variable-label').textContent.trim().startsWith(label));
      return row ? row.querySelector('.variable-value').textContent.trim() : '';
    };
    return {
      task: card.querySelector('h4.task a').textContent.trim(),
      href: card.querySelector('h4.task a').getAttribute('href'),
      agency: card.querySelector('.sg-agency').textContent.trim(),
      due: card.querySelector('.sg-due').textContent.trim(),
      child: variable('Child'),
      reference: variable('Case'),
    };
  }));
}

tasklist.runJourney(path.dirname(opts.screenshot), async (journey) => {
  await tasklist.launchChromium(journey);
  const page = await tasklist.newPage(journey, { locale: 'en-GB', width: 1400, height: 1300 });
  await tasklist.login(page, opts['base-url'], opts.user, opts.password);
  await page.waitForSelector('.task-filter.active h4.name a');
  console.log(`DEFAULT ${await page.locator('.task-filter.active h4.name a').evaluate((link) =>
    [...link.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE).map((node) => node.textContent).join('').trim())}`);
  for (const card of await cards(page)) {
    console.log(`TRAY ${card.agency} | ${card.child} | ${card.reference} | ${card.due}`);
  }
  journey.step(`${opts.user} logged in, default tray read`);

  // The child's case in the tray: only the user's own agency's cards of it.
  await page.locator('.task-filter h4.name a', { hasText: opts.filter }).first().click();
  await page.getByPlaceholder('Filter Tasks').click();
  await page.getByRole('option', { name: 'Process Instance Business Key' }).click();
  await page.locator('.search-container .value-field input').fill(opts['case-reference']);
  await page.keyboard.press('Enter');
  await page.waitForFunction((reference) => {
    const all = [...document.querySelectorAll('.tasks-list li.task')];
    return all.length > 0 && all.every((card) => card.textContent.includes(reference));
  }, opts['case-reference']);
  for (const card of await cards(page)) {
    console.log(`CASE-CARD ${card.task} | ${card.agency} | ${card.child} | ${card.due}`);
  }
  await page.locator(`.tasks-list a[href="#/?task=${TASK}"]`).click();
  await tasklist.claim(page, TASK);
  journey.step('task open and claimed');

  // Every answer but one right, the wrong one given: the server's gate refuses it, Tasklist says why.
  const answers = JSON.parse(opts.answers);
  await give(page, answers);
  await give(page, JSON.parse(opts.bad));
  const [refused] = await Promise.all([
    page.waitForResponse((response) => response.url().endsWith(`/task/${TASK}/submit-form`)),
    page.getByRole('button', { name: 'Complete' }).click(),
  ]);
  if (refused.ok()) throw new Error(`the wrong answer was accepted: ${refused.request().postData()}`);
  console.log(`REFUSED ${refused.status()} ${(await refused.json()).message}`);
  const message = page.locator('.alert', { hasText: opts.rule }).first();
  await message.waitFor();
  console.log(`MESSAGE ${(await message.innerText()).replace(/\s+/g, ' ').trim()}`);
  await page.screenshot({ path: opts.screenshot.replace(/\.png$/, '-refused.png') });
  journey.step('refused');
  // Read, then put away, as a practitioner would: the message lies over the form's buttons.
  await message.locator('button:visible, a:visible').first().click();
  await message.waitFor({ state: 'detached' });

  // axe-core on the task's page (WCAG 2.0 to 2.2, A and AA): the whole page, and the form alone. The
  // test asserts that neither has a serious or critical finding; every finding is printed as an AXE line.
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const tags = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } };
  const serious = (violations) => violations.filter((violation) => ['serious', 'critical'].includes(violation.impact)).length;
  // Two frames first: accessible-tasklist.js names Tasklist's redrawn controls once per frame.
  const whole = await page.evaluate(async (options) => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return window.axe.run(document, options);
  }, tags);
  for (const violation of whole.violations) {
    console.log(`AXE ${violation.id} ${violation.impact} ${violation.nodes.length} ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
  }
  console.log(`AXE-SERIOUS ${serious(whole.violations)}`);
  const inForm = await page.evaluate((options) => window.axe.run('.fjs-container', options), tags);
  console.log(`AXE-FORM-SERIOUS ${serious(inForm.violations)}`);
  journey.step('axe-core run');

  // Corrected and saved as a draft on the server; the page reloaded, the draft is back.
  await give(page, JSON.parse(opts.good));
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const saved = page.locator('.sg-draft-status', { hasText: 'Draft saved at' });
  await saved.waitFor();
  console.log(`SAVED ${await saved.textContent()}`);
  // The form asks the server for the task's draft as it opens: a failure says whether it was asked.
  const [read] = await Promise.all([
    page.waitForResponse((response) => response.url().endsWith(`/tasks/${TASK}/draft`) && response.request().method() === 'GET'),
    page.reload({ waitUntil: 'networkidle' }),
  ]);
  console.log(`DRAFT-READ ${read.status()} ${read.status() === 200 ? JSON.stringify((await read.json()).draft?.values) : ''}`);
  const restored = page.locator('.sg-draft-status', { hasText: 'Draft restored' });
  await restored.waitFor();
  console.log(`RESTORED ${await shown(page, opts['draft-field'])}`);
  console.log(`RESTORED-STATUS ${await restored.textContent()}`);
  await restored.scrollIntoViewIfNeeded();
  await page.screenshot({ path: opts.screenshot });
  journey.step('draft restored after a reload');

  const [submitted] = await Promise.all([
    page.waitForResponse((response) => response.url().endsWith(`/task/${TASK}/submit-form`)),
    page.getByRole('button', { name: 'Complete' }).click(),
  ]);
  console.log(`SUBMITTED ${submitted.request().postData()}`);
  if (submitted.status() !== 204) throw new Error(`submit-form answered ${submitted.status()}: ${await submitted.text()}`);
  await page.locator(`.tasks-list a[href="#/?task=${TASK}"]`).waitFor({ state: 'detached' });
  console.log(`COMPLETED ${TASK}`);
});
