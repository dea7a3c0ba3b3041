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

/** Fills a text's numbered places ({0}, {1}…) with {@code values}. */
function fill(text, ...values) {
  return values.reduce((filled, value, index) => filled.replace(`{${index}}`, String(value)), text);
}

/** The date and time now in Beijing, whatever the computer's time zone, in the page's language. */
function beijingNow() {
  return new Intl.DateTimeFormat(language, {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(new Date());
}

/** What an answer that is not a problem+json, or no answer at all, means for the person. */
function failureText(answer) {
  return answer ? t.ANSWER_UNREADABLE : t.NETWORK_FAILED;
}

/**
 * The application as submitted (the last one the person assessed with the form's button), and the
 * what-if applied to it, if any: the improvements applied since, each {field, value, submitted}.
 */
let submitted = null;
let whatIf = [];

/** Puts {@code data}, an application as the service reads it, into the form. */
function fillForm(data) {
  for (const name of ['id', 'projectName', 'applicantName', 'origin', 'role', 'pathway', 'stage']) {
    form.elements.namedItem(name).value = data[name] === undefined ? '' : String(data[name]);
  }
  const sectors = data.sectors || [];
  sectorBoxes.forEach((box) => { box.checked = sectors.includes(box.value); });
  syncRole();
  syncPrimary();
  form.elements.namedItem('primarySector').value = data.primarySector || '';
  const years = data.yearsToIndustrialization;
  form.elements.namedItem('yearsToIndustrialization').value = years === undefined ? '' : String(years);
}

async function assess(event) {
  event.preventDefault();
  submitted = application();
  whatIf = [];
  await run(submitted);
}

/** Assesses {@code data} and shows the answer; {@code whatIf} says whether it is a what-if. */
async function run(data) {
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
      body: JSON.stringify(data),
    });
    body = await answer.json();
  } catch {
    checkStatus.textContent = '';
    result.replaceChildren(el('div', { class: 'errors', 'data-result': 'failure' }, el('p', {}, failureText(answer))));
    result.setAttribute('data-elapsed-ms', String(Math.round(performance.now() - started)));
    return;
  }
  checkStatus.textContent = '';
  if (answer.ok) {
    clearProblems();
    showAssessment(body, on, data);
    const heading = document.getElementById('result-heading');
    heading.focus();
    checkStatus.textContent = fill(t.ASSESSED_ANNOUNCE, labels.tier[body.tier], body.score);
  } else if (Array.isArray(body.errors)) {
    const first = showProblems(body.errors);
    result.replaceChildren(el('div', { class: 'errors' }, el('p', { 'data-result': 'invalid' }, fill(t.INVALID, body.detail))));
    if (first) first.focus();
  } else {
    clearProblems();
    result.replaceChildren(el('div', { class: 'errors', 'data-result': 'failure' }, el('p', {}, `${t.SERVICE_FAILED}${t.COLON}${body.title}${t.COLON}${body.detail}`)));
  }
  result.setAttribute('data-elapsed-ms', String(Math.round(performance.now() - started)));
}

/** Returns how a value of the application reads: the label of a code, the codes' labels joined. */
function shown(name, value) {
  if (value === undefined || value === null || value === '') return '\u2014';
  const vocabulary = { origin: 'origin', role: 'role', pathway: 'pathway', stage: 'stage', primarySector: 'sector', sectors: 'sector' }[name];
  if (!vocabulary) return String(value);
  const values = Array.isArray(value) ? value : [value];
  return values.map((code) => labels[vocabulary][code] || code).join(t.LIST_SEPARATOR);
}

const FIELDS = ['id', 'projectName', 'applicantName', 'origin', 'role', 'sectors', 'primarySector', 'pathway', 'stage', 'yearsToIndustrialization'];

