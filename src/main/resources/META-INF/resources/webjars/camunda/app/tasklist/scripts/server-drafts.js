// Drafts that survive: what a practitioner types into a task's form is kept on the server, and a
// session never ends without warning or with typing lost.
//
// Why. Tasklist's Save keeps a Camunda Form's values in the browser's local storage only: another
// computer, a colleague taking the task over or a cleared browser never sees them, and what was typed
// after the last Save is gone when the session ends. The server keeps a draft per task instead
// (drafts/TaskDrafts, /camunda/api/safeguarding/tasks/{id}/draft): only someone who may work the task
// reads it, it holds only what the task writes, and completing the task clears it.
//
// What this script does in Tasklist (loaded through config.js, customScripts):
//   1. Save sends the form's answers to the server and says "Draft saved at 10:42". It hooks Tasklist's
//      own Save, which writes the answers to localStorage under "camunda-form:<task id>"; once the
//      server has them, that local copy is removed. If the server cannot be reached (signed out,
//      network down) the local copy stays, marked as not yet sent, and is sent after the next log-in.
//   2. Opening a task restores the server's draft into the form, over the values the case prefills,
//      for the fields the task writes only. A local copy is used only if nobody has saved a draft on
//      the server since it was made; otherwise the server's draft wins and the local copy is dropped.
//   3. Every `autosaveSeconds` (30 s) a changed form is saved by itself.
//   4. The session ends after `timeoutSeconds` without the practitioner doing anything (the server's
//      spring.session.timeout; Tasklist's own background requests do not count as activity). Before
//      that (`warnBeforeSeconds`, 2 minutes) a banner says when, with a "Stay signed in" button. Just
//      before the end a changed form is saved, then the practitioner is signed out, and the log-in page
//      says what happened and that the draft is on the server. Several tabs share one session, so
//      they share the time of the last activity (localStorage "sg-session").
//   5. "Sign out everywhere" in the account menu ends every session of the practitioner, on every
//      computer and node, after saving the open form's draft.
//
// How it reaches the form. Tasklist creates each form with form-js's Form class, which it does not
// expose. Tasklist's bundles are webpack chunks (window.webpackChunkcamunda_bpm_webapp); a chunk pushed
// with a runtime function is handed webpack's require, which finds form-js's module (the one exporting
// "FormPlayground") and its Form class. Form.prototype.importSchema is wrapped so that each task form is
// known when it is imported (and the server's draft merged into its data), and its public "changed"
// event says what the form holds now. On a Camunda upgrade, TasklistDraftsBrowserTest says whether this
// still holds; if the Form class cannot be found, Save still works through Tasklist's local copy and
// the script says in the browser console that server drafts are off.
//
// Proved in Chromium by TasklistDraftsBrowserTest (src/browser-test/drafts.js).

import { formClass } from './form-js.js';

const LONDON = 'Europe/London';
const LOCAL_COPY = 'camunda-form:';
/** Marks a local copy not yet on the server: { basedOn: the server draft's savedAt it replaces, or null }. */
const NOT_SENT = 'sg-draft-not-sent:';
const SHARED_SESSION = 'sg-session';
const SIGNED_OUT_NOTE = 'sg-signed-out-note';

const appRoot = document.querySelector('base')?.getAttribute('app-root') || '/camunda';
const api = `${appRoot}/api/safeguarding`;
const engineName = (/\/app\/tasklist\/([^/]+)\//.exec(window.location.pathname) || [])[1] || 'default';

// --- talking to the server ---------------------------------------------------------------------------

function csrfToken() {
  const cookie = document.cookie.split('; ').find((each) => each.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** A request of the session; every answer but a refusal of the log-in counts as contact with the server. */
async function call(method, path, body) {
  let response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-XSRF-TOKEN': csrfToken() },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (offline) {
    return { status: 0, json: { message: 'the server cannot be reached' } };
  }
  answered(response.status);
  let json = null;
  try {
    json = await response.json();
  } catch (empty) {
    // 204, or an error page that is not JSON
  }
  return { status: response.status, json };
}

const draftPath = (taskId) => `${api}/tasks/${encodeURIComponent(taskId)}/draft`;

// --- times, in London as the whole service shows them -------------------------------------------------

function timeOf(moment) {
  const date = new Date(moment);
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: LONDON }).format(date);
  const day = (when) => new Intl.DateTimeFormat('en-GB', { timeZone: LONDON }).format(when);
  return day(date) === day(new Date()) ? time : `${time} on ${day(date)}`;
}

