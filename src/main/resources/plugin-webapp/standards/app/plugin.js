// The managers' oversight in Cockpit (uk.safeguarding.oversight.StandardsCockpitPlugin), on Cockpit's
// frontend plugin interface (Camunda 7.14 and later): an ES module whose default export lists the plugins.
//  - "Standards" in Cockpit's header (cockpit.navigation) opens #/standards (cockpit.route): for a
//    period and a standards profile, the share of deadlines met per rule, per pathway and per month, the
//    breaches, open work overdue or due within 5 working days by team and agency, the statutory deadlines
//    nearest to falling due and the children whose statutory visit is overdue. Every figure opens the
//    cases behind it, each case opens in Cockpit, and every table exports to CSV.
//  - "Child's journey" on a process instance (cockpit.processInstance.runtime.tab): every process of the
//    same child, running and finished, the child's chronology, and who has looked at the child's record.
//  - "Team tray" in Cockpit's header opens #/team-tray: each social worker of the team with their open
//    tasks, caseload, work due within 5 working days and overdue, and the team's unassigned work. A
//    worker's tasks open below; a task is given to another worker, or the whole child transferred (TR-01),
//    with a reason (oversight/TeamTrayApi, childcase/WorkReassignments).
//  - "Returns" in Cockpit's header opens the statutory returns page (/returns.html, returns/ReturnsApi).
//  - "Local timescales" in Cockpit's header opens #/local-timescales: for a chosen standards profile, every
//    rule's timescale beside national's (marked where the profile's own), the history of changes, and for a
//    service manager a change with a reason (GET /api/standards/profiles/..., PUT under Cockpit's API path,
//    oversight/LocalTimescalesApi); read-only, and saying why, for the other managers.
// Every figure is the server's (GET /api/oversight/..., oversight/OversightApi, with Cockpit's session):
// this script counts nothing itself. A move is a POST under Cockpit's own API path, with the session's
// XSRF token, as Cockpit's own requests are. Dates are shown as DD/MM/YYYY on London's calendar.

const API = '/api/oversight';
const ROUTE = '/standards';
const JOURNEY_TAB = 'child-journey';
const TRAY_ROUTE = '/team-tray';
const APP_ROOT = document.querySelector('base')?.getAttribute('app-root') || '/camunda';
const MOVES = `${APP_ROOT}/api/safeguarding/team-tray`;
const TIMESCALES_ROUTE = '/local-timescales';
const PROFILES = '/api/standards/profiles';
const PROFILE_CHANGES = `${APP_ROOT}/api/safeguarding/standards/profiles`;

const londonDate = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric' });
const londonDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hour12: false,
});
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** An element with attributes and children; text is always set as text, never as HTML. */
function el(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'onclick') element.addEventListener('click', value);
    else if (name === 'className') element.className = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** A day the server sends as YYYY-MM-DD, shown as DD/MM/YYYY. */
function day(isoDay) {
  if (!isoDay) return '';
  const [y, m, d] = isoDay.split('-');
  return `${d}/${m}/${y}`;
}

function moment(instant) {
  return instant ? londonDateTime.format(new Date(instant)).replace(',', '') : '';
}

function monthName(yearMonth) {
  const [y, m] = yearMonth.split('-');
  return `${MONTHS[Number(m) - 1]} ${y}`;
}

function percent(figure) {
  return figure.onTimePercent === null || figure.onTimePercent === undefined ? '—' : `${figure.onTimePercent.toFixed(1)}%`;
}

async function getJson(path) {
  const response = await fetch(path, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' },
  });
  let body = null;
  try { body = await response.json(); } catch (e) { body = null; }
  if (!response.ok) {
    throw new Error((body && body.message) || `The server answered ${response.status}`);
  }
  return body;
}

function query(params) {
  return Object.entries(params).filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
}