/** The application as assessed, each field with its label; a what-if's changes marked. */
function inputs(data) {
  const changed = Object.fromEntries(whatIf.map((change) => [change.field, change]));
  return el('table', { class: 'inputs print-only', 'data-result': 'inputs' },
    el('caption', {}, el('strong', {}, t.INPUTS)),
    el('tbody', {}, FIELDS.map((name) => el('tr', { 'data-field': name, class: changed[name] ? 'what-if' : null },
      el('th', { scope: 'row' }, texts.fields[name]),
      el('td', {}, shown(name, data[name]),
        changed[name] ? ` (${t.WHAT_IF}${t.COLON}${t.SUBMITTED_VALUE} ${shown(name, changed[name].submitted)})` : null)))));
}

function showAssessment(assessment, on, data) {
  const tier = assessment.tier;
  const identity = el('dl', { class: 'identity', 'data-result': 'identity' },
    ['id', 'projectName', 'applicantName'].map((name) => el('div', {},
      el('dt', {}, texts.fields[name]),
      el('dd', { 'data-result': name }, shown(name, data[name])))));

  const marker = whatIf.length === 0 ? null : el('div', { class: 'what-if-note', 'data-result': 'what-if', role: 'note' },
    el('p', {}, el('strong', {}, t.WHAT_IF), t.COLON, t.WHAT_IF_NOTE),
    el('ul', {}, whatIf.map((change) => el('li', {},
      `${texts.fields[change.field]}${t.COLON}${shown(change.field, change.submitted)} \u2192 ${shown(change.field, change.value)}`))),
    undoButton());

  const verdict = el('div', { class: 'verdict', 'data-tier': tier },
    el('p', {}, `${t.TIER}${t.COLON}`, el('span', { class: 'tier', 'data-result': 'tier', 'data-value': tier }, labels.tier[tier])),
    el('p', {}, texts.meaning[tier]),
    el('p', {}, `${t.SCORE}${t.COLON}`, el('span', { class: 'score', 'data-result': 'score' }, assessment.score), ` / 100`),
    el('p', {}, `${t.WHY_TIER}${t.COLON}`, el('span', { 'data-result': 'tierReason', 'data-value': assessment.tierReason.reasonCode }, assessment.tierReason.message)));

  const criteria = el('table', { class: 'criteria', 'data-result': 'criteria' },
    el('caption', {}, el('strong', {}, t.CRITERIA)),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, t.CRITERION),
      el('th', { scope: 'col', class: 'bar' }, el('span', { class: 'visually-hidden' }, t.SHARE)),
      el('th', { scope: 'col', class: 'number' }, t.POINTS),
      el('th', { scope: 'col' }, t.REASON))),
    el('tbody', {}, assessment.criteria.map((criterion) => {
      const nameId = `criterion-${criterion.criterion}`;
      const share = criterion.maxPoints === 0 ? 0 : criterion.points / criterion.maxPoints;
      const level = share >= 0.75 ? 'high' : share >= 0.4 ? 'middle' : 'low';
      return el('tr', { 'data-criterion': criterion.criterion },
        el('th', { scope: 'row', id: nameId }, labels.criterion[criterion.criterion]),
        el('td', { class: 'bar' },
          el('meter', { min: 0, max: criterion.maxPoints, value: criterion.points, 'aria-labelledby': nameId, class: level, 'data-level': level })),
        el('td', { class: 'number' }, `${criterion.points} / ${criterion.maxPoints}`),
        el('td', {}, criterion.message));
    })));

  const gates = el('ul', { class: 'gates' }, assessment.gates.map((gate) =>
    el('li', { 'data-gate': gate.gate, 'data-passed': String(gate.passed) },
      el('span', { class: gate.passed ? 'passed' : 'failed' }, `${gate.passed ? '\u2714' : '\u2718'} ${labels.gate[gate.gate]}${t.COLON}${gate.passed ? t.PASSED : t.FAILED}`),
      ' \u2014 ', gate.message)));

  const policy = assessment.policy;
  const edition = el('div', { class: 'edition', 'data-result': 'edition' },
    el('p', {}, `${t.EDITION}${t.COLON}${policy.id} ${policy.version}${t.SEPARATOR}${t.EFFECTIVE_FROM}${t.COLON}${policy.effectiveFrom}`),
    el('p', {}, `${t.ASSESSED_ON}${t.COLON}${on || t.TODAY}`),
    el('p', { class: 'print-only', 'data-result': 'printed' }, `${t.PRINTED_ON}${t.COLON}${beijingNow()}`));

  const improvements = assessment.improvements || [];
  const ways = improvements.length === 0
    ? el('p', {}, t.IMPROVEMENTS_NONE)
    : el('ol', { class: 'improvements' }, improvements.map((improvement, index) =>
      el('li', { 'data-improvement': improvement.field },
        improvement.message,
        el('button', { type: 'button', class: 'secondary', 'data-apply': index, 'aria-label': `${t.APPLY}${t.COLON}${improvement.message}` }, t.APPLY))));
  ways.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-apply]');
    if (button) applyImprovement(improvements[Number(button.dataset.apply)], data);
  });

  const print = el('button', { type: 'button', class: 'secondary no-print' }, t.PRINT);
  print.addEventListener('click', () => window.print());

  ways.classList.add('no-print');
  result.replaceChildren(...[
    el('h3', { id: 'result-heading', tabindex: '-1' }, whatIf.length === 0 ? t.RESULT_HEADING : `${t.RESULT_HEADING}${t.COLON}${t.WHAT_IF}`),
    identity, marker, verdict, edition, inputs(data), criteria,
    el('h3', {}, t.GATES), gates,
    el('h3', { class: 'no-print' }, t.IMPROVEMENTS), ways,
    el('p', { class: 'no-print' }, print),
    whatIf.length === 0 ? saveForm(assessment, on, data) : null].filter((part) => part !== null));
}

