// The page's behaviour. Every text it shows comes from the server: the JSON block "texts" of the
// page (rendered from the service's bilingual texts) or the service's answers. Nothing here is
// written into the DOM as HTML: answers may echo what the user typed.

const texts = JSON.parse(document.getElementById('texts').textContent);
const t = texts.text;
const labels = texts.labels;
const language = document.documentElement.lang;

const form = document.getElementById('application');
const checkStatus = document.getElementById('check-status');
const result = document.getElementById('result');
const productGroup = document.getElementById('product');
const roleSelect = form.elements.namedItem('role');
const primarySelect = form.elements.namedItem('primarySector');
const sectorBoxes = Array.from(form.querySelectorAll('input[name="sectors"]'));

/** Creates an element with attributes and children (strings become text nodes). */
function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

// ---- The form: role shows or hides pathway and stage; the primary sector is a checked one. ----

function syncRole() {
  const role = roleSelect.value;
  const product = role === '' || texts.productRoles.includes(role);
  productGroup.hidden = !product;
  productGroup.disabled = !product;
}

function syncPrimary() {
  const checked = new Set(sectorBoxes.filter((box) => box.checked).map((box) => box.value));
  for (const option of primarySelect.options) {
    if (option.value !== '') {
      option.disabled = !checked.has(option.value);
    }
  }
  if (primarySelect.value !== '' && !checked.has(primarySelect.value)) {
    primarySelect.value = '';
  }
  if (primarySelect.value === '' && checked.size === 1) {
    primarySelect.value = [...checked][0];
  }
}

roleSelect.addEventListener('change', syncRole);
sectorBoxes.forEach((box) => box.addEventListener('change', syncPrimary));
syncRole();
syncPrimary();

/** Returns the application the form holds, as the service's JSON; empty controls are absent. */
function application() {
  const data = {};
  for (const name of ['id', 'projectName', 'applicantName', 'origin', 'role', 'primarySector']) {
    const value = form.elements.namedItem(name).value;
    if (value !== '') data[name] = value;
  }
  data.sectors = sectorBoxes.filter((box) => box.checked).map((box) => box.value);
  if (data.sectors.length === 0) delete data.sectors;
  if (!productGroup.disabled) {
    for (const name of ['pathway', 'stage']) {
      const value = form.elements.namedItem(name).value;
      if (value !== '') data[name] = value;
    }
  }
  // A whole number goes as a number; anything else as typed, for the service to name the field.
  const years = form.elements.namedItem('yearsToIndustrialization').value.trim();
  if (years !== '') data.yearsToIndustrialization = /^-?\d{1,9}$/.test(years) ? Number(years) : years;
  return data;
}

function clearProblems() {
  form.querySelectorAll('[data-errors-of]').forEach((box) => box.replaceChildren());
  form.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
}

/** Shows each problem beside its control: "sectors[1]" beside "sectors", the unknown at the top. */
function showProblems(problems) {
  clearProblems();
  let first = null;
  for (const problem of problems) {
    const field = String(problem.field || 'document').split(/[[.]/)[0];
    let box = form.querySelector(`[data-errors-of="${CSS.escape(field)}"]`);
    const known = box !== null;
    if (!known) box = document.getElementById('errors-document');
    box.append(el('p', { 'data-error-for': known ? field : problem.field }, problem.message));
    const controls = known ? form.querySelectorAll(`[name="${CSS.escape(field)}"]`) : [];
    controls.forEach((control) => control.setAttribute('aria-invalid', 'true'));
    if (first === null && controls.length > 0) first = controls[0];
  }
  return first;
}

// ---- Assessing ----

async function assess(event) {
  event.preventDefault();
  const started = performance.now();
  const on = form.elements.namedItem('on').value;
  const url = '/v1/assessments' + (on ? '?on=' + encodeURIComponent(on) : '');
  checkStatus.textContent = t.ASSESSING;
  result.removeAttribute('data-elapsed-ms');
  let answer;
  let body;
  try {
    answer = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
      body: JSON.stringify(application()),
    });
    body = await answer.json();
  } catch (failure) {
    checkStatus.textContent = '';
    result.replaceChildren(el('p', { class: 'errors' }, el('p', {}, `${t.SERVICE_FAILED} ${failure.message}`)));
    return;
  }
  checkStatus.textContent = '';
  if (answer.ok) {
    clearProblems();
    showAssessment(body, on);
  } else if (Array.isArray(body.errors)) {
    const first = showProblems(body.errors);
    result.replaceChildren(el('p', { class: 'errors', 'data-result': 'invalid' }, el('p', {}, `${t.INVALID} (${body.detail})`)));
    if (first) first.focus();
  } else {
    clearProblems();
    result.replaceChildren(el('div', { class: 'errors' }, el('p', {}, `${t.SERVICE_FAILED} ${body.title}${t.COLON}${body.detail}`)));
  }
  result.setAttribute('data-elapsed-ms', String(Math.round(performance.now() - started)));
}

