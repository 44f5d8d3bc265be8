// Fills the child's case page (child-case.html) from GET /api/cases/<ref>/overview. Read only.
// Someone of children's social care who holds no work for the child is answered 428 "say why": the page
// asks in a small dialog and asks again with the reason, which the server keeps with the read. A manager
// also sees who has looked at the child (GET /api/cases/<ref>/access; anyone else is refused and sees no section).
//
// The service's name comes from Tasklist's own config.js (app.vendor, app.name), so the page is named
// as Tasklist is, from one place. Every date is written DD/MM/YYYY and every time is London time,
// whatever the browser's language or clock: the formats name en-GB and Europe/London themselves.
// The request carries the Tasklist session (same site); X-Requested-With asks the server not to
// answer a missing log-in with a Basic challenge, which would open the browser's own log-in box.

import tasklistConfig from '/camunda/app/tasklist/scripts/config.js';

const LONDON = 'Europe/London';
const TASKLIST = '/camunda/app/tasklist/';

const weekdayOf = new Intl.DateTimeFormat('en-GB', { weekday: 'short', timeZone: 'UTC' });
const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: LONDON, weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
});

/** "2027-01-18" as "Mon 18/01/2027": a day the case holds has no time and no zone. */
function day(iso) {
  const [year, month, date] = iso.split('-').map(Number);
  return `${weekdayOf.format(new Date(Date.UTC(year, month - 1, date)))} ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** A moment as London reads it: { day: "Tue 19/01/2027", time: "10:00" }. */
function london(isoDateTime) {
  const parts = Object.fromEntries(londonParts.formatToParts(new Date(isoDateTime)).map((part) => [part.type, part.value]));
  return { day: `${parts.weekday} ${parts.day}/${parts.month}/${parts.year}`, time: `${parts.hour}:${parts.minute}` };
}

function element(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  Object.entries(attributes).forEach(([name, value]) => node.setAttribute(name, value));
  return node;
}

function timeElement(text, datetime) {
  return element('time', text, { datetime });
}

function row(cells, { header = false } = {}) {
  const tr = document.createElement('tr');
  cells.forEach((cell, index) => {
    const td = element(header && index === 0 ? 'th' : 'td', undefined, header && index === 0 ? { scope: 'row' } : {});
    if (cell instanceof Node) td.append(cell); else td.textContent = cell ?? '';
    tr.append(td);
  });
  return tr;
}

function fill(tableId, rows, emptyId) {
  const table = document.getElementById(tableId);
  table.querySelector('tbody').replaceChildren(...rows);
  if (emptyId) {
    table.hidden = rows.length === 0;
    document.getElementById(emptyId).hidden = rows.length > 0;
  }
}

function due(task) {
  const cell = document.createDocumentFragment();
  if (!task.due) {
    cell.append('No due date');
    return cell;
  }
  cell.append(timeElement(london(task.due).day, task.dueDay));
  if (task.overdue) cell.append(' ', element('strong', 'Overdue', { class: 'flag overdue-flag' }));
  else if (task.dueToday) cell.append(' ', element('strong', 'Due today', { class: 'flag today-flag' }));
  return cell;
}

function openWork(tasks) {
  fill('open-work', tasks.map((task) => {
    const tr = row([task.task, task.pathway, task.agency ?? 'Not offered to an agency', task.assignee ?? 'Not yet assigned', due(task)], { header: true });
    if (task.overdue) tr.classList.add('overdue');
    else if (task.dueToday) tr.classList.add('due-today');
    return tr;
  }), 'open-work-empty');
}

function nextDate(next) {
  if (!next.date) return 'Not set yet';
  const cell = document.createDocumentFragment();
  cell.append(next.kind === 'booked' ? 'Booked for ' : 'Due by ', timeElement(day(next.date), next.date));
  return cell;
}

function plans(list) {
  const container = document.getElementById('plans');
  container.replaceChildren(...list.map((plan, index) => {
    const section = element('section', undefined, { 'aria-labelledby': `plan-${index}` });
    const heading = element('h3', plan.name, { id: `plan-${index}` });
    section.append(heading);
    if (plan.since) {
      section.append(element('p', `Since ${day(plan.since).slice(4)}`, { class: 'plan-since' }));
    }
    const table = element('table', undefined, { class: 'next-dates' });
    const headRow = document.createElement('tr');
    headRow.append(element('th', 'What', { scope: 'col' }), element('th', 'When', { scope: 'col' }));
    const head = element('thead');
    head.append(headRow);
    const body = element('tbody');
    body.append(...plan.nextDates.map((next) => row([next.label, nextDate(next)], { header: true })));
    table.append(element('caption', `Next dates: ${plan.name}`), head, body);
    section.append(table);
    return section;
  }));
  document.getElementById('plans-empty').hidden = list.length > 0;
}

function breaches(list) {
  fill('breaches', list.map((breach) => {
    const what = document.createDocumentFragment();
    what.append(breach.step ?? '');
    if (breach.rule) what.append(element('span', ` (${breach.rule})`, { class: 'rule-title' }));
    const noticed = london(breach.noticedAt);
    return row([breach.ruleId, what, timeElement(day(breach.dueDay), breach.dueDay),
      timeElement(`${noticed.day} ${noticed.time}`, breach.noticedAt)], { header: true });
  }), 'breaches-empty');
}

function chronology(entries) {
  fill('chronology', entries.map((entry) => {
    const at = london(entry.at);
    return row([timeElement(`${at.day} ${at.time}`, entry.at), entry.source, entry.event]);
  }));
}

function show(overview) {
  const child = overview.child;
  document.title = `${child.name ?? child.caseReference}: child's case - ${serviceName()}`;
  document.getElementById('child-name').textContent = child.name ?? 'Name not recorded';
  document.getElementById('case-reference').textContent = child.caseReference;
  const born = document.getElementById('date-of-birth');
  born.replaceChildren(child.dateOfBirth ? timeElement(day(child.dateOfBirth).slice(4), child.dateOfBirth) : 'Not recorded');
  document.getElementById('profile').textContent = child.profileName && child.profileName !== child.profileId
    ? `${child.profileName} (${child.profileId})` : child.profileId;
  openWork(overview.openWork);
  plans(overview.plans);
  breaches(overview.breaches);
  chronology(overview.chronology);
  const asAt = london(overview.asAt);
  document.getElementById('as-at').textContent = `As at ${asAt.day} ${asAt.time}.`;
  document.getElementById('status').textContent = '';
  document.getElementById('status').hidden = true;
  document.getElementById('case').hidden = false;
}