function undoButton() {
  const button = el('button', { type: 'button', class: 'secondary no-print', 'data-undo': '' }, t.UNDO);
  button.addEventListener('click', () => {
    whatIf = [];
    fillForm(submitted);
    run(submitted);
  });
  return button;
}

/**
 * Applies one improvement as a what-if: the form shows the changed value and the application is
 * assessed again, marked as a what-if; the submitted application is kept, to undo it.
 */
function applyImprovement(improvement, current) {
  const data = { ...current, [improvement.field]: improvement.value };
  if (improvement.field === 'sectors' && data.primarySector && !improvement.value.includes(data.primarySector)) {
    delete data.primarySector;
  }
  const earlier = whatIf.find((change) => change.field === improvement.field);
  if (earlier) {
    earlier.value = improvement.value;
  } else {
    whatIf.push({ field: improvement.field, value: improvement.value, submitted: submitted[improvement.field] });
  }
  fillForm(data);
  run(data);
}

form.addEventListener('submit', assess);

// ---- The scoring table of the edition in force, read from the service when it is opened ----

const scoring = document.getElementById('scoring');
const scoringTable = document.getElementById('scoring-table');

async function showScoring() {
  const on = form.elements.namedItem('on').value;
  scoringTable.replaceChildren(el('p', { role: 'status' }, t.SCORING_LOADING));
  let edition;
  try {
    const answer = await fetch('/v1/policy' + (on ? '?on=' + encodeURIComponent(on) : ''), { headers: { 'Accept-Language': language } });
    edition = await answer.json();
    if (!answer.ok) throw new Error(edition.detail);
  } catch {
    scoringTable.replaceChildren(el('div', { class: 'errors' }, el('p', {}, t.SCORING_FAILED)));
    return;
  }
  const row = (condition, points) => el('tr', {}, el('td', {}, condition), el('td', { class: 'number' }, points));
  const group = (criterion, maxPoints, rows) => el('tbody', { 'data-criterion': criterion },
    el('tr', {}, el('th', { scope: 'rowgroup', colspan: 2 }, `${labels.criterion[criterion]}${t.SEPARATOR}${fill(t.SCORING_MAX, maxPoints)}`)),
    rows);
  const bands = [];
  let from = 0;
  for (const band of edition.horizon.bands) {
    bands.push(row(fill(t.SCORING_BAND, from, band.upToYears), band.points));
    from = band.upToYears + 1;
  }
  bands.push(row(fill(t.SCORING_BEYOND, from - 1), edition.horizon.beyond));
  const sectorFit = edition.sectorFit;
  scoringTable.replaceChildren(
    el('p', { 'data-result': 'scoring-edition' }, fill(t.SCORING_EDITION, edition.id, edition.version, edition.effectiveFrom)),
    el('ul', {},
      el('li', {}, fill(t.SCORING_FOCUS_SECTORS, edition.focusSectors.map((sector) => labels.sector[sector]).join(t.LIST_SEPARATOR))),
      el('li', {}, fill(t.SCORING_HORIZON_LIMIT, edition.horizonLimit)),
      el('li', {}, fill(t.SCORING_MILESTONE, labels.stage[edition.priorityMilestone])),
      el('li', {}, fill(t.SCORING_THRESHOLD, edition.eligibilityThreshold))),
    el('table', { class: 'scoring-table' },
      el('caption', {}, el('strong', {}, t.SCORING_HEADING)),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t.SCORING_CONDITION), el('th', { scope: 'col', class: 'number' }, t.SCORING_POINTS))),
      group('SECTOR_FIT', sectorFit.maxPoints, [
        row(t.SCORING_PRIMARY_FOCUS, sectorFit.primaryFocus),
        row(t.SCORING_SECONDARY_FOCUS, sectorFit.secondaryFocus),
        row(t.SCORING_OTHER_REGENERATIVE, sectorFit.otherRegenerative),
        row(t.SCORING_NO_SECTOR, sectorFit.none)]),
      group('MATURITY', edition.maturity.maxPoints, [
        ...Object.entries(edition.maturity.stages).map(([stage, points]) => row(fill(t.SCORING_STAGE, labels.stage[stage]), points)),
        row(t.SCORING_OPERATING_SERVICE, edition.maturity.operatingService)]),
      group('HORIZON', edition.horizon.maxPoints, bands),
      group('ROLE', edition.role.maxPoints,
        Object.entries(edition.role.roles).map(([role, points]) => row(fill(t.SCORING_ROLE, labels.role[role]), points)))));
}

