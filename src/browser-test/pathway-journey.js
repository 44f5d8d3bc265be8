// One pathway worked in Tasklist, step by step, each step by the practitioner whose agency does it, on
// a computer of their own: a process started from its start form (Start process), or a task of the
// child's case found in "My agency's tasks" by the case reference, claimed, its form filled in (dates
// typed DD/MM/YYYY, options chosen by their labels) and completed. Run by PathwayJourneysBrowserTest,
// one run per pathway, which sets up what the system would have done before and checks the engine
// after; the journey is a JSON file:
//   { "caseReference": "CR-1", "steps": [
//       { "user": "sarah", "password": "sarah-demo", "start": "Child in need plan", "answers": { "<label>": "<value>" } },
//       { "user": "tom", "password": "tom-demo", "task": "<task name>", "answers": { ... } } ] }
//
//   node pathway-journey.js --base-url http://localhost:PORT --journey target/browser/x.json \
//     --screenshot target/browser/journey-x.png
//
// Prints STARTED <process instance id> for a start and COMPLETED <task id> <task name> for a task, in
// the order of the steps; the screenshot is the first step's form filled in, before it is sent.
// Exits 1 with "FAILED: ..." (the engine's message when it refused) at the first step that fails.
//
// With --journey - the script serves one journey after another in the same Chromium, each user's page
// kept logged in from one journey to the next (a test class's journeys: the log-ins are the slow part
// on two cores). Each line on stdin is {"journey": "<file>", "screenshot": "<file>"}; the script
// prints the journey's lines and then JOURNEY-END, and ends when stdin closes. A failure ends it as
// above; the test starts a new one for the next journey.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const tasklist = require('./tasklist');

const opts = tasklist.options(['base-url', 'journey', 'screenshot']);
const serving = opts.journey === '-';
/** Serving, the script lives as long as its test class; the test still gives each journey its own limit. */
const SERVING_LIMIT_MS = 30 * 60_000;

tasklist.runJourney(path.dirname(opts.screenshot), async (journey) => {
  await tasklist.launchChromium(journey);
  const pages = new Map();
  if (!serving) {
    await work(journey, pages, JSON.parse(fs.readFileSync(opts.journey, 'utf8')), opts.screenshot);
    return;
  }
  for await (const line of readline.createInterface({ input: process.stdin })) {
    if (!line.trim()) continue;
    const request = JSON.parse(line);
    await work(journey, pages, JSON.parse(fs.readFileSync(request.journey, 'utf8')), request.screenshot);
    console.log('JOURNEY-END');
  }
}, serving ? { limitMs: SERVING_LIMIT_MS } : undefined);

/** The steps of one journey, each by its user on their own page; the screenshot is the first step's form. */
async function work(journey, pages, journeyFile, screenshotPath) {
  for (const [index, step] of journeyFile.steps.entries()) {
    const page = await pageOf(journey, pages, step);
    const screenshot = index === 0 ? () => page.screenshot({ path: screenshotPath }) : async () => {};
    if (step.start) {
      const id = await tasklist.startProcess(page, step.start, step.answers, { beforeStart: screenshot });
      console.log(`STARTED ${id}`);
      journey.step(`${step.user} started ${step.start}`);
    } else {
      const taskId = await tasklist.openTask(page, {
        filter: "My agency's tasks", caseReference: journeyFile.caseReference, taskName: step.task,
      });
      await tasklist.claim(page, taskId);
      await tasklist.fillForm(page, step.answers);
      await screenshot();
      await tasklist.complete(page, taskId);
      console.log(`COMPLETED ${taskId} ${step.task}`);
      journey.step(`${step.user} completed ${step.task}`);
    }
  }
}

/** Each user on a browser of their own, logged in once. */
async function pageOf(journey, pages, step) {
  if (!pages.has(step.user)) {
    const page = await tasklist.newPage(journey, { locale: 'en-GB', width: 1280, height: 1400 });
    await tasklist.login(page, opts['base-url'], step.user, step.password);
    await tasklist.filterNamed(page, "My agency's tasks").waitFor();
    pages.set(step.user, page);
  }
  const page = pages.get(step.user);
  journey.page = page;
  return page;
}