function showAssessment(assessment, on) {
  const tier = assessment.tier;
  const today = new Date().toISOString().slice(0, 10);
  const verdict = el('div', { class: 'verdict', 'data-tier': tier },
    el('p', {}, `${t.TIER}${t.COLON}`, el('span', { class: 'tier', 'data-result': 'tier', 'data-value': tier }, labels.tier[tier])),
    el('p', {}, texts.meaning[tier]),
    el('p', {}, `${t.SCORE}${t.COLON}`, el('span', { class: 'score', 'data-result': 'score' }, assessment.score), ` / 100`),
    el('p', {}, `${t.WHY_TIER}${t.COLON}`, el('span', { 'data-result': 'tierReason', 'data-value': assessment.tierReason.reasonCode }, assessment.tierReason.message)));

  const criteria = el('table', { 'data-result': 'criteria' },
    el('caption', {}, el('strong', {}, t.CRITERIA)),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t.CRITERION), el('th', { scope: 'col', class: 'number' }, t.POINTS), el('th', { scope: 'col' }, t.REASON))),
    el('tbody', {}, assessment.criteria.map((criterion) => {
      const nameId = `criterion-${criterion.criterion}`;
      return el('tr', { 'data-criterion': criterion.criterion },
        el('th', { scope: 'row', id: nameId }, labels.criterion[criterion.criterion]),
        el('td', { class: 'number' },
          el('meter', { min: 0, max: criterion.maxPoints, value: criterion.points, 'aria-labelledby': nameId }),
          ` ${criterion.points} / ${criterion.maxPoints}`),
        el('td', {}, criterion.message));
    })));

  const gates = el('ul', { class: 'gates' }, assessment.gates.map((gate) =>
    el('li', { 'data-gate': gate.gate, 'data-passed': String(gate.passed) },
      el('span', { class: gate.passed ? 'passed' : 'failed' }, `${gate.passed ? '\u2714' : '\u2718'} ${labels.gate[gate.gate]}${t.COLON}${gate.passed ? t.PASSED : t.FAILED}`),
      ' \u2014 ', gate.message)));

  const policy = assessment.policy;
  const edition = el('p', { class: 'edition', 'data-result': 'edition' },
    `${t.EDITION}${t.COLON}${policy.id} ${policy.version} (${t.EFFECTIVE_FROM} ${policy.effectiveFrom}). `,
    `${t.ASSESSED_ON}${t.COLON}${on || t.TODAY}.`,
    el('span', { class: 'print-only' }, `${t.PRINTED_ON}${t.COLON}${today}.`));

  const improvements = assessment.improvements || [];
  const ways = improvements.length === 0
    ? el('p', {}, t.IMPROVEMENTS_NONE)
    : el('ol', { class: 'improvements' }, improvements.map((improvement, index) =>
      el('li', { 'data-improvement': improvement.field },
        improvement.message,
        el('button', { type: 'button', class: 'secondary', 'data-apply': index, 'aria-label': `${t.APPLY}${t.COLON}${improvement.message}` }, t.APPLY))));
  ways.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-apply]');
    if (button) applyImprovement(improvements[Number(button.dataset.apply)]);
  });

  const print = el('button', { type: 'button', class: 'secondary no-print' }, t.PRINT);
  print.addEventListener('click', () => window.print());

  result.replaceChildren(
    el('h3', {}, t.RESULT_HEADING),
    verdict, edition, criteria,
    el('h3', {}, t.GATES), gates,
    el('h3', {}, t.IMPROVEMENTS), ways,
    el('p', {}, print));
}

/** Puts one improvement's value into its control, then assesses the form again. */
function applyImprovement(improvement) {
  const value = improvement.value;
  switch (improvement.field) {
    case 'sectors':
      sectorBoxes.forEach((box) => { box.checked = value.includes(box.value); });
      syncPrimary();
      break;
    case 'yearsToIndustrialization':
      form.elements.namedItem('yearsToIndustrialization').value = String(value);
      break;
    default:
      form.elements.namedItem(improvement.field).value = value;
      syncPrimary();
  }
  form.requestSubmit();
}

