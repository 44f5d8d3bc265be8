// Fills returns.html from GET /api/returns/cin-census/validation?year=<year> and
// GET /api/returns/ssda903/validation?year=<year> (returns/ReturnsApi): one data quality list for both returns. Read only;
// every value is written as text, never as markup. The Annex A form is a plain GET of the workbook; here it
// only starts at the six months to today.

const yearSelect = document.getElementById('year');
const status = document.getElementById('status');

/** The collection year a day falls in: from 1 April, that year; before, the year before. */
function collectionYear(day) {
  return day.getMonth() >= 3 ? day.getFullYear() : day.getFullYear() - 1;
}

function cell(row, text, tag = 'td') {
  const element = document.createElement(tag);
  if (text instanceof Node) {
    element.append(text);
  } else {
    element.textContent = text;
  }
  row.append(element);
  return element;
}

function link(href, text) {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

function refuse(message) {
  status.textContent = message;
  status.classList.add('refused');
  document.getElementById('quality').hidden = true;
}

/** The SSDA903 tables, in the DfE's order (returns/Ssda903Tables). */
const SSDA903_TABLES = ['Header', 'Episodes', 'Reviews', 'UASC', 'OC2', 'OC3', 'AD1', 'PlacedAdoption', 'PrevPerm',
  'Missing', 'SWEpisodes', 'DoLo'];

function downloads(year) {
  document.getElementById('download').href = `/api/returns/cin-census?year=${year}`;
  document.getElementById('download-ssda903').href = `/api/returns/ssda903?year=${year}`;
  const list = document.getElementById('ssda903-table-links');
  list.replaceChildren(...SSDA903_TABLES.map((table) => {
    const item = document.createElement('li');
    item.append(link(`/api/returns/ssda903/${table}.csv?year=${year}`, `${table}.csv`));
    return item;
  }));
}

/** One return's check: its answer, or a refusal's words. */
async function checkOne(path, year) {
  let answer;
  try {
    answer = await fetch(`/api/returns/${path}/validation?year=${year}`, {
      credentials: 'same-origin', headers: { Accept: 'application/json' },
    });
  } catch (error) {
    return { refused: 'The check could not be loaded: the service did not answer. Try again in a moment.' };
  }
  const body = await answer.json().catch(() => ({}));
  if (answer.status === 401) {
    return { refused: 'You are not signed in, or your session has ended: sign in to Cockpit as a manager first.' };
  }
  if (!answer.ok) {
    return { refused: body.message || `The check could not be loaded (error ${answer.status}).` };
  }
  return { body };
}

async function check(year) {
  status.classList.remove('refused');
  status.textContent = `Checking ${year} to ${year + 1}...`;
  downloads(year);
  const [census, ssda903] = await Promise.all([checkOne('cin-census', year), checkOne('ssda903', year)]);
  const refused = census.refused || ssda903.refused;
  if (refused) {
    refuse(refused);
    return;
  }
  const rows = document.querySelector('#failures tbody');
  rows.replaceChildren();
  const failures = [
    ...census.body.failures.map((failure) => ({ ...failure, return: 'CIN census' })),
    ...ssda903.body.failures.map((failure) => ({ ...failure, return: 'SSDA903' })),
  ];
  for (const failure of failures) {
    const row = document.createElement('tr');
    cell(row, link(`/child-case.html?case=${encodeURIComponent(failure.caseReference)}`, failure.caseReference), 'th')
      .scope = 'row';
    cell(row, failure.return);
    cell(row, failure.rule);
    cell(row, failure.message);
    cell(row, link(failure.link, failure.fixedAt));
    rows.append(row);
  }
  const children = new Set(failures.map((failure) => failure.caseReference)).size;
  document.getElementById('summary').textContent = `${census.body.year}: ${census.body.children} children in the census `
    + `(${census.body.rulesChecked.length} rules checked), ${ssda903.body.children} looked after children in the SSDA903 `
    + `(${ssda903.body.rulesChecked.length} rules checked); ${children} children with something to put right `
    + `(${failures.length} failures).`;
  document.getElementById('quality').hidden = false;
  status.textContent = failures.length === 0 ? 'Every child keeps every rule checked.' : 'Checked.';
}

/** A day as an input of type date holds it, in the browser's own calendar. */
function isoDay(day) {
  const pad = (number) => String(number).padStart(2, '0');
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

function annexAPeriod() {
  const to = new Date();
  const from = new Date(to);
  from.setMonth(from.getMonth() - 6);
  from.setDate(from.getDate() + 1);
  document.getElementById('annex-a-from').value = isoDay(from);
  document.getElementById('annex-a-to').value = isoDay(to);
}

function main() {
  annexAPeriod();
  const thisYear = collectionYear(new Date());
  for (let year = thisYear; year >= thisYear - 3; year -= 1) {
    const option = document.createElement('option');
    option.value = String(year);
    option.textContent = `${year} to ${year + 1}`;
    yearSelect.append(option);
  }
  const chosen = Number(new URLSearchParams(window.location.search).get('year')) || thisYear;
  yearSelect.value = String(chosen);
  downloads(chosen);
  document.getElementById('year-form').addEventListener('submit', (event) => {
    event.preventDefault();
    check(Number(yearSelect.value));
  });
  // Choosing a year checks it, so the downloads and the list below are always the chosen year's: the links
  // kept the first year's until "Check the year" was pressed, and a manager downloaded the wrong year.
  yearSelect.addEventListener('change', () => check(Number(yearSelect.value)));
  check(chosen);
}

main();