// --- the session -------------------------------------------------------------------------------------

const session = {
  signedIn: false,
  settings: null,
  lastActivity: Date.now(),
  lastContact: Date.now(),
  warnedEnd: null,
  signingOut: false,
};

function shared() {
  try {
    return JSON.parse(localStorage.getItem(SHARED_SESSION)) || {};
  } catch (notJson) {
    return {};
  }
}

function share() {
  const known = shared();
  const merged = {
    activity: Math.max(known.activity || 0, session.lastActivity),
    contact: Math.max(known.contact || 0, session.lastContact),
  };
  if (merged.activity !== known.activity || merged.contact !== known.contact) {
    localStorage.setItem(SHARED_SESSION, JSON.stringify(merged));
  }
}

function answered(status) {
  if (status === 401) {
    session.signedIn = false;
  } else if (status > 0) {
    session.lastContact = Date.now();
  }
}

let lastShared = 0;
function active() {
  session.lastActivity = Date.now();
  if (session.lastActivity - lastShared > 2_000) {
    lastShared = session.lastActivity;
    share();
  }
}

['keydown', 'pointerdown', 'input', 'wheel', 'touchstart'].forEach((type) => {
  window.addEventListener(type, (event) => {
    if (event.isTrusted) active();
  }, { capture: true, passive: true });
});

// Tasklist's own requests (XMLHttpRequest) keep the session going on the server; its log-in and a
// refused request say whether anyone is signed in. After a log-in, wait for Tasklist's next request to
// be answered before asking anything: the log-in starts a new session, and two requests at once that
// both give it its first CSRF token collide in Spring Session's table (a 500 that signs Tasklist out).
let justSignedIn = false;
const openRequest = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function open(method, url, ...rest) {
  this.sgUrl = String(url);
  return openRequest.call(this, method, url, ...rest);
};
const sendRequest = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function send(...body) {
  this.addEventListener('loadend', () => {
    answered(this.status);
    if (this.status === 200 && /\/auth\/user\/[^/]+\/login\//.test(this.sgUrl || '')) {
      justSignedIn = true;
    } else if (justSignedIn && this.status >= 200 && this.status < 300) {
      justSignedIn = false;
      signedIn();
    }
  });
  return sendRequest.apply(this, body);
};

async function signedIn() {
  const answer = await call('GET', `${api}/session`);
  if (answer.status !== 200) return;
  session.signedIn = true;
  session.settings = answer.json;
  session.lastActivity = Date.now();
  session.signingOut = false;
  share();
  document.getElementById('sg-signed-out')?.remove();
  sendWhatWasNotSent();
}

function timeout() {
  return session.settings.timeoutSeconds * 1000;
}

/** When the session ends if nobody does anything: the last activity, or the last contact, plus the timeout. */
function sessionEnd() {
  const known = shared();
  const activity = Math.max(session.lastActivity, known.activity || 0);
  const contact = Math.max(session.lastContact, known.contact || 0);
  return Math.min(activity, contact) + timeout();
}

async function stayWithTheServer() {
  // A practitioner typing into a form makes no request; this keeps the server's session going with them.
  const keepAliveEvery = Math.min(60_000, timeout() / 4);
  const known = shared();
  const activity = Math.max(session.lastActivity, known.activity || 0);
  const contact = Math.max(session.lastContact, known.contact || 0);
  if (activity > contact && Date.now() - contact > keepAliveEvery) {
    session.lastContact = Date.now();
    share();
    await call('GET', `${api}/session`);
    share();
  }
}

// --- the warning -------------------------------------------------------------------------------------

function banner() {
  let shown = document.getElementById('sg-session-warning');
  if (!shown) {
    shown = document.createElement('div');
    shown.id = 'sg-session-warning';
    shown.className = 'sg-session-warning';
    shown.setAttribute('role', 'alert');
    const text = document.createElement('p');
    const stay = document.createElement('button');
    stay.type = 'button';
    stay.className = 'btn btn-primary';
    stay.textContent = 'Stay signed in';
    stay.addEventListener('click', async () => {
      active();
      await call('GET', `${api}/session`);
      share();
      tick();
    });
    shown.append(text, stay);
    document.body.prepend(shown);
  }
  return shown;
}