form.addEventListener('submit', assess);

// ---- Screening a file through the batch route ----

const fileInput = document.getElementById('f-file');
const screenStatus = document.getElementById('screen-status');
const screenResult = document.getElementById('screen-result');
const TIERS = Object.keys(labels.tier); // lowest first, as the service orders them
let downloadUrl = null;

/** Decodes a file's bytes: UTF-8 when they are valid UTF-8, else GB18030. */
function decode(buffer) {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(buffer), encoding: 'GB18030' };
  }
}

function isNdjson(name, text) {
  if (/\.(ndjson|jsonl)$/i.test(name)) return true;
  if (/\.csv$/i.test(name)) return false;
  return text.trimStart().startsWith('{');
}

/** Parses RFC 4180 CSV text into rows of cells. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') { quoted = false; } else { cell += c; }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(cell); cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell); rows.push(row); row = []; cell = '';
    } else {
      cell += c;
    }
  }
  if (cell !== '' || row.length > 0) { row.push(cell); rows.push(row); }
  return rows;
}

const camelToCode = (name) => name.replace(/[A-Z]/g, (letter) => '_' + letter).toUpperCase();

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
let workbookUrl = null;

/** Sends a file's body to the batch route, answered in the media type `accept`. */
function batch(body, type, accept) {
  return fetch('/v1/assessments/batch', {
    method: 'POST',
    headers: { 'Content-Type': type, Accept: accept, 'Accept-Language': language },
    body,
  });
}

async function screen() {
  const file = fileInput.files[0];
  if (!file) return;
  const started = performance.now();
  screenResult.replaceChildren();
  screenResult.removeAttribute('data-elapsed-ms');
  screenStatus.textContent = t.SCREENING;
  // A workbook is sent as it is; a text file is decoded here and sent as UTF-8.
  const workbook = /\.xlsx$/i.test(file.name);
  let body = file;
  let type = XLSX;
  let encoding = 'xlsx';
  let note = t.READ_AS_WORKBOOK;
  if (!workbook) {
    const decoded = decode(await file.arrayBuffer());
    body = decoded.text;
    encoding = decoded.encoding;
    note = encoding === 'GB18030' ? t.READ_AS_GB18030 : t.READ_AS_UTF8;
    type = `${isNdjson(file.name, body) ? 'application/x-ndjson' : 'text/csv'}; charset=utf-8`;
  }
  let answer;
  let blob;
  try {
    answer = await batch(body, type, 'text/csv');
    blob = await answer.blob();
  } catch (failure) {
    screenStatus.textContent = '';
    screenResult.replaceChildren(el('div', { class: 'errors' }, el('p', {}, answer ? t.CUT : `${t.SERVICE_FAILED} ${failure.message}`)));
    return;
  }
  screenStatus.textContent = '';
  const notice = el('p', { 'data-result': 'encoding', 'data-value': encoding }, `${file.name}${t.COLON}${note}`);
  if (!answer.ok) {
    const problem = JSON.parse(await blob.text());
    screenResult.replaceChildren(notice, el('div', { class: 'errors' },
      el('p', {}, `${t.SERVICE_FAILED} ${problem.title}${t.COLON}${problem.detail}`),
      (problem.errors || []).map((error) => el('p', { 'data-error-for': error.field }, error.cell ? `${error.cell}${t.COLON}${error.message}` : error.message))));
    return;
  }
  // The table comes from the CSV answer; the same records are then answered as a workbook, one
  // request after the other (the service holds few workbooks at once).
  const workbookAnswer = await batch(body, type, XLSX)
    .then(async (reply) => ({ answer: reply, blob: await reply.blob() }))
    .catch((failure) => ({ failure }));
  const [header, ...rows] = parseCsv(await blob.text());
  const column = Object.fromEntries(header.map((name, index) => [name, index]));
  const criteria = header.slice(column.score + 1, column.tierReason);
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = URL.createObjectURL(blob);
  if (workbookUrl) URL.revokeObjectURL(workbookUrl);
  workbookUrl = null;
  const stem = file.name.replace(/\.[^.]*$/, '');
  let workbookLink;
  if (workbookAnswer.answer && workbookAnswer.answer.ok) {
    workbookUrl = URL.createObjectURL(workbookAnswer.blob);
    workbookLink = el('a', { class: 'download', href: workbookUrl, download: `${stem}-results.xlsx`, 'data-result': 'download-xlsx' }, t.DOWNLOAD_XLSX);
  } else {
    workbookLink = el('p', { class: 'errors' }, `${t.SERVICE_FAILED} ${workbookAnswer.failure ? workbookAnswer.failure.message : workbookAnswer.answer.status}`);
  }
  screenResult.replaceChildren(
    notice,
    summary(rows, column),
    el('a', { class: 'download', href: downloadUrl, download: `${stem}-results.csv`, 'data-result': 'download' }, t.DOWNLOAD),
    workbookLink,
    results(rows, column, criteria));
  screenResult.setAttribute('data-elapsed-ms', String(Math.round(performance.now() - started)));
}