scoring.addEventListener('toggle', () => { if (scoring.open) showScoring(); });
form.elements.namedItem('on').addEventListener('change', () => { if (scoring.open) showScoring(); });

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
  } catch {
    screenStatus.textContent = '';
    screenResult.replaceChildren(el('div', { class: 'errors', 'data-result': 'failure' }, el('p', {}, answer ? t.CUT : t.NETWORK_FAILED)));
    return;
  }
  screenStatus.textContent = '';
  const notice = el('p', { 'data-result': 'encoding', 'data-value': encoding }, `${file.name}${t.COLON}${note}`);
  if (!answer.ok) {
    let problem;
    try {
      problem = JSON.parse(await blob.text());
    } catch {
      screenResult.replaceChildren(notice, el('div', { class: 'errors', 'data-result': 'failure' }, el('p', {}, t.ANSWER_UNREADABLE)));
      return;
    }
    screenResult.replaceChildren(notice, el('div', { class: 'errors' },
      el('p', {}, `${t.SERVICE_FAILED}${t.COLON}${problem.title}${t.COLON}${problem.detail}`),
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
  downloadUrl = URL.createObjectURL(language === 'en' ? blob : await forSpreadsheet(type, body, blob));
  if (workbookUrl) URL.revokeObjectURL(workbookUrl);
  workbookUrl = null;
  const stem = file.name.replace(/\.[^.]*$/, '');
  let workbookLink;
  if (workbookAnswer.answer && workbookAnswer.answer.ok) {
    workbookUrl = URL.createObjectURL(workbookAnswer.blob);
    workbookLink = el('a', { class: 'download', href: workbookUrl, download: `${stem}-results.xlsx`, 'data-result': 'download-xlsx' }, t.DOWNLOAD_XLSX);
  } else {
    workbookLink = el('p', { class: 'errors', 'data-result': 'failure' }, workbookAnswer.failure ? t.NETWORK_FAILED : `${t.SERVICE_FAILED}${t.COLON}${workbookAnswer.answer.status}`);
  }
  screenResult.replaceChildren(
    notice,
    summary(rows, column),
    el('a', { class: 'download', href: downloadUrl, download: `${stem}-results.csv`, 'data-result': 'download' }, t.DOWNLOAD),
    workbookLink,
    results(rows, column, criteria));
  screenResult.setAttribute('data-elapsed-ms', String(Math.round(performance.now() - started)));
}

/**
 * The answer to download on the Chinese page: the batch route's CSV for spreadsheets (a byte-order
 * mark, Chinese headers and labels, the row each record is on), which Excel on Chinese Windows
 * opens as it is. When it cannot be had, the answer shown ({@code shown}) is downloaded instead.
 */
async function forSpreadsheet(type, body, shown) {
  try {
    const answer = await fetch('/v1/assessments/batch?labels=zh', {
      method: 'POST',
      headers: { 'Content-Type': type, 'Accept-Language': language },
      body,
    });
    return answer.ok ? await answer.blob() : shown;
  } catch {
    return shown;
  }
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

/** The problems cell of the CSV answer ("field: message | …") as the messages, each marked by field. */
function problemsOf(cell) {
  if (!cell) return '';
  return cell.split(' | ').map((problem) => {
    const found = /^([^:\s]+): (.*)$/s.exec(problem);
    return found ? el('span', { class: 'problem', 'data-problem-for': found[1] }, found[2]) : el('span', { class: 'problem' }, problem);
  });
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
      el('td', {}, problemsOf(row[column.problems])));
  };
  const table = el('table', { class: 'results', 'data-result': 'results' },
    el('caption', { id: 'results-caption' }, el('strong', {}, t.RESULTS)),
    el('thead', {}, el('tr', {},
      sortable('line', t.COL_LINE),
      el('th', { scope: 'col' }, t.COL_ID),
      sortable('tier', t.TIER),
      sortable('score', t.SCORE),
      criteria.map((name) => el('th', { scope: 'col', class: 'number' }, labels.criterion[camelToCode(name)])),
      el('th', { scope: 'col' }, t.COL_PROBLEMS))),
    body);
  sort('line', 'ascending');
  // A narrow screen scrolls the table, not the page; the keyboard can scroll it too.
  return el('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': 'results-caption' }, table);
}