function warn(end) {
  if (session.warnedEnd === end && document.getElementById('sg-session-warning')) return;
  session.warnedEnd = end;
  banner().querySelector('p').textContent = `Your session ends at ${timeOf(end)} because nothing has been done `
    + 'in Tasklist for a while. Save or keep working to stay signed in. Whatever you have typed is kept: '
    + 'the open form is saved as a draft on the server before you are signed out.';
}

function unwarn() {
  session.warnedEnd = null;
  document.getElementById('sg-session-warning')?.remove();
}

/**
 * Signs out when the session has been idle for its timeout, or everywhere when the practitioner asks
 * (a phone or a shared computer left signed in): every session of theirs, in every browser and on every
 * node, ends (identity/SignOutEverywhere). Either way the open form's draft is saved first.
 */
async function signOut(everywhere = false) {
  session.signingOut = true;
  // The form on screen, not one of a task completed or left since (Tasklist does not always destroy it).
  const form = current && current.form._container && current.form._container.isConnected ? current : null;
  let saved = null;
  if (form) saved = await saveDraft(form, everywhere ? 'before signing out everywhere' : 'before the session ended');
  const note = [everywhere ? `You signed out everywhere at ${timeOf(Date.now())}: on every computer and phone you were signed in on.`
    : `You were signed out at ${timeOf(Date.now())} after ${minutes(timeout())} without activity.`];
  if (form && (saved || form.savedAt)) {
    note.push(`Your draft of '${form.taskName}' was saved at ${timeOf(saved || form.savedAt)}: it is in the form when you open the task again, on any computer.`);
  } else if (form && form.changed) {
    note.push(`Your draft of '${form.taskName}' is kept on this computer and will be saved when you sign in again.`);
  }
  sessionStorage.setItem(SIGNED_OUT_NOTE, note.join(' '));
  if (everywhere) await call('DELETE', `${api}/sessions`);
  else await call('POST', `${appRoot}/api/admin/auth/user/${engineName}/logout`);
  localStorage.removeItem(SHARED_SESSION);
  window.location.reload();
}

function minutes(milliseconds) {
  const seconds = Math.round(milliseconds / 1000);
  if (seconds < 120) return `${seconds} seconds`;
  const whole = Math.round(seconds / 60);
  return whole % 60 === 0 ? `${whole / 60} hour${whole === 60 ? '' : 's'}` : `${whole} minutes`;
}

function showSignedOutNote() {
  const note = sessionStorage.getItem(SIGNED_OUT_NOTE);
  if (!note) return;
  sessionStorage.removeItem(SIGNED_OUT_NOTE);
  const shown = document.createElement('div');
  shown.id = 'sg-signed-out';
  shown.className = 'sg-session-warning sg-signed-out';
  shown.setAttribute('role', 'status');
  shown.textContent = note;
  document.body.prepend(shown);
}

/** "Sign out everywhere" under Tasklist's own "Sign out" in the account menu, whenever the header is drawn. */
function offerSignOutEverywhere() {
  const own = document.querySelector('li.logout');
  if (!own || own.parentElement.querySelector('.sg-sign-out-everywhere')) return;
  const item = document.createElement('li');
  item.className = 'sg-sign-out-everywhere';
  const link = document.createElement('a');
  link.href = '';
  link.textContent = 'Sign out everywhere';
  link.title = 'Ends your sessions on every computer and phone; the open form is saved as a draft first';
  link.addEventListener('click', (event) => {
    event.preventDefault();
    signOut(true);
  });
  item.append(link);
  own.after(item);
}

new MutationObserver(offerSignOutEverywhere).observe(document.documentElement, { childList: true, subtree: true });

// --- the form of the open task ----------------------------------------------------------------------

/** The task form on screen: { taskId, taskName, form, writes, savedJson, savedAt, changed, status, ... }. */
let current = null;

function taskInView() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task');
}

function only(values, writes) {
  const picked = {};
  writes.forEach((name) => {
    if (values && Object.prototype.hasOwnProperty.call(values, name) && values[name] !== undefined) picked[name] = values[name];
  });
  return picked;
}

