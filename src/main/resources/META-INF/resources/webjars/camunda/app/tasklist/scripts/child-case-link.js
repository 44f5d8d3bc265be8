// "Child's case" beside the open task's actions in Tasklist: one click opens the child's case in one
// view (/child-case.html, read only) in a new tab, so a half-typed form stays as it is.
//
// Upgrade-safe: this is a Tasklist plugin in the documented format (a module listed under
// customScripts in config.js whose default export names a pluginPoint and a render function) at the
// documented plugin point tasklist.task.action, where Tasklist's own "Add comment" sits. No Tasklist
// markup is searched or changed. The plugin point renders once, above whichever task is open, and
// passes no task: the task is the one in Tasklist's URL (#/?...&task=<id>), read again whenever the
// URL changes.
//
// The case reference is the business key of every process of the child. It is read with the
// practitioner's own rights through the webapps' engine API (context.api): the task, then its process
// instance; where the practitioner may not read the instance, the task's caseReference variable. The
// case page then applies need-to-know (childcase/CaseAccess) itself.

const PAGE = '/child-case.html';

let stopFollowing = () => {};

function currentTaskId() {
  const query = window.location.hash.split('?')[1] || '';
  return new URLSearchParams(query).get('task');
}

async function getJson(url) {
  const answer = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  return answer.ok ? answer.json() : null;
}

/** The case reference of the task's child, or null when the task belongs to no child's case. */
async function caseReferenceOf(engineApi, taskId) {
  const task = await getJson(`${engineApi}/task/${encodeURIComponent(taskId)}`);
  if (!task || !task.processInstanceId) return null;
  const instance = await getJson(`${engineApi}/process-instance/${encodeURIComponent(task.processInstanceId)}`);
  if (instance && instance.businessKey) return instance.businessKey;
  const variable = await getJson(`${engineApi}/task/${encodeURIComponent(taskId)}/variables/caseReference`);
  return variable && typeof variable.value === 'string' ? variable.value : null;
}

export default {
  id: 'child-case-link',
  pluginPoint: 'tasklist.task.action',
  priority: 200,
  render: (node, { api }) => {
    const link = document.createElement('a');
    link.className = 'sg-child-case-link';
    link.target = '_blank';
    link.rel = 'noopener';
    link.hidden = true;
    // Apart from Tasklist's own action beside it ("Add comment"), without touching its styles.
    link.style.marginLeft = '1.5em';
    const icon = document.createElement('span');
    icon.className = 'glyphicon glyphicon-user';
    icon.setAttribute('aria-hidden', 'true');
    const newTab = document.createElement('span');
    newTab.className = 'sr-only';
    newTab.textContent = ' (opens in a new tab)';
    link.append(icon, " Child's case", newTab);
    node.append(link);

    let shownFor = null;
    async function follow() {
      const taskId = currentTaskId();
      if (taskId === shownFor) return;
      shownFor = taskId;
      link.hidden = true;
      link.removeAttribute('href');
      if (!taskId) return;
      const caseReference = await caseReferenceOf(api.engineApi, taskId).catch(() => null);
      if (shownFor !== taskId || !caseReference) return; // another task was opened meanwhile, or no case
      link.href = `${PAGE}?case=${encodeURIComponent(caseReference)}`;
      link.title = `The case of this child (${caseReference}), read only`;
      link.hidden = false;
    }
    stopFollowing();
    window.addEventListener('hashchange', follow);
    stopFollowing = () => window.removeEventListener('hashchange', follow);
    follow();
  },
  unmount: () => stopFollowing(),
};