function summary(rows, column) {
  const counts = Object.fromEntries(TIERS.map((tier) => [tier, 0]));
  let invalid = 0;
  for (const row of rows) {
    if (row[column.tier]) counts[row[column.tier]] += 1; else invalid += 1;
  }
  const line = (label, key, count) => el('tr', {}, el('th', { scope: 'row' }, label), el('td', { class: 'number', 'data-count': key }, count));
  return el('table', { class: 'summary', 'data-result': 'summary' },
    el('caption', {}, el('strong', {}, t.SUMMARY)),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t.TIER), el('th', { scope: 'col', class: 'number' }, t.COUNT))),
    el('tbody', {},
      [...TIERS].reverse().map((tier) => line(labels.tier[tier], tier, counts[tier])),
      line(t.INVALID_RECORDS, 'INVALID', invalid),
      line(t.TOTAL, 'TOTAL', rows.length)));
}

function results(rows, column, criteria) {
  const rank = (row) => (row[column.tier] ? TIERS.indexOf(row[column.tier]) : -1);
  const score = (row) => (row[column.score] === '' ? -1 : Number(row[column.score]));
  const orders = {
    line: (a, b) => Number(a[column.line]) - Number(b[column.line]),
    tier: (a, b) => rank(a) - rank(b) || score(a) - score(b),
    score: (a, b) => score(a) - score(b) || rank(a) - rank(b),
  };
  const body = el('tbody');
  const headers = {};
  const sortable = (key, label) => {
    const button = el('button', { type: 'button', class: 'sort' }, label);
    const th = el('th', { scope: 'col', 'data-sort': key, class: key === 'line' || key === 'score' ? 'number' : null }, button);
    button.addEventListener('click', () => sort(key, th.getAttribute('aria-sort') === 'descending' ? 'ascending' : 'descending'));
    headers[key] = th;
    return th;
  };
  function sort(key, direction) {
    const sign = direction === 'ascending' ? 1 : -1;
    const sorted = [...rows].sort((a, b) => sign * orders[key](a, b) || orders.line(a, b));
    Object.values(headers).forEach((th) => th.removeAttribute('aria-sort'));
    headers[key].setAttribute('aria-sort', direction);
    body.replaceChildren(...sorted.map(rowOf));
  }
  const rowOf = (row) => {
    const tier = row[column.tier];
    return el('tr', { 'data-line': row[column.line], 'data-tier': tier || 'INVALID', class: tier ? null : 'invalid' },
      el('td', { class: 'number' }, row[column.line]),
      el('td', {}, row[column.id]),
      el('td', {}, tier ? labels.tier[tier] : ''),
      el('td', { class: 'number' }, row[column.score]),
      criteria.map((name) => el('td', { class: 'number' }, row[column[name]])),
      el('td', {}, row[column.problems]));
  };
  const table = el('table', { class: 'results', 'data-result': 'results' },
    el('caption', {}, el('strong', {}, t.RESULTS)),
    el('thead', {}, el('tr', {},
      sortable('line', t.COL_LINE),
      el('th', { scope: 'col' }, t.COL_ID),
      sortable('tier', t.TIER),
      sortable('score', t.SCORE),
      criteria.map((name) => el('th', { scope: 'col', class: 'number' }, labels.criterion[camelToCode(name)])),
      el('th', { scope: 'col' }, t.COL_PROBLEMS))),
    body);
  sort('line', 'ascending');
  return table;
}

fileInput.addEventListener('change', screen);
// The screening form has no button: a file is screened when chosen. Submitting it anyway (Enter, or
// a script calling requestSubmit) screens the chosen file again instead of leaving the page.
document.getElementById('screening').addEventListener('submit', (event) => {
  event.preventDefault();
  screen();
});