/** RFC 4180, and a leading = + - @ made text so that a spreadsheet never runs it as a formula. */
function csvField(value) {
  let text = value === null || value === undefined ? '' : String(value);
  if (text && '=+-@'.includes(text[0])) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function downloadCsv(fileName, header, rows) {
  const csv = [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  const link = el('a', { href: URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' })), download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
}

function cockpitLink(row) {
  const text = row.caseReference;
  if (!row.cockpitInstanceId) return el('span', { title: 'Every process of this child has ended' }, text);
  return el('a', { href: `#/process-instance/${encodeURIComponent(row.cockpitInstanceId)}/runtime?tab=${JOURNEY_TAB}`, className: 'sg-case' }, text);
}

/**
 * A table with a caption, a CSV button and rows; each column is [header, value of a row as text or a
 * node, value for the CSV]. An empty table says so in words.
 */
function table(id, caption, columns, rows, { csvName, emptyText, note } = {}) {
  const section = el('section', { className: 'sg-section', id });
  const heading = el('div', { className: 'sg-section-head' }, el('h3', {}, caption));
  if (csvName) {
    heading.append(el('button', {
      type: 'button', className: 'btn btn-default btn-sm sg-csv', 'data-table': id,
      onclick: () => downloadCsv(csvName, columns.map((c) => c[0]), rows.map((row) => columns.map((c) => (c[2] || c[1])(row)))),
    }, 'Export CSV'));
  }
  section.append(heading);
  if (note) section.append(el('p', { className: 'sg-note' }, note));
  if (!rows.length) {
    section.append(el('p', { className: 'sg-empty' }, emptyText || 'None.'));
    return section;
  }
  section.append(el('table', { className: 'table table-striped sg-table' },
    el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col' }, c[0])))),
    el('tbody', {}, rows.map((row) => el('tr', {}, columns.map((c, i) => el(i === 0 ? 'th' : 'td', i === 0 ? { scope: 'row' } : {}, c[1](row))))))));
  return section;
}

const CASE_COLUMNS = [
  ['Case reference', cockpitLink, (r) => r.caseReference],
  ['Child', (r) => r.childName || ''],
  ['Pathway', (r) => r.pathway || ''],
  ['Rule', (r) => r.ruleId || ''],
  ['Step', (r) => r.step || ''],
  ['Due', (r) => day(r.due), (r) => r.due],
  ['Status', (r) => r.detail || ''],
];

/** A rule's or pathway's months as small bars (the share on time; an empty month has none), each titled in words. */
function trend(months) {
  const words = months.filter((m) => m.figure.deadlines).map((m) => `${monthName(m.month)} ${percent(m.figure)}`).join(', ');
  return el('span', { className: 'sg-trend', role: 'img', 'aria-label': `On time by month: ${words || 'no deadline'}` }, months.map((m) => el('span', {
    className: m.figure.deadlines ? 'sg-trend-month' : 'sg-trend-month sg-trend-none',
    title: `${monthName(m.month)}: ${m.figure.deadlines ? `${percent(m.figure)} on time, ${m.figure.missed} of ${m.figure.deadlines} missed` : 'no deadline'}`,
  }, el('span', { className: 'sg-trend-bar', style: `height: ${m.figure.deadlines ? Math.max(2, m.figure.onTimePercent) : 0}%` }))));
}

/** The Standards page: one request for every figure, then one per figure a manager opens. */
class StandardsPage {
  constructor(node) {
    this.node = node;
    this.params = { from: '', to: '', profile: 'all' };
  }

  async show() {
    this.node.replaceChildren(el('div', { className: 'sg-standards' }, el('h2', {}, 'Standards'), el('p', { className: 'sg-loading' }, 'Counting…')));
    try {
      this.data = await getJson(`${API}/standards?${query(this.params)}`);
    } catch (error) {
      this.node.replaceChildren(el('div', { className: 'sg-standards' }, el('h2', {}, 'Standards'),
        el('p', { className: 'alert alert-danger sg-refused', role: 'alert' }, error.message)));
      return;
    }
    const { compliance } = this.data;
    this.params.from = compliance.period.from;
    this.params.to = compliance.period.to;
    this.params.profile = compliance.profile;
    this.render();
  }

  render() {
    const { compliance, openWork, nearestDeadlines, visitsOverdue } = this.data;
    const page = el('div', { className: 'sg-standards' });
    page.append(el('h2', {}, 'Standards'), this.form());
    const overdue = openWork.reduce((sum, row) => sum + row.overdue, 0);
    const children = new Set(visitsOverdue.map((row) => row.caseReference)).size;
    page.append(el('div', { className: 'sg-tiles' },
      this.tile('On time', percent(compliance.overall), `${compliance.overall.deadlines - compliance.overall.missed} of ${compliance.overall.deadlines} deadlines`, 'sg-tile-on-time'),
      this.tile('Breaches', compliance.breachCount, 'recorded in the period', 'sg-tile-breaches'),
      this.tile('Overdue work', overdue, 'open tasks past their due day', 'sg-tile-overdue'),
      this.tile('Visits overdue', children, 'children without a statutory visit in time', 'sg-tile-visits')));
    this.drill = el('div', { className: 'sg-drill', id: 'sg-drill', 'aria-live': 'polite' });
    page.append(this.drill);
    const period = `${day(compliance.period.from)} to ${day(compliance.period.to)}`;
    page.append(table('sg-rules', `On time by rule, ${period}`, [
      ['Rule', (r) => r.ruleId],
      ['Standard', (r) => r.title],
      ['Deadlines', (r) => this.figureButton(r.figure.deadlines, { figure: 'deadlines', rule: r.ruleId }, `${r.ruleId} deadlines`), (r) => r.figure.deadlines],
      ['Missed', (r) => this.figureButton(r.figure.missed, { figure: r.figure.deadlines ? 'missed' : 'breaches', rule: r.ruleId },
        `${r.ruleId} missed`), (r) => r.figure.missed],
      ['On time', (r) => percent(r.figure), (r) => r.figure.onTimePercent ?? ''],
      ['Trend by month', (r) => trend(r.months), (r) => r.months.map((m) => `${m.month} ${percent(m.figure)}`).join('; ')],
    ], compliance.rules, {
      csvName: `on-time-by-rule-${compliance.period.from}-to-${compliance.period.to}.csv`,
      emptyText: 'No deadline fell due in this period.',
      note: 'A deadline is a step guarded by its rule\'s breach timer whose due day fell in the period and has passed. It was missed when the step was done after its day or is still open, or when the breach register holds a breach of the rule for it (a meeting held after its day). A rule that only a gate checks shows its breaches without a share.',
    }));
    page.append(table('sg-pathways', 'On time by pathway', [
      ['Pathway', (r) => r.pathway],
      ['Deadlines', (r) => this.figureButton(r.figure.deadlines, { figure: 'deadlines', pathway: r.processKey }, `${r.pathway} deadlines`), (r) => r.figure.deadlines],
      ['Missed', (r) => this.figureButton(r.figure.missed, { figure: 'missed', pathway: r.processKey }, `${r.pathway} missed`), (r) => r.figure.missed],
      ['On time', (r) => percent(r.figure), (r) => r.figure.onTimePercent ?? ''],
      ['Trend by month', (r) => trend(r.months), (r) => r.months.map((m) => `${m.month} ${percent(m.figure)}`).join('; ')],
    ], compliance.pathways, { csvName: `on-time-by-pathway-${compliance.period.from}-to-${compliance.period.to}.csv` }));
    page.append(table('sg-months', 'Trend by month, every rule', [
      ['Month', (r) => monthName(r.month), (r) => r.month],
      ['Deadlines', (r) => r.figure.deadlines],
      ['Missed', (r) => this.figureButton(r.figure.missed, { figure: 'missed', ...this.monthPeriod(r.month) }, `missed in ${monthName(r.month)}`), (r) => r.figure.missed],
      ['On time', (r) => el('span', { className: 'sg-bar-cell' },
        el('span', { className: 'sg-bar-track', 'aria-hidden': 'true' }, el('span', { className: 'sg-bar', style: `width: ${r.figure.onTimePercent ?? 0}%` })),
        el('span', { className: 'sg-bar-text' }, percent(r.figure))),
      (r) => r.figure.onTimePercent ?? ''],
    ], compliance.months, { csvName: `trend-by-month-${compliance.period.from}-to-${compliance.period.to}.csv` }));
    const breaches = table('sg-breaches', `Breaches (${compliance.breachCount})`, CASE_COLUMNS.map((c, i) => (i === 6 ? ['Noticed', c[1], c[2]] : c)),
      compliance.breaches, { csvName: `breaches-shown-${compliance.period.from}-to-${compliance.period.to}.csv`, emptyText: 'No breach in this period.' });
    breaches.querySelector('.sg-section-head').append(el('a', {
      className: 'btn btn-default btn-sm sg-csv-all',
      href: `${API}/standards/breaches.csv?${query({ from: this.params.from, to: this.params.to, profile: this.params.profile })}`,
    }, 'Every breach as CSV'));
    if (compliance.breaches.length < compliance.breachCount) {
      breaches.append(el('p', { className: 'sg-note' }, `The newest ${compliance.breaches.length} are shown; "Every breach as CSV" has them all.`));
    }
    page.append(breaches);
    page.append(table('sg-open-work', 'Open work overdue or due within 5 working days', [
      ['Agency', (r) => r.agency],
      ['Team', (r) => r.team],
      ['Overdue', (r) => this.figureButton(r.overdue, { figure: 'overdue', group: r.groupId }, `${r.team}: overdue`), (r) => r.overdue],
      ['Due within 5 working days', (r) => this.figureButton(r.dueWithin5WorkingDays, { figure: 'due-soon', group: r.groupId }, `${r.team}: due within 5 working days`), (r) => r.dueWithin5WorkingDays],
    ], openWork, { csvName: 'open-work.csv', emptyText: 'No open work is overdue or due within 5 working days.', note: 'Now, whatever the period.' }));
    page.append(table('sg-nearest', 'Cases nearest a statutory deadline', CASE_COLUMNS, nearestDeadlines, {
      csvName: 'nearest-statutory-deadlines.csv', emptyText: 'No statutory deadline is open.',
      note: 'Initial and review conferences, core groups, looked after reviews and assessments, soonest first.',
    }));
    page.append(table('sg-visits', 'Children without a statutory visit in time', CASE_COLUMNS, visitsOverdue, {
      csvName: 'statutory-visits-overdue.csv', emptyText: 'Every child on a plan or looked after has been visited in time.',
      note: 'The visit is open past its due day (CG-06 on a child protection plan, LAC-16 for a looked after child).',
    }));
    this.node.replaceChildren(page);
  }

  form() {
    const from = el('input', { type: 'date', id: 'sg-from', className: 'form-control', value: this.params.from, required: true });
    const to = el('input', { type: 'date', id: 'sg-to', className: 'form-control', value: this.params.to, required: true });
    const profile = el('select', { id: 'sg-profile', className: 'form-control' },
      ['all', ...this.data.profiles].map((id) => el('option', { value: id, selected: id === this.params.profile }, id === 'all' ? 'Every profile' : id)));
    const form = el('form', { className: 'form-inline sg-form' },
      el('label', { for: 'sg-from' }, 'From'), from,
      el('label', { for: 'sg-to' }, 'To'), to,
      el('label', { for: 'sg-profile' }, 'Standards profile'), profile,
      el('button', { type: 'submit', className: 'btn btn-primary' }, 'Show'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.params = { from: from.value, to: to.value, profile: profile.value };
      this.show();
    });
    return form;
  }

  tile(label, value, text, className) {
    return el('div', { className: `sg-tile ${className}` }, el('div', { className: 'sg-tile-value' }, String(value)),
      el('div', { className: 'sg-tile-label' }, label), el('div', { className: 'sg-tile-text' }, text));
  }

  monthPeriod(yearMonth) {
    const [y, m] = yearMonth.split('-').map(Number);
    const first = `${yearMonth}-01`;
    const last = `${yearMonth}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
    return { from: first < this.params.from ? this.params.from : first, to: last > this.params.to ? this.params.to : last };
  }

  /** A figure is a button: it opens the cases behind it above the tables. */
  figureButton(count, params, what) {
    if (!count) return '0';
    return el('button', {
      type: 'button', className: 'btn btn-link sg-figure', 'data-figure': params.figure, 'aria-label': `${count} ${what}: show the cases`,
      onclick: () => this.openFigure(params, what),
    }, String(count));
  }

  async openFigure(params, what) {
    this.drill.replaceChildren(el('p', { className: 'sg-loading' }, `Finding the cases: ${what}…`));
    try {
      const rows = await getJson(`${API}/standards/cases?${query({ from: this.params.from, to: this.params.to, profile: this.params.profile, ...params })}`);
      const section = table('sg-cases', `Cases behind the figure: ${what} (${rows.length})`, CASE_COLUMNS, rows,
        { csvName: `cases-${what.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.csv` });
      section.querySelector('.sg-section-head').append(el('button', {
        type: 'button', className: 'btn btn-default btn-sm', onclick: () => this.drill.replaceChildren(),
      }, 'Close'));
      this.drill.replaceChildren(section);
    } catch (error) {
      this.drill.replaceChildren(el('p', { className: 'alert alert-danger', role: 'alert' }, error.message));
    }
    this.drill.scrollIntoView({ block: 'start' });
  }
}

function csrfToken() {
  const cookie = document.cookie.split('; ').find((each) => each.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

async function postJson(path, body) {
  return sendJson('POST', path, body);
}

async function sendJson(method, path, body) {
  const response = await fetch(path, {
    method,
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken() },
    body: JSON.stringify(body),
  });
  let answer = null;
  try { answer = await response.json(); } catch (e) { answer = null; }
  if (!response.ok) {
    throw new Error((answer && answer.message) || `The server answered ${response.status}`);
  }
  return answer;
}

/**
 * The team tray: one row per worker and one for the team's unassigned work; a worker's name opens
 * their tasks, and each task can be given to another worker or its child transferred (TR-01).
 */
class TeamTrayPage {
  constructor(node) {
    this.node = node;
    this.worker = null;
  }

  async show(notice) {
    try {
      this.tray = await getJson(`${API}/team-tray`);
    } catch (error) {
      this.node.replaceChildren(el('div', { className: 'sg-standards sg-team-tray' }, el('h2', {}, 'Team tray'),
        el('p', { className: 'alert alert-danger sg-refused', role: 'alert' }, error.message)));
      return;
    }
    const page = el('div', { className: 'sg-standards sg-team-tray' }, el('h2', {}, `Team tray: ${this.tray.team}`));
    this.notice = el('div', { id: 'sg-tray-notice', 'aria-live': 'polite' });
    if (notice) this.notice.append(el('p', { className: 'alert alert-success sg-moved', role: 'status' }, notice));
    page.append(this.notice);
    const rows = [...this.tray.workers, this.tray.unassigned];
    page.append(table('sg-team', 'Open work by worker', [
      ['Worker', (r) => el('button', {
        type: 'button', className: 'btn btn-link sg-worker', 'data-worker': r.userId,
        'aria-label': `${r.name}: show the tasks`, onclick: () => this.openWorker(r),
      }, r.name), (r) => r.name],
      ['Open tasks', (r) => r.openTasks],
      ['Caseload (children)', (r) => r.caseload],
      ['Due within 5 working days', (r) => r.dueWithin5WorkingDays],
      ['Overdue', (r) => r.overdue],
    ], rows, {
      csvName: 'team-tray.csv',
      note: 'Now. A worker\'s caseload is the children whose case they hold (after a transfer, TR-01) or in which they hold a task.',
    }));
    this.tasks = el('div', { id: 'sg-worker-tasks' });
    page.append(this.tasks);
    this.node.replaceChildren(page);
    if (this.worker) {
      const again = rows.find((r) => r.userId === this.worker.userId);
      if (again) await this.openWorker(again);
    }
  }

  async openWorker(worker) {
    this.worker = worker;
    this.tasks.replaceChildren(el('p', { className: 'sg-loading' }, `Reading ${worker.name}'s tasks…`));
    let tasks;
    try {
      tasks = await getJson(`${API}/team-tray/tasks?${query({ worker: worker.userId })}`);
    } catch (error) {
      this.tasks.replaceChildren(el('p', { className: 'alert alert-danger', role: 'alert' }, error.message));
      return;
    }
    const section = table('sg-tray-tasks', `${worker.name}: open tasks (${tasks.length})`, [
      ['Task', (r) => r.name],
      ['Case', (r) => cockpitLink({ caseReference: r.caseReference, cockpitInstanceId: r.processInstanceId }), (r) => r.caseReference],
      ['Child', (r) => r.childName || ''],
      ['Pathway', (r) => r.pathway],
      ['Due', (r) => el('span', { className: r.overdue ? 'sg-overdue' : '' }, r.due ? moment(r.due).slice(0, 10) : '',
        r.overdue ? ' (overdue)' : ''), (r) => r.due || ''],
      ['Move', (r) => el('span', {},
        el('button', { type: 'button', className: 'btn btn-default btn-sm sg-reassign', onclick: () => this.moveForm(r, 'task') }, 'Reassign task'),
        ' ',
        el('button', { type: 'button', className: 'btn btn-default btn-sm sg-transfer', onclick: () => this.moveForm(r, 'child') }, 'Transfer child'))],
    ], tasks, { csvName: `tasks-${worker.userId || 'unassigned'}.csv`, emptyText: 'No open task.' });
    this.form = el('div', { id: 'sg-move' });
    section.append(this.form);
    this.tasks.replaceChildren(section);
  }

  /** A task to another worker (only someone the task is offered to), or the whole child to a social worker (TR-01). */
  moveForm(task, kind) {
    const to = el('select', { id: 'sg-move-to', className: 'form-control', required: true },
      el('option', { value: '' }, 'Choose a worker'),
      this.tray.workers.filter((w) => w.userId !== task.assignee).map((w) => el('option', { value: w.userId }, w.name)));
    const reason = el('textarea', { id: 'sg-move-reason', className: 'form-control', rows: 3, required: true, maxlength: 4000 });
    const error = el('div', { 'aria-live': 'assertive' });
    const what = kind === 'task' ? `Reassign "${task.name}" (${task.caseReference})`
      : `Transfer ${task.childName || 'the child'} (${task.caseReference}) to another social worker (TR-01)`;
    const form = el('form', { className: 'sg-move-form', 'aria-label': what },
      el('h4', {}, what),
      kind === 'child' ? el('p', { className: 'sg-note' }, 'The receiving worker gets every open social worker task of the child, becomes the case worker, and gives the family and the network their contact details within TR-01.') : null,
      el('label', { for: 'sg-move-to' }, 'To'), to,
      el('label', { for: 'sg-move-reason' }, 'Reason (kept in the child\'s chronology)'), reason,
      error,
      el('button', { type: 'submit', className: 'btn btn-primary' }, kind === 'task' ? 'Reassign' : 'Transfer'),
      ' ',
      el('button', { type: 'button', className: 'btn btn-default', onclick: () => this.closeForm(button) }, 'Cancel'));
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.closeForm(button);
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const path = kind === 'task' ? `${MOVES}/tasks/${encodeURIComponent(task.taskId)}/reassignment`
        : `${MOVES}/cases/${encodeURIComponent(task.caseReference)}/transfer`;
      try {
        const done = await postJson(path, { to: to.value, reason: reason.value });
        const name = (this.tray.workers.find((w) => w.userId === done.to) || { name: done.to }).name;
        await this.show(kind === 'task' ? `"${task.name}" (${task.caseReference}) is now ${name}'s.`
          : `${task.caseReference} is transferred to ${name} (TR-01).`);
      } catch (refused) {
        error.replaceChildren(el('p', { className: 'alert alert-danger sg-move-refused', role: 'alert' }, refused.message));
      }
    });
    this.form.replaceChildren(form);
    to.focus();
  }
}

/**
 * An authority's local timescales: for a chosen profile every rule's timescale beside national's, where
 * it comes from (national, the profile's file, or a change made here), and the history of changes, newest
 * first. A service manager changes a timescale with a reason; the server checks it and its 400 or 403 is
 * shown beside the form, and nothing changes. Anybody else reads the page, which says it is read-only and why.
 */
class LocalTimescalesPage {
  constructor(node) {
    this.node = node;
    this.profileId = null;
  }

  async show(notice) {
    try {
      this.access = this.access || await getJson(PROFILES);
      this.profileId = this.profileId || (this.access.profiles.find((p) => p.id !== 'national') || this.access.profiles[0]).id;
      [this.profile, this.changes] = await Promise.all([
        getJson(`${PROFILES}/${encodeURIComponent(this.profileId)}`),
        getJson(`${PROFILES}/${encodeURIComponent(this.profileId)}/changes`),
      ]);
    } catch (error) {
      this.node.replaceChildren(el('div', { className: 'sg-standards sg-local-timescales' }, el('h2', {}, 'Local timescales'),
        el('p', { className: 'alert alert-danger sg-refused', role: 'alert' }, error.message)));
      return;
    }
    this.render(notice);
  }

  render(notice) {
    const { profile, access } = this;
    const page = el('div', { className: 'sg-standards sg-local-timescales' }, el('h2', {}, 'Local timescales'));
    const choice = el('select', { id: 'sg-lt-profile', className: 'form-control' },
      access.profiles.map((p) => el('option', { value: p.id, selected: p.id === this.profileId }, p.name || p.id)));
    const form = el('form', { className: 'form-inline sg-form', 'aria-label': 'Choose a standards profile' },
      el('label', { for: 'sg-lt-profile' }, 'Standards profile'), choice,
      el('button', { type: 'submit', className: 'btn btn-primary' }, 'Show'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.profileId = choice.value;
      this.show();
    });
    page.append(form);
    if (!access.mayChange) {
      page.append(el('p', { className: 'alert alert-info sg-lt-read-only', id: 'sg-lt-read-only' },
        el('strong', {}, 'Read-only. '), access.readOnlyBecause, '.'));
    }
    this.notice = el('div', { id: 'sg-lt-notice', 'aria-live': 'polite' });
    if (notice) this.notice.append(el('p', { className: 'alert alert-success sg-lt-changed', role: 'status', tabindex: '-1' }, notice));
    page.append(this.notice);
    const own = profile.name || profile.id;
    const short = profile.id === 'national' ? 'National' : own.replace(/\s*\(.*$/, '');
    const rows = profile.rules;
    const columns = [
      ['Rule', (r) => (r.timescaleKey ? `${r.ruleId} (${r.timescaleKey})` : r.ruleId)],
      ['Standard', (r) => r.title || ''],
      ['National', (r) => r.national || '—', (r) => r.national || ''],
      [`${short}`, (r) => el('span', { className: local(r) ? 'sg-lt-local' : '' }, r.timescale,
        local(r) ? [' ', el('span', { className: 'label label-info sg-lt-mark' }, 'local')] : null), (r) => r.timescale],
      ['Set by', (r) => setBy(r, short)],
    ];
    if (access.mayChange) {
      columns.push(['Change', (r) => el('button', {
        type: 'button', className: 'btn btn-default btn-sm sg-lt-change', 'data-rule': key(r),
        'aria-label': `Change ${key(r)}`, onclick: (event) => this.changeForm(r, short, event.currentTarget),
      }, 'Change'), () => '']);
    }
    page.append(table('sg-lt-rules', `${own}: every rule's timescale beside national's`, columns, rows, {
      csvName: `timescales-${profile.id}.csv`,
      note: `"local" marks a timescale that is ${short}'s own: its profile's file sets it, or it was changed here. A change counts for new clocks only; a due date already set keeps its day.`,
    }));
    const history = [...this.changes].reverse();
    page.append(table('sg-lt-changes', `Changes to ${short}'s timescales (${history.length})`, [
      ['Version', (r) => r.version],
      ['Rule', (r) => (r.timescaleKey ? `${r.ruleId} (${r.timescaleKey})` : r.ruleId)],
      ['When', (r) => moment(r.changedAt), (r) => r.changedAt],
      ['Who', (r) => r.changedBy],
      ['Was', (r) => r.oldTimescale],
      ['Now', (r) => r.newTimescale],
      ['Reason', (r) => r.reason],
    ], history, { csvName: `timescale-changes-${profile.id}.csv`, emptyText: `No timescale of ${short} has been changed here.` }));
    this.node.replaceChildren(page);
    const done = this.notice.querySelector('.sg-lt-changed');
    if (done) done.focus();
  }

  /**
   * The change of one rule's timescale, with its reason, in a row under the rule's own; the server's
   * refusal is shown in the form. Cancel (or Escape) closes it and gives the focus back to the rule's button.
   */
  changeForm(rule, short, button) {
    this.closeForm();
    const what = `Change ${key(rule)} in ${short}: ${rule.title || ''}`;
    const timescale = el('input', {
      type: 'text', id: 'sg-lt-timescale', className: 'form-control', required: true, maxlength: 64,
      value: rule.timescale, 'aria-describedby': 'sg-lt-timescale-hint', autocomplete: 'off',
    });
    const reason = el('textarea', { id: 'sg-lt-reason', className: 'form-control', rows: 3, required: true, maxlength: 2000 });
    const error = el('div', { id: 'sg-lt-error', 'aria-live': 'assertive' });
    const from = el('input', { type: 'date', id: 'sg-lt-from', className: 'form-control', value: londonToday() });
    const preview = el('div', { id: 'sg-lt-preview', 'aria-live': 'polite' });
    const refuse = (message) => {
      error.replaceChildren(el('p', { className: 'alert alert-danger sg-lt-refused', role: 'alert' }, message));
      timescale.setAttribute('aria-invalid', 'true');
      timescale.focus();
    };
    const showPreview = () => this.preview(rule, short, timescale.value, from.value, preview).then(() => {
      error.replaceChildren();
      timescale.removeAttribute('aria-invalid');
    }, (refused) => {
      preview.replaceChildren();
      refuse(refused.message);
    });
    const form = el('form', { className: 'sg-move-form sg-lt-change-form', 'aria-label': what },
      el('h3', {}, what),
      el('p', { className: 'sg-note' }, `Now ${rule.timescale}; national ${rule.national || 'has none'}.`),
      el('label', { for: 'sg-lt-timescale' }, 'New timescale'), timescale,
      el('p', { className: 'sg-note', id: 'sg-lt-timescale-hint' },
        'As a profile writes it: "15 working days", "6 weeks", "3 working days before", "48 hours".'),
      el('label', { for: 'sg-lt-reason' }, 'Reason (kept in the history)'), reason,
      el('label', { for: 'sg-lt-from' }, 'Preview: a case whose every event is on'), from,
      error,
      el('button', { type: 'submit', className: 'btn btn-primary' }, 'Save the change'),
      ' ',
      el('button', { type: 'button', className: 'btn btn-default sg-lt-preview-button', onclick: showPreview }, 'Preview the due dates'),
      ' ',
      el('button', { type: 'button', className: 'btn btn-default', onclick: () => this.closeForm(button) }, 'Cancel'),
      preview);
    form.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.closeForm(button);
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      error.replaceChildren();
      const path = `${PROFILE_CHANGES}/${encodeURIComponent(this.profileId)}/rules/${encodeURIComponent(rule.ruleId)}`;
      try {
        const done = await sendJson('PUT', path, { timescale: timescale.value, timescaleKey: rule.timescaleKey, reason: reason.value });
        await this.show(`${key(rule)} in ${short} is now ${done.newTimescale} (was ${done.oldTimescale}; version ${done.version}).`);
      } catch (refused) {
        refuse(refused.message);
      }
    });
    const row = button.closest('tr');
    this.formRow = el('tr', { className: 'sg-lt-form-row' }, el('td', { colspan: row.children.length }, form));
    row.after(this.formRow);
    timescale.focus();
    timescale.select();
  }

  /**
   * Each deployed step that counts by the rule, due under the proposed timescale beside national's, for a
   * case whose every event is on the day given (GET .../preview: checked by the server, nothing recorded).
   */
  async preview(rule, short, proposed, from, place) {
    place.replaceChildren(el('p', { className: 'sg-loading' }, 'Counting…'));
    const answer = await getJson(`${PROFILES}/${encodeURIComponent(this.profileId)}/preview?${query({
      from, rule: rule.ruleId, timescale: proposed, timescaleKey: rule.timescaleKey,
    })}`);
    const steps = answer.steps.filter((step) => step.ruleId === rule.ruleId
      && (!rule.timescaleKey || step.timescaleKey === rule.timescaleKey));
    place.replaceChildren(table('sg-lt-preview-steps', `Due under ${proposed}, for a case whose every event is on ${day(answer.from)}`, [
      ['Pathway', (r) => r.pathway],
      ['Step', (r) => r.stepName || r.step],
      ['National', (r) => dueDay(r.nationalDue), (r) => r.nationalDue || ''],
      [`${short}, changed`, (r) => dueDay(r.due), (r) => r.due],
    ], steps, {
      emptyText: `No deployed pathway counts by ${key(rule)}.`,
      note: 'A sketch of the numbers: a step that counts from a later event is due that much later in a real case. Nothing is recorded until you save.',
    }));
  }

  closeForm(button) {
    if (this.formRow) this.formRow.remove();
    this.formRow = null;
    if (button) button.focus();
  }
}

/** Today on London's calendar, as YYYY-MM-DD. */
function londonToday() {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** A due moment the server sends as a London date-time: the day, and the time when it is not the day's end. */
function dueDay(dateTime) {
  if (!dateTime) return '—';
  const time = dateTime.slice(11, 16);
  return dateTime.endsWith('T23:59:59') || !time ? day(dateTime.slice(0, 10)) : `${day(dateTime.slice(0, 10))} ${time}`;
}

/** A rule's name on the page: its ID, and the named timescale's key where it has several. */
function key(rule) {
  return rule.timescaleKey ? `${rule.ruleId} ${rule.timescaleKey}` : rule.ruleId;
}

/** The profile's own, not national's: its file sets another value, or it was changed here. */
function local(rule) {
  return rule.changedInVersion !== null && rule.changedInVersion !== undefined ? true : rule.timescale !== rule.national;
}

function setBy(rule, short) {
  if (rule.changedInVersion !== null && rule.changedInVersion !== undefined) return `Changed here (version ${rule.changedInVersion})`;
  if (rule.timescale !== rule.national) return `${short}'s profile`;
  return 'As national';
}

/** The child's journey on a process instance: every process of the child, then the chronology. */
async function showJourney(node, processInstanceId) {
  node.replaceChildren(el('p', { className: 'sg-loading' }, 'Reading the child\'s journey…'));
  let journey;
  try {
    journey = await getJson(`${API}/journey/${encodeURIComponent(processInstanceId)}`);
  } catch (error) {
    node.replaceChildren(el('p', { className: 'alert alert-danger', role: 'alert' }, error.message));
    return;
  }
  const page = el('div', { className: 'sg-journey' });
  page.append(el('h3', {}, `${journey.childName || 'Child'} · ${journey.caseReference}`));
  page.append(table('sg-journey-processes', 'Every process of the child', [
    ['Pathway', (r) => (r.running && r.processInstanceId !== processInstanceId
      ? el('a', { href: `#/process-instance/${encodeURIComponent(r.processInstanceId)}/runtime?tab=${JOURNEY_TAB}` }, r.pathway)
      : r.pathway), (r) => r.pathway],
    ['State', (r) => (r.processInstanceId === processInstanceId ? `${r.state} (this one)` : r.state), (r) => r.state],
    ['Outcome', (r) => r.outcome || ''],
    ['Started', (r) => moment(r.started)],
    ['Ended', (r) => moment(r.ended)],
  ], journey.processes, { csvName: `journey-${journey.caseReference}.csv` }));
  page.append(table('sg-journey-chronology', 'Chronology', [
    ['When', (r) => moment(r.at)],
    ['From', (r) => r.source],
    ['What happened', (r) => r.event],
  ], journey.chronology, { csvName: `chronology-${journey.caseReference}.csv`, emptyText: 'Nothing recorded yet.' }));
  node.replaceChildren(page);
  showWhoHasLooked(page, journey.caseReference);
}

/**
 * "Who has looked at this child", under the journey: the latest reads of the child's record
 * (GET /api/cases/{ref}/access, childcase/RecordAccessLog), this opening of the journey first.
 */
async function showWhoHasLooked(page, caseReference) {
  const place = el('div', { className: 'sg-who-has-looked' }, el('p', { className: 'sg-loading' }, 'Reading who has looked at this child…'));
  page.append(place);
  let log;
  try {
    log = await getJson(`/api/cases/${encodeURIComponent(caseReference)}/access?maxResults=100`);
  } catch (error) {
    place.replaceChildren(el('p', { className: 'alert alert-danger', role: 'alert' }, error.message));
    return;
  }
  place.replaceChildren(table('sg-who-has-looked', 'Who has looked at this child', [
    ['When', (r) => moment(r.at), (r) => r.at],
    ['Who', (r) => (r.name === r.readBy ? r.readBy : `${r.name} (${r.readBy})`)],
    ['How', (r) => r.wayLabel, (r) => r.way],
    ['What', (r) => r.detail || ''],
    ['Reason given', (r) => r.reason || ''],
  ], log.reads, {
    csvName: `who-has-looked-${caseReference}.csv`,
    emptyText: 'Nobody has read this child\'s record yet.',
    note: log.total > log.reads.length ? `The ${log.reads.length} latest of ${log.total} reads, newest first.` : 'Every read of the child\'s record, newest first.',
  }));
}

export default [
  {
    id: 'standards-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 5,
    properties: { path: ROUTE },
    render: (node) => {
      node.replaceChildren(el('a', { href: `#${ROUTE}`, className: 'sg-standards-link' }, 'Standards'));
    },
  },
  {
    id: 'standards-route',
    pluginPoint: 'cockpit.route',
    priority: 5,
    properties: { path: ROUTE, label: 'Standards' },
    render: (node) => {
      document.title = document.title.replace(/\|[^|]*$/, '| Standards');
      new StandardsPage(node).show();
    },
  },
  {
    id: 'team-tray-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 4,
    properties: { path: TRAY_ROUTE },
    render: (node) => {
      node.replaceChildren(el('a', { href: `#${TRAY_ROUTE}`, className: 'sg-team-tray-link' }, 'Team tray'));
    },
  },
  {
    id: 'team-tray-route',
    pluginPoint: 'cockpit.route',
    priority: 4,
    properties: { path: TRAY_ROUTE, label: 'Team tray' },
    render: (node) => {
      document.title = document.title.replace(/\|[^|]*$/, '| Team tray');
      new TeamTrayPage(node).show();
    },
  },
  {
    // The statutory returns (returns/ReturnsApi) are a page of their own, for the same managers.
    id: 'returns-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 3,
    properties: { path: '/returns' },
    render: (node) => {
      node.replaceChildren(el('a', { href: '/returns.html', className: 'sg-returns-link' }, 'Returns'));
    },
  },
  {
    id: 'local-timescales-navigation',
    pluginPoint: 'cockpit.navigation',
    priority: 2,
    properties: { path: TIMESCALES_ROUTE },
    render: (node) => {
      node.replaceChildren(el('a', { href: `#${TIMESCALES_ROUTE}`, className: 'sg-local-timescales-link' }, 'Local timescales'));
    },
  },
  {
    id: 'local-timescales-route',
    pluginPoint: 'cockpit.route',
    priority: 2,
    properties: { path: TIMESCALES_ROUTE, label: 'Local timescales' },
    render: (node) => {
      document.title = document.title.replace(/\|[^|]*$/, '| Local timescales');
      new LocalTimescalesPage(node).show();
    },
  },
  {
    id: JOURNEY_TAB,
    pluginPoint: 'cockpit.processInstance.runtime.tab',
    priority: 5,
    properties: { label: 'Child\'s journey' },
    render: (node, { processInstanceId }) => {
      showJourney(node, processInstanceId);
    },
  },
];
