// Fills notifications.html from GET /api/notifications/sent (notifications/NotificationsApi). Read only;
// every value is written as text, never as markup.

const status = document.getElementById('status');
const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/London' });

function cell(row, content) {
  const element = document.createElement('td');
  element.append(content);
  row.append(element);
  return element;
}

function sentText(email) {
  if (email.sentAt) {
    return when.format(new Date(email.sentAt));
  }
  const after = when.format(new Date(email.sendAfter));
  return email.digest ? `Waiting for the daily digest (${after})` : `Waiting, from ${after}`;
}

function theEmail(email) {
  const details = document.createElement('details');
  const summary = document.createElement('summary');
  summary.textContent = email.invitation ? 'Read it (with a calendar invitation)' : 'Read it';
  const body = document.createElement('pre');
  body.textContent = email.body;
  body.style.whiteSpace = 'pre-wrap';
  details.append(summary, body);
  return details;
}

async function load() {
  let answer;
  try {
    answer = await fetch('/api/notifications/sent', {
      credentials: 'same-origin', headers: { Accept: 'application/json', 'X-Requested-With': 'notifications' },
    });
  } catch (error) {
    status.textContent = 'The emails could not be loaded: the service did not answer. Try again in a moment.';
    return;
  }
  const body = await answer.json().catch(() => ({}));
  if (answer.status === 401) {
    status.textContent = 'You are not signed in, or your session has ended: sign in to Tasklist first, then open this page again.';
    return;
  }
  if (!answer.ok) {
    status.textContent = body.message || `The emails could not be loaded (error ${answer.status}).`;
    return;
  }
  const rows = document.querySelector('#emails tbody');
  rows.replaceChildren();
  for (const email of body.notifications) {
    const row = document.createElement('tr');
    cell(row, when.format(new Date(email.createdAt)));
    cell(row, email.to);
    cell(row, email.subject);
    cell(row, sentText(email));
    cell(row, theEmail(email));
    rows.append(row);
  }
  document.getElementById('scope').textContent = `The latest ${body.notifications.length} emails: ${body.scope}, newest first`;
  document.getElementById('emails').hidden = body.notifications.length === 0;
  status.textContent = body.notifications.length === 0 ? 'No emails yet.' : '';
}

load();