fileInput.addEventListener('change', screen);
// The screening form has no button: a file is screened when chosen. Submitting it anyway (Enter, or
// a script calling requestSubmit) screens the chosen file again instead of leaving the page.
document.getElementById('screening').addEventListener('submit', (event) => {
  event.preventDefault();
  screen();
});

// ---- Decision records: a login, then the newest records. The session cookie is HttpOnly; the
// CSRF token the login answers is kept here only, and sent with the requests that change something.

const loginForm = document.getElementById('login');
const recordsStatus = document.getElementById('records-status');
const recordsList = document.getElementById('records-list');
const recordsSection = document.getElementById('records');
const recordView = document.getElementById('record-view');
let session = null;
let recordsQuery = {};

/** The day an instant falls on in Beijing, as an ISO date. */
function beijingDay(instant) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(instant));
}

/** The text of a problem+json answer, or of a failure to get one. */
async function problemText(answer) {
  try {
    const problem = await answer.json();
    return `${problem.title}${t.COLON}${problem.detail}`;
  } catch {
    return failureText(answer);
  }
}

function loggedOut(text) {
  session = null;
  loginForm.hidden = false;
  recordsList.replaceChildren();
  recordView.replaceChildren();
  recordsStatus.textContent = text;
}

async function showRecords() {
  let answer;
  try {
    const query = new URLSearchParams({ ...recordsQuery, limit: '100' });
    answer = await fetch('/v1/decisions?' + query, { headers: { Accept: 'application/json', 'Accept-Language': language } });
  } catch {
    recordsStatus.textContent = failureText(answer);
    return;
  }
  if (!answer.ok) {
    loggedOut(await problemText(answer));
    return;
  }
  const page = await answer.json();
  loginForm.hidden = true;
  recordsStatus.textContent = fill(t.LOGGED_IN_AS, session.user);
  const logout = el('button', { type: 'button', 'data-action': 'logout' }, t.LOG_OUT);
  logout.addEventListener('click', logOut);
  const rows = page.decisions.map((record) => el('tr', { 'data-record': record.id },
    el('td', {}, el('button', { type: 'button', class: 'link', 'data-open': record.id }, beijingDay(record.recordedAt))),
    el('td', {}, record.application.applicantName),
    el('td', {}, record.application.projectName),
    el('td', { 'data-tier': record.assessment.tier }, labels.tier[record.assessment.tier]),
    el('td', { 'data-disposition': record.disposition }, labels.disposition[record.disposition])));
  const table = rows.length === 0
    ? el('p', { 'data-result': 'no-records' }, t.RECORDS_NONE)
    : el('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': 'records-caption' },
      el('table', { class: 'results', 'data-result': 'records' },
        el('caption', { id: 'records-caption' }, el('strong', {}, t.RECORDS_CAPTION)),
        el('thead', {}, el('tr', {},
          el('th', { scope: 'col' }, t.COL_RECORDED_ON),
          el('th', { scope: 'col' }, t.FIELD_APPLICANT_NAME),
          el('th', { scope: 'col' }, t.FIELD_PROJECT_NAME),
          el('th', { scope: 'col' }, t.TIER),
          el('th', { scope: 'col' }, t.COL_DISPOSITION))),
        el('tbody', {}, rows)));
  table.addEventListener('click', (event) => {
    const open = event.target.closest('button[data-open]');
    if (open) showRecord(open.dataset.open);
  });
  recordsList.replaceChildren(el('p', {}, logout), searchForm(), table);
}

