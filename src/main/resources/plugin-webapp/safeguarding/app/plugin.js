// Tasklist's work trays for safeguarding work (uk.safeguarding.tasklist.SafeguardingTasklistPlugin).
// Tasklist loads this ES module on every page because the plugin is registered; it has no plugin point
// of its own and works on the page Tasklist renders, so it needs nothing of Tasklist's internals:
//  - each task card gets the agency the task is offered to and its due date in working days
//    ("Due Mon 07/12/2026 · in 3 working days"), overdue and due-today cards a class of their own
//    (styled in plugin.css). The server counts the working days with England's bank holidays
//    (TaskCardsResource); this script keeps no calendar.
//  - every tray shows its count, not only the open one (Tasklist 7.24 counts only the open filter).
//  - the open tray says its own order ("Soonest due first") where Tasklist's sort control would be:
//    Tasklist adds its sorting after the filter's, so that control could not change a tray's order
//    and its "Created" would say what is not so (the filter's property trayOrder).
// The child's name and the case reference are Tasklist's own card variables (the filters' "variables").

const base = document.querySelector('base');
const TASKLIST_API = (base && base.getAttribute('tasklist-api')) || '/camunda/api/tasklist/';
const ENGINE_API = (base && base.getAttribute('engine-api')) || '/camunda/api/engine/';
const ENGINE = 'default';
const CARDS = `${TASKLIST_API}plugin/safeguarding/${ENGINE}/task-cards`;
const FILTERS = `${ENGINE_API}engine/${ENGINE}/filter?resourceType=Task&itemCount=true`;

/** Cards already answered, by task id; asked again after a minute, as "today" moves on. */
const cards = new Map();
const CARD_MILLIS = 60_000;
const COUNT_MILLIS = 30_000;
let countsAt = 0;
let counts = new Map();
let orders = new Map();
let pending = null;

function taskIdOf(card) {
  const link = card.querySelector('a[href*="?task="]');
  const match = link && /[?&]task=([^&]+)/.exec(link.getAttribute('href'));
  return match ? decodeURIComponent(match[1]) : null;
}

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

function facts(card) {
  let element = card.querySelector('.sg-card-facts');
  if (!element) {
    element = document.createElement('div');
    element.className = 'sg-card-facts';
    element.innerHTML = '<span class="sg-agency"></span><span class="sg-due"></span>';
    // Under the task's name and pathway, across the whole card (the names are one row of their own).
    const names = card.querySelector('.names');
    if (names) names.after(element);
    else card.appendChild(element);
  }
  return element;
}

function show(card, id, answer) {
  const element = facts(card);
  const agency = answer ? answer.agency : '';
  const due = answer && answer.dueText ? `${answer.dueText} · ${answer.whenText}` : 'No due date';
  if (element.dataset.task !== id || element.dataset.shown !== agency + due) {
    element.querySelector('.sg-agency').textContent = agency;
    element.querySelector('.sg-due').textContent = due;
    element.dataset.task = id;
    element.dataset.shown = agency + due;
  }
  const state = answer ? answer.state : 'none';
  card.classList.toggle('sg-overdue', state === 'overdue');
  card.classList.toggle('sg-due-today', state === 'due-today');
}

async function decorateCards() {
  const list = [...document.querySelectorAll('.tasks-list li.task')]
    .map((card) => ({ card, id: taskIdOf(card) })).filter(({ id }) => id);
  const now = Date.now();
  const missing = [...new Set(list.map(({ id }) => id)
    .filter((id) => !cards.has(id) || now - cards.get(id).at > CARD_MILLIS))];
  if (missing.length) {
    const query = missing.slice(0, 50).map((id) => `taskId=${encodeURIComponent(id)}`).join('&');
    const answers = await getJson(`${CARDS}?${query}`);
    for (const id of missing.slice(0, 50)) cards.set(id, { at: now, answer: null });
    for (const answer of answers) cards.set(answer.id, { at: now, answer });
  }
  for (const { card, id } of list) {
    if (cards.has(id)) show(card, id, cards.get(id).answer);
  }
}

async function showCounts(force) {
  const items = document.querySelectorAll('.task-filter');
  if (!items.length) return;
  if (force || Date.now() - countsAt > COUNT_MILLIS) {
    countsAt = Date.now();
    const filters = await getJson(FILTERS);
    counts = new Map(filters.map((filter) => [filter.name, filter.itemCount]));
    orders = new Map(filters.map((filter) => [filter.name, (filter.properties && filter.properties.trayOrder) || null]));
  }
  showTrayOrder();
  for (const item of items) {
    const link = item.querySelector('h4.name a');
    if (!link) continue;
    const name = nameOf(link);
    if (!counts.has(name)) continue;
    let badge = link.querySelector('.sg-filter-count');
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'sg-filter-count';
      link.appendChild(badge);
    }
    const text = `${counts.get(name)}`;
    if (badge.textContent !== text) badge.textContent = text;
    badge.setAttribute('aria-label', `${text} tasks`);
  }
}

function nameOf(link) {
  return [...link.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE)
    .map((node) => node.textContent).join('').trim();
}

/** In place of Tasklist's sort control, the open tray's own order; a filter without one keeps the control. */
function showTrayOrder() {
  const active = document.querySelector('.task-filter.active h4.name a');
  const sorting = document.querySelector('[cam-sorting-choices]');
  if (!active || !sorting) return;
  const order = orders.get(nameOf(active)) || null;
  sorting.classList.toggle('sg-fixed-order', order !== null);
  let note = sorting.parentNode.querySelector('.sg-tray-order');
  if (order === null) {
    if (note) note.remove();
    return;
  }
  if (!note) {
    note = document.createElement('span');
    note.className = 'sg-tray-order';
    sorting.after(note);
  }
  if (note.textContent !== order) note.textContent = order;
}

/** The task list changed (a filter opened, a page turned, a task claimed or completed). */
function changed() {
  if (pending) return;
  pending = setTimeout(async () => {
    pending = null;
    const listShown = document.querySelector('.tasks-list');
    try {
      await decorateCards();
      // A changed list may mean a task came or went: count again, at most every few seconds.
      await showCounts(listShown && Date.now() - countsAt > 3_000);
    } catch (error) {
      console.error('Safeguarding work trays:', error);
    }
  }, 150);
}

new MutationObserver((mutations) => {
  // Our own changes to a card or a count do not call for another round.
  const ours = mutations.every((mutation) => mutation.target.closest
    && mutation.target.closest('.sg-card-facts, .sg-filter-count, .sg-tray-order'));
  if (!ours) changed();
}).observe(document.body, { childList: true, subtree: true });
setInterval(() => showCounts(true).catch(() => {}), COUNT_MILLIS);
changed();

export default [];