function localCopy(taskId) {
  try {
    return JSON.parse(localStorage.getItem(LOCAL_COPY + taskId));
  } catch (notJson) {
    return null;
  }
}

function notSentMark(taskId) {
  try {
    return JSON.parse(localStorage.getItem(NOT_SENT + taskId));
  } catch (notJson) {
    return null;
  }
}

const removeItem = Storage.prototype.removeItem;
const setItem = Storage.prototype.setItem;

function forget(taskId) {
  removeItem.call(localStorage, LOCAL_COPY + taskId);
  removeItem.call(localStorage, NOT_SENT + taskId);
}

function keepOnThisComputer(draft, values) {
  setItem.call(localStorage, LOCAL_COPY + draft.taskId, JSON.stringify(values));
  setItem.call(localStorage, NOT_SENT + draft.taskId, JSON.stringify({ basedOn: draft.savedAt || null }));
}

function say(draft, text, problem = false) {
  if (!draft.status) return;
  draft.status.textContent = text;
  draft.status.classList.toggle('sg-draft-problem', problem);
}

/**
 * Sends the form's answers (what the task writes) as the task's draft. Returns the time the server
 * saved it, or null; when the server cannot take it, the answers stay on this computer.
 */
async function saveDraft(draft, why, values = null) {
  const answers = values ? only(values, draft.writes) : only(draft.form._getState().data, draft.writes);
  const json = JSON.stringify(answers);
  if (!values && json === draft.savedJson) return null;
  draft.lastAttempt = Date.now();
  const answer = await call('PUT', draftPath(draft.taskId), { values: answers });
  if (answer.status === 200) {
    draft.savedJson = json;
    draft.savedAt = answer.json.draft.savedAt;
    draft.changed = JSON.stringify(only(draft.form._getState().data, draft.writes)) !== json;
    forget(draft.taskId);
    say(draft, why === 'saved' ? `Draft saved at ${timeOf(draft.savedAt)}` : `Draft saved at ${timeOf(draft.savedAt)} (${why})`);
    return draft.savedAt;
  }
  keepOnThisComputer(draft, answers);
  const reason = answer.status === 401 ? 'you are signed out' : (answer.json && answer.json.message) || `the server answered ${answer.status}`;
  say(draft, `Draft not saved on the server: ${reason}. It is kept on this computer and sent when you are signed in again.`, true);
  return null;
}

// Tasklist's Save (and its own save when a request finds the session gone) writes the form's answers
// to local storage: send them to the server too.
Storage.prototype.setItem = function setLocal(key, value) {
  setItem.call(this, key, value);
  if (this === localStorage && typeof key === 'string' && key.startsWith(LOCAL_COPY) && current
    && key === LOCAL_COPY + current.taskId) {
    let values = null;
    try {
      values = JSON.parse(value);
    } catch (notJson) {
      return;
    }
    saveDraft(current, 'saved', values);
  }
};

/** What a task form is imported with: the server's draft over what the case prefills, unless a local copy is newer. */
async function withTheDraft(form, data) {
  const taskId = taskInView();
  const container = form._container;
  if (!taskId || (container && container.closest('.modal'))) return { data, draft: null };
  // Typing in the task left behind is not lost by opening another.
  if (current && current.changed && current.taskId !== taskId) saveDraft(current, 'saved automatically');
  let answer = await call('GET', draftPath(taskId));
  if (answer.status === 0 || answer.status >= 500) {
    // A request lost on the way, or refused while Tasklist's own requests of the same moment update
    // the session: asked once more, so that a draft on the server is never missed for a hiccup.
    await new Promise((resolve) => setTimeout(resolve, 500));
    answer = await call('GET', draftPath(taskId));
  }
  if (answer.status !== 200) return { data, draft: null }; // not a task this person works
  const server = answer.json;
  const draft = {
    taskId, taskName: server.task, form, writes: server.writes, savedJson: null,
    savedAt: server.draft ? server.draft.savedAt : null, changed: false, lastAttempt: Date.now(), status: null,
  };
  const local = localCopy(taskId);
  const mark = notSentMark(taskId);
  let restored = data;
  let message = null;
  if (local && ((mark && mark.basedOn) || null) === draft.savedAt) {
    // Made on this computer after the server's draft (or with none there): Tasklist has put it in the form.
    draft.sendLocalCopy = only(local, server.writes);
    message = 'Your draft kept on this computer is restored';
  } else {
    if (local) forget(taskId); // an older copy: a newer draft is on the server
    if (server.draft) {
      restored = { ...data, ...only(server.draft.values, server.writes) };
      draft.savedJson = JSON.stringify(only(server.draft.values, server.writes));
      message = `Draft restored: saved by ${server.draft.savedByName} at ${timeOf(server.draft.savedAt)}`;
    }
  }
  draft.message = message;
  return { data: restored, draft };
}