async function logIn(event) {
  event.preventDefault();
  const user = loginForm.elements.namedItem('user').value;
  const password = loginForm.elements.namedItem('password');
  recordsStatus.textContent = t.LOGGING_IN;
  let answer;
  try {
    answer = await fetch('/v1/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
      body: JSON.stringify({ user, password: password.value }),
    });
  } catch {
    recordsStatus.textContent = failureText(answer);
    return;
  }
  password.value = '';
  if (!answer.ok) {
    recordsStatus.textContent = await problemText(answer);
    return;
  }
  session = await answer.json();
  await showRecords();
}

async function logOut() {
  if (session) {
    try {
      await fetch('/v1/session', { method: 'DELETE', headers: { 'X-CSRF-Token': session.csrfToken, 'Accept-Language': language } });
    } catch {
      // The session ends on the service by itself; the page forgets it either way.
    }
  }
  loggedOut('');
}

loginForm.addEventListener('submit', logIn);

// ---- Saving a decision after an assessment, and one record's view with its replay.

const SEARCH_FIELDS = ['applicant', 'tier', 'disposition'];

/** The tier's own disposition: what the service expects without a note. */
const OWN_DISPOSITION = { PRIORITY: 'ACCEPT', ELIGIBLE: 'ACCEPT', RESERVE: 'RESERVE', INELIGIBLE: 'DECLINE' };

/** Options of a select: "any" first when {@code any}, then each code with its label. */
function options(vocabulary, any, selected) {
  const codes = Object.keys(labels[vocabulary]);
  return [any ? el('option', { value: '' }, t.ANY) : null,
    ...codes.map((code) => el('option', { value: code, selected: code === selected ? '' : null }, labels[vocabulary][code]))]
    .filter((option) => option !== null);
}