/** Why there is nothing to show, in words a practitioner can act on. */
function refuse(message, { signIn = false, heading = 'This case cannot be shown' } = {}) {
  const status = document.getElementById('status');
  status.before(element('h1', heading));
  status.classList.add('refused');
  status.replaceChildren(message);
  if (signIn) {
    status.append(' ', element('a', 'Sign in to Tasklist', { href: TASKLIST }));
  }
  document.title = `Child's case - ${serviceName()}`;
}

function serviceName() {
  const app = (tasklistConfig && tasklistConfig.app) || {};
  return [app.vendor, app.name].filter(Boolean).join(' ') || 'Tasklist';
}

function whenRead(read) {
  const at = london(read.at);
  return timeElement(`${at.day} ${at.time}`, read.at);
}

/** Who has looked at this child, for a manager: the server refuses anyone else, and the section stays hidden. */
async function whoHasLooked(caseReference) {
  let answer;
  try {
    answer = await fetch(`/api/cases/${encodeURIComponent(caseReference)}/access?maxResults=50`, {
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
    });
  } catch (error) {
    return;
  }
  if (!answer.ok) return;
  const log = await answer.json();
  fill('access', log.reads.map((read) => row([whenRead(read), read.name === read.readBy ? read.readBy : `${read.name} (${read.readBy})`,
    read.wayLabel, read.detail ?? '', read.reason ?? ''])), 'access-empty');
  if (log.total > log.reads.length) {
    document.getElementById('access-caption').textContent = `The ${log.reads.length} latest of ${log.total} reads of the child's record, newest first`;
  }
  document.getElementById('access-section').hidden = false;
}

/** Asks why, in the dialog; resolves with the reason, or null when the practitioner cancels. */
function askForAReason(caseReference, problem) {
  const dialog = document.getElementById('reason-dialog');
  const reason = document.getElementById('reason');
  document.getElementById('reason-why').textContent = `You hold no work for this child (case ${caseReference}). `
    + 'Your reason is kept with your reading of the record, and your managers can see it.';
  const error = document.getElementById('reason-error');
  error.textContent = problem ?? '';
  error.hidden = !problem;
  return new Promise((resolve) => {
    const form = document.getElementById('reason-form');
    const cancel = document.getElementById('reason-cancel');
    function done(value) {
      form.removeEventListener('submit', submitted);
      cancel.removeEventListener('click', cancelled);
      dialog.removeEventListener('cancel', cancelled);
      dialog.close();
      resolve(value);
    }
    function submitted(event) {
      event.preventDefault();
      if (reason.value.trim()) done(reason.value.trim());
    }
    function cancelled(event) {
      event.preventDefault();
      done(null);
    }
    form.addEventListener('submit', submitted);
    cancel.addEventListener('click', cancelled);
    dialog.addEventListener('cancel', cancelled);
    dialog.showModal();
    reason.focus();
  });
}

async function readOverview(caseReference, reason) {
  const query = reason ? `?reason=${encodeURIComponent(reason)}` : '';
  return fetch(`/api/cases/${encodeURIComponent(caseReference)}/overview${query}`, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
  });
}

async function main() {
  document.getElementById('service-name').textContent = serviceName();
  document.title = `Child's case - ${serviceName()}`;
  const caseReference = new URLSearchParams(window.location.search).get('case');
  if (!caseReference) {
    refuse('No case reference was given. Open the child\'s case from a task in Tasklist.', { heading: 'No case chosen' });
    return;
  }
  let answer;
  let body;
  let reason = null;
  let problem = null;
  for (;;) {
    try {
      answer = await readOverview(caseReference, reason);
    } catch (error) {
      refuse('The case could not be loaded: the service did not answer. Try again in a moment.');
      return;
    }
    if (answer.status === 401) {
      refuse('You are not signed in, or your session has ended.', { signIn: true, heading: 'Sign in first' });
      return;
    }
    body = await answer.json().catch(() => ({}));
    const asked = answer.status === 428 && body.reasonRequired;
    if (!asked && !(answer.status === 400 && reason)) break;
    problem = asked ? null : body.message;
    document.getElementById('status').textContent = 'Waiting for your reason...';
    reason = await askForAReason(caseReference, problem);
    if (reason === null) {
      refuse('The child\'s record was not opened: you hold no work for this child, and no reason was given.',
        { heading: 'Not opened' });
      return;
    }
  }
  if (!answer.ok) {
    refuse(body.message || `The case could not be loaded (error ${answer.status}).`);
    return;
  }
  show(body);
  await whoHasLooked(caseReference);
}

main();