function attach(draft) {
  const container = draft.form._container;
  if (container && container.parentNode) {
    const status = document.createElement('p');
    status.className = 'sg-draft-status';
    status.setAttribute('role', 'status');
    container.parentNode.insertBefore(status, container.nextSibling);
    draft.status = status;
  }
  const answers = () => JSON.stringify(only(draft.form._getState().data, draft.writes));
  if (draft.savedJson === null) draft.savedJson = answers();
  draft.form.on('changed', () => {
    if (current === draft) draft.changed = answers() !== draft.savedJson;
  });
  draft.form.on('form.destroy', () => {
    if (current === draft) current = null;
  });
  current = draft;
  if (draft.message) say(draft, draft.message);
  if (draft.sendLocalCopy) saveDraft(draft, 'sent from this computer', draft.sendLocalCopy);
}

/** After a log-in: local copies that never reached the server, unless a newer draft is there. */
async function sendWhatWasNotSent() {
  const waiting = [];
  for (let index = 0; index < localStorage.length; index++) {
    const key = localStorage.key(index);
    if (key && key.startsWith(NOT_SENT)) waiting.push(key.substring(NOT_SENT.length));
  }
  for (const taskId of waiting) {
    if (current && current.taskId === taskId) continue; // the open form sends its own
    const local = localCopy(taskId);
    const mark = notSentMark(taskId);
    const answer = await call('GET', draftPath(taskId));
    if (answer.status === 404 || !local) {
      forget(taskId); // the task has ended, or is not this person's
    } else if (answer.status === 200) {
      const savedAt = answer.json.draft ? answer.json.draft.savedAt : null;
      if (savedAt !== ((mark && mark.basedOn) || null)) {
        forget(taskId);
      } else {
        const sent = await call('PUT', draftPath(taskId), { values: only(local, answer.json.writes) });
        if (sent.status === 200) forget(taskId);
      }
    }
  }
}

// --- form-js's Form class, through webpack's require -----------------------------------------------------

const Form = formClass('sg-server-drafts', 'importSchema');
if (Form) {
  const importSchema = Form.prototype.importSchema;
  Form.prototype.importSchema = async function importWithTheDraft(schema, data = {}) {
    const { data: restored, draft } = await withTheDraft(this, data);
    const result = await importSchema.call(this, schema, restored);
    if (draft) attach(draft);
    return result;
  };
} else {
  // eslint-disable-next-line no-console
  console.error('server-drafts.js: form-js\'s Form class was not found in this Tasklist; drafts stay in this browser only');
}

// --- every second: autosave, the warning, the end ----------------------------------------------------

function tick() {
  if (!session.signedIn || !session.settings || session.signingOut) {
    unwarn();
    return;
  }
  const now = Date.now();
  const end = sessionEnd();
  const warnBefore = Math.min(session.settings.warnBeforeSeconds * 1000, timeout() / 2);
  const saveBefore = Math.min(15_000, timeout() / 6);
  const draft = current;
  if (now >= end) {
    signOut();
    return;
  }
  if (draft && draft.changed && !draft.saving) {
    const due = now - draft.lastAttempt >= session.settings.autosaveSeconds * 1000 || now >= end - saveBefore;
    if (due) {
      draft.saving = true;
      saveDraft(draft, 'saved automatically').finally(() => {
        draft.saving = false;
      });
    }
  }
  if (now >= end - warnBefore) warn(end);
  else unwarn();
  stayWithTheServer();
}

window.addEventListener('storage', (event) => {
  if (event.key === SHARED_SESSION) tick();
});

showSignedOutNote();
signedIn();
setInterval(tick, 1000);