/** The form that saves the officer's decision on an assessment just shown. */
function saveForm(assessment, on, data) {
  if (recordsSection.hidden) return null;
  const status = el('p', { role: 'status', 'data-result': 'save-status' });
  const form = el('form', { class: 'save-decision no-print', 'data-form': 'save-decision' },
    el('h3', {}, t.SAVE_HEADING),
    el('div', { class: 'field' },
      el('label', { for: 'f-disposition' }, t.FIELD_DISPOSITION),
      el('select', { id: 'f-disposition', name: 'disposition' }, options('disposition', false, OWN_DISPOSITION[assessment.tier]))),
    el('div', { class: 'field' },
      el('label', { for: 'f-note' }, t.FIELD_NOTE),
      el('textarea', { id: 'f-note', name: 'note', maxlength: '2000', rows: '3', 'aria-describedby': 'f-note-hint' }),
      el('p', { id: 'f-note-hint', class: 'hint' }, t.NOTE_HINT)),
    el('button', { type: 'submit' }, t.SAVE_DECISION),
    status);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!session) {
      status.textContent = t.LOG_IN_TO_SAVE;
      return;
    }
    const note = form.elements.namedItem('note').value.trim();
    const decision = { application: data, disposition: form.elements.namedItem('disposition').value };
    if (note) decision.note = note;
    if (on) decision.on = on;
    status.textContent = t.SAVING;
    let answer;
    try {
      answer = await fetch('/v1/decisions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': language, 'X-CSRF-Token': session.csrfToken },
        body: JSON.stringify(decision),
      });
    } catch {
      status.textContent = failureText(answer);
      return;
    }
    if (!answer.ok) {
      status.textContent = await problemText(answer);
      return;
    }
    const saved = await answer.json();
    status.textContent = fill(t.SAVED, saved.id);
    status.setAttribute('data-saved', saved.id);
    await showRecords();
  });
  return form;
}

/** The search over the records: applicant (a part of the name), tier and disposition. */
function searchForm() {
  const search = el('form', { id: 'records-search', class: 'records-search' },
    el('div', { class: 'field' },
      el('label', { for: 's-applicant' }, t.SEARCH_APPLICANT),
      el('input', { id: 's-applicant', name: 'applicant', maxlength: '200', value: recordsQuery.applicant || '' })),
    el('div', { class: 'field' },
      el('label', { for: 's-tier' }, t.TIER),
      el('select', { id: 's-tier', name: 'tier' }, options('tier', true, recordsQuery.tier))),
    el('div', { class: 'field' },
      el('label', { for: 's-disposition' }, t.COL_DISPOSITION),
      el('select', { id: 's-disposition', name: 'disposition' }, options('disposition', true, recordsQuery.disposition))),
    el('button', { type: 'submit' }, t.SEARCH));
  search.addEventListener('submit', (event) => {
    event.preventDefault();
    recordsQuery = Object.fromEntries(SEARCH_FIELDS
      .map((name) => [name, search.elements.namedItem(name).value.trim()])
      .filter(([, value]) => value !== ''));
    showRecords();
  });
  return search;
}

/** How an assessment reads in one line: tier and score. */
function verdictText(assessment) {
  return `${labels.tier[assessment.tier]}${t.SEPARATOR}${t.SCORE}${t.COLON}${assessment.score} / 100`;
}

/**
 * GETs a record route's JSON with the session's cookie; when there is no answer or it is a problem,
 * shows what went wrong in target and answers null.
 */
async function readRecords(path, target) {
  let answer;
  try {
    answer = await fetch(path, { headers: { Accept: 'application/json', 'Accept-Language': language } });
  } catch {
    target.textContent = failureText(answer);
    return null;
  }
  if (!answer.ok) {
    target.replaceChildren(el('p', {}, await problemText(answer)));
    return null;
  }
  return answer.json();
}

