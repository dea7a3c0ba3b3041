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
    result.replaceChildren(el('div', { class: 'errors' }, el('p', {}, `${t.SERVICE_FAILED} ${body.title}: ${body.detail}`)));
  }
  result.setAttribute('data-elapsed-ms', String(Math.round(performance.now() - started)));
}

function showAssessment(assessment, on) {
  const tier = assessment.tier;
  const today = new Date().toISOString().slice(0, 10);
  const verdict = el('div', { class: 'verdict', 'data-tier': tier },
    el('p', {}, `${t.TIER}: `, el('span', { class: 'tier', 'data-result': 'tier', 'data-value': tier }, labels.tier[tier])),
    el('p', {}, texts.meaning[tier]),
    el('p', {}, `${t.SCORE}: `, el('span', { class: 'score', 'data-result': 'score' }, assessment.score), ` / 100`),
    el('p', {}, `${t.WHY_TIER}: `, el('span', { 'data-result': 'tierReason', 'data-value': assessment.tierReason.reasonCode }, assessment.tierReason.message)));

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
      el('span', { class: gate.passed ? 'passed' : 'failed' }, `${gate.passed ? '\u2714' : '\u2718'} ${labels.gate[gate.gate]}: ${gate.passed ? t.PASSED : t.FAILED}`),
      ' \u2014 ', gate.message)));

  const policy = assessment.policy;
  const edition = el('p', { class: 'edition', 'data-result': 'edition' },
    `${t.EDITION}: ${policy.id} ${policy.version} (${t.EFFECTIVE_FROM} ${policy.effectiveFrom}). `,
    `${t.ASSESSED_ON}: ${on || `${today} (${t.TODAY})`}.`,
    el('span', { class: 'print-only' }, `${t.PRINTED_ON}: ${today}.`));

  const improvements = assessment.improvements || [];
  const ways = improvements.length === 0
    ? el('p', {}, t.IMPROVEMENTS_NONE)
    : el('ol', { class: 'improvements' }, improvements.map((improvement, index) =>
      el('li', { 'data-improvement': improvement.field },
        improvement.message,
        el('button', { type: 'button', class: 'secondary', 'data-apply': index, 'aria-label': `${t.APPLY}: ${improvement.message}` }, t.APPLY))));
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