/** One record: what was decided, by whom, when, under which edition; and its replay. */
async function showRecord(id) {
  const record = await readRecords('/v1/decisions/' + encodeURIComponent(id), recordView);
  if (record === null) {
    return;
  }
  const policy = record.policy;
  const row = (label, value, name) => el('div', {}, el('dt', {}, label), el('dd', { 'data-field': name }, value));
  const replayButton = el('button', { type: 'button', class: 'secondary', 'data-action': 'replay' }, t.REPLAY);
  const replayResult = el('div', { class: 'no-print', 'data-result': 'replay', 'aria-live': 'polite' });
  replayButton.addEventListener('click', () => replay(record.id, replayResult));
  const printButton = el('button', { type: 'button', class: 'secondary', 'data-action': 'print-record' }, t.PRINT_RECORD);
  printButton.addEventListener('click', printRecord);
  recordView.replaceChildren(
    el('h3', { id: 'record-heading', tabindex: '-1' }, fill(t.RECORD_HEADING, record.id)),
    el('dl', { class: 'identity', 'data-record-view': record.id },
      row(t.RECORD_ID, record.id, 'id'),
      row(texts.fields.id, record.application.id, 'applicationId'),
      row(texts.fields.applicantName, record.application.applicantName, 'applicantName'),
      row(texts.fields.projectName, record.application.projectName, 'projectName'),
      row(t.TIER, verdictText(record.assessment), 'tier'),
      row(t.COL_DISPOSITION, labels.disposition[record.disposition], 'disposition'),
      row(t.FIELD_NOTE, record.note || '\u2014', 'note'),
      row(t.RECORDED_BY, record.recordedBy, 'recordedBy'),
      row(t.COL_RECORDED_ON, beijingDay(record.recordedAt), 'recordedAt'),
      row(t.EDITION, `${policy.id} ${policy.version}${t.SEPARATOR}${t.EFFECTIVE_FROM}${t.COLON}${policy.effectiveFrom}`, 'edition')),
    recordCriteria(record.assessment),
    el('ul', { class: 'gates', 'data-result': 'record-gates' }, record.assessment.gates.map((gate) =>
      el('li', { 'data-gate': gate.gate, 'data-passed': String(gate.passed) },
        `${gate.passed ? '\u2714' : '\u2718'} ${labels.gate[gate.gate]}${t.COLON}${gate.passed ? t.PASSED : t.FAILED}`))),
    el('p', { class: 'print-only', 'data-result': 'record-printed' }, `${t.PRINTED_ON}${t.COLON}${beijingNow()}`),
    el('div', { class: 'signatures print-only', 'data-result': 'signatures' },
      [t.SIGN_OFFICER, t.SIGN_REVIEWER, t.SIGN_DATE].map((label) =>
        el('p', { class: 'signature' }, el('span', { class: 'signature-label' }, label), el('span', { class: 'signature-line' })))),
    el('p', { class: 'no-print' }, replayButton, ' ', printButton),
    replayResult);
  document.getElementById('record-heading').focus();
}

/** A record's points for each criterion, out of their most. */
function recordCriteria(assessment) {
  return el('table', { class: 'criteria', 'data-result': 'record-criteria' },
    el('caption', {}, el('strong', {}, t.CRITERIA)),
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, t.CRITERION),
      el('th', { scope: 'col', class: 'number' }, t.POINTS))),
    el('tbody', {}, assessment.criteria.map((criterion) => el('tr', { 'data-criterion': criterion.criterion },
      el('th', { scope: 'row' }, labels.criterion[criterion.criterion]),
      el('td', { class: 'number' }, `${criterion.points} / ${criterion.maxPoints}`)))));
}

/**
 * Prints one record alone, with lines for signatures: the print styles of body.printing-record
 * hide the rest of the page until the print is over.
 */
function printRecord() {
  document.body.classList.add('printing-record');
  window.addEventListener('afterprint', () => document.body.classList.remove('printing-record'), { once: true });
  window.print();
}

/** Assesses a record's application again, under the recorded edition and under today's. */
async function replay(id, target) {
  const replayed = await readRecords('/v1/decisions/' + encodeURIComponent(id) + '/replay', target);
  if (replayed === null) {
    return;
  }
  target.replaceChildren(el('ul', {},
    el('li', { 'data-replay': 'then', 'data-matches': String(replayed.matches) },
      `${t.REPLAY_THEN}${t.COLON}${verdictText(replayed.then)}${t.SEPARATOR}${replayed.matches ? t.REPLAY_MATCHES : t.REPLAY_DIFFERS}`),
    el('li', { 'data-replay': 'now', 'data-changed': String(replayed.changed) },
      `${t.REPLAY_NOW}${t.COLON}${verdictText(replayed.now)}${t.SEPARATOR}${replayed.changed ? t.REPLAY_CHANGED : t.REPLAY_UNCHANGED}`)));
}
