// The sign-up form: only what the course needs. CPR only when the law asks for it (a participant
// from another municipality, never for lectures), course fields, reduced fee with the declaration,
// separate unticked consents. Errors, ours or the server's problem+json, appear next to the field
// and in a summary at the top that takes focus.
import { page, el, idParam } from './page.js';
import { t, has, language } from './i18n.js';
import { api, kroner, problemText, ApiProblem } from './api.js';

const form = document.getElementById('signup');
const summary = document.getElementById('error-summary');
const errorList = document.getElementById('error-list');
let course;
let rules;
// One key per attempt: a network retry repeats it, a rejected attempt (nothing was stored) gets a new one.
let idempotencyKey = `signup-${crypto.randomUUID()}`;

/** Whether the CPR number is asked for with the municipality chosen now. */
function cprNeeded() {
  const m = document.getElementById('participant.municipalityCode').value;
  return rules.cprForOtherMunicipality && m !== '' && m !== rules.subsidyMunicipalityCode;
}

function labelText(input) {
  const label = form.querySelector(`label[for="${CSS.escape(input.id)}"]`);
  return label ? label.textContent.replace(/\s*\*$/, '').trim() : input.id;
}

function clearErrors() {
  form.querySelectorAll('.error-text').forEach((e) => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach((e) => {
    e.removeAttribute('aria-invalid');
    const ids = (e.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && !x.endsWith('-error'));
    if (ids.length) e.setAttribute('aria-describedby', ids.join(' ')); else e.removeAttribute('aria-describedby');
  });
  errorList.replaceChildren();
  summary.hidden = true;
}

/** Marks one field as wrong with a text next to it; fields the form does not show go to the summary only. */
function fieldError(id, message) {
  const input = document.getElementById(id);
  const visible = input && !input.closest('[hidden]');
  if (visible) {
    const errId = `${id}-error`;
    input.setAttribute('aria-invalid', 'true');
    input.setAttribute('aria-describedby', `${input.getAttribute('aria-describedby') || ''} ${errId}`.trim());
    const msg = el('span', { class: 'error-text', id: errId, text: message });
    (input.type === 'checkbox' ? input.parentElement : input).insertAdjacentElement('afterend', msg);
    errorList.append(el('li', {}, el('a', { href: `#${id}`, text: `${labelText(input)}: ${message}`,
      onclick: (ev) => { ev.preventDefault(); input.focus(); } })));
  } else {
    errorList.append(el('li', { text: message }));
  }
}

function showSummary() {
  summary.hidden = false;
  summary.focus();
}

/** The browser-side checks: the same rules the server applies, said in the reader's language. */
function check() {
  const errors = [];
  form.querySelectorAll('input, select, textarea').forEach((input) => {
    if (input.closest('[hidden]') || !input.id) return;
    const v = input.type === 'checkbox' ? input.checked : input.value.trim();
    if (input.required && !v) errors.push([input.id, t('error.required')]);
    else if (v && input.pattern && !new RegExp(`^(?:${input.pattern})$`).test(v)) {
      errors.push([input.id, t(has(`error.pattern.${input.name}`) ? `error.pattern.${input.name}` : 'error.pattern.default')]);
    } else if (v && input.type === 'email' && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)) {
      errors.push([input.id, t('error.pattern.email')]);
    }
  });
  if (transportWanted()) {
    const pickup = ['transport.street', 'transport.postcode', 'transport.city'];
    const given = pickup.filter((fid) => document.getElementById(fid).value.trim());
    if (given.length && given.length < pickup.length) {
      pickup.filter((fid) => !given.includes(fid)).forEach((fid) => errors.push([fid, t('signup.pickupAllOrNone')]));
    }
  }
  const group = document.getElementById('reducedFee.group').value;
  if (group && !document.getElementById('reducedFee.declared').checked) {
    errors.push(['reducedFee.declared', t('error.declaration-missing')]);
  }
  return errors;
}

function isoDate(ddmmyyyy) {
  const [d, m, y] = ddmmyyyy.split('-');
  return `${y}-${m}-${d}`;
}

function body() {
  const v = (id) => document.getElementById(id).value.trim();
  const participant = {
    firstName: v('participant.firstName'), lastName: v('participant.lastName'), street: v('participant.street'),
    postcode: v('participant.postcode'), city: v('participant.city'), municipalityCode: v('participant.municipalityCode'),
    birthDate: isoDate(v('participant.birthDate')), email: v('participant.email'),
  };
  if (v('participant.phone')) participant.phone = v('participant.phone');
  if (cprNeeded() && v('participant.cpr')) participant.cpr = v('participant.cpr').replace('-', '');
  const fields = {};
  course.fields.forEach((f) => {
    const input = document.getElementById(`fields.${f.key}`);
    const answer = f.type === 'YES_NO' ? (input.checked ? 'yes' : 'no') : input.value.trim();
    if (answer !== '') fields[f.key] = answer;
  });
  const consents = [...form.querySelectorAll('input[data-purpose]')].filter((c) => c.checked)
    .map((c) => ({ purpose: c.dataset.purpose, textVersion: c.dataset.version }));
  const result = { participant, fields, consents };
  if (consents.some((c) => c.purpose === 'SUPPLEMENTARY_INFO') && v('interests')) result.interests = v('interests');
  const group = v('reducedFee.group');
  if (group) result.reducedFee = { group, declared: document.getElementById('reducedFee.declared').checked };
  return result;
}

/** Whether a transport need is to be stated (only on a course that offers transport). */
function transportWanted() {
  return course.transportOffered && document.getElementById('transport.wanted').checked;
}

/** The transport need as the API takes it: the pickup address only when all three parts are given. */
function transportNeed() {
  const v = (id) => document.getElementById(id).value.trim();
  const need = { companion: document.getElementById('transport.companion').checked,
    consent: document.getElementById('transport.consent').checked };
  if (v('transport.street')) {
    need.street = v('transport.street');
    need.postcode = v('transport.postcode');
    need.city = v('transport.city');
  }
  if (v('transport.mobilityAid')) need.mobilityAid = v('transport.mobilityAid');
  if (v('transport.notes')) need.notes = v('transport.notes');
  return need;
}

/** The transport section: shown on courses that offer transport; consent asked unless it is handicap teaching. */
function transport() {
  if (!course.transportOffered) return;
  document.getElementById('transport').hidden = false;
  const handicap = course.activityKind === 'HANDICAPUNDERVISNING';
  document.getElementById('transport-consent-field').hidden = handicap;
  const wanted = document.getElementById('transport.wanted');
  wanted.addEventListener('change', () => {
    document.getElementById('transport-details').hidden = !wanted.checked;
    document.getElementById('transport.consent').required = wanted.checked && !handicap;
  });
}

function showProblem(err) {
  const p = err instanceof ApiProblem ? err.problem : {};
  if (p.code === 'validation-failed' && Array.isArray(p.errors) && p.errors.length) {
    p.errors.forEach((fe) => fieldError(fe.field, t('error.invalidField')));
  } else if (p.field && document.getElementById(p.field)) {
    fieldError(p.field, problemText(err));
  } else {
    errorList.append(el('li', { text: problemText(err) }));
  }
  showSummary();
}

function courseFields() {
  const box = document.getElementById('course-fields');
  course.fields.forEach((f) => {
    const id = `fields.${f.key}`;
    const mark = f.required ? ' *' : '';
    if (f.type === 'YES_NO') {
      box.append(el('div', { class: 'field check' }, el('input', { id, type: 'checkbox', name: f.key }),
        el('label', { for: id, text: f.label + mark })));
    } else if (f.type === 'CHOICE') {
      box.append(el('div', { class: 'field' }, el('label', { for: id, text: f.label + mark }),
        el('select', { id, name: f.key, required: f.required },
          el('option', { value: '', text: t('signup.choose') }), f.options.map((o) => el('option', { value: o, text: o })))));
    } else {
      box.append(el('div', { class: 'field' }, el('label', { for: id, text: f.label + mark }),
        el('input', { id, name: f.key, required: f.required, maxlength: '1000',
          inputmode: f.type === 'NUMBER' ? 'numeric' : null, pattern: f.type === 'NUMBER' ? '-?\\d{1,9}' : null })));
    }
  });
  box.hidden = course.fields.length === 0;
}

function reducedFee(lang) {
  const box = document.getElementById('reduced-fee');
  if (!rules.reducedFeeGroups.length) return;
  box.hidden = false;
  document.getElementById('reduced-fee-hint').textContent = t('signup.reducedFeeHint',
    { amount: kroner(course.reducedFeeOre, lang), full: kroner(course.feeOre, lang) });
  const select = document.getElementById('reducedFee.group');
  rules.reducedFeeGroups.forEach((g) => select.append(el('option', { value: g.code, text: g.name })));
  select.addEventListener('change', () => {
    const g = rules.reducedFeeGroups.find((x) => x.code === select.value);
    document.getElementById('declaration').hidden = !g;
    document.getElementById('reducedFee.declared').checked = false;
    document.getElementById('reducedFee.declared').required = !!g;
    document.getElementById('declaration-text').textContent = g ? g.declarationText : '';
  });
}

async function consents(lang) {
  const box = document.getElementById('consents');
  const texts = await api('GET', `/public/consent-texts?lang=${lang}`);
  texts.forEach((c) => {
    const id = `consent-${c.purpose}`;
    box.append(el('div', { class: 'field check' },
      el('input', { id, type: 'checkbox', 'data-purpose': c.purpose, 'data-version': c.version }),
      el('label', { for: id }, el('strong', { text: t(`consent.${c.purpose}`) }), ' ', c.body)));
  });
  const supplementary = document.getElementById('consent-SUPPLEMENTARY_INFO');
  if (supplementary) {
    supplementary.addEventListener('change', () => {
      document.getElementById('interests-field').hidden = !supplementary.checked;
    });
  }
}

page(async (lang) => {
  const id = idParam('id');
  try {
    if (id === null) throw new Error('no id');
    [course, rules] = await Promise.all([api('GET', `/public/courses/${id}`), api('GET', `/public/courses/${id}/signup-form`)]);
  } catch (e) {
    document.getElementById('heading').textContent = t('course.notFound');
    errorList.append(el('li', { text: problemText(e) }));
    summary.hidden = false;
    return;
  }
  document.title = `${t('signup.heading')}: ${course.title} – ${t('site.name')}`;
  document.getElementById('heading').textContent = `${t('signup.heading')}: ${course.title}`;
  document.getElementById('course-summary').textContent = course.seatsLeft > 0
    ? t('signup.summary', { price: kroner(course.feeOre, lang) }) : t('signup.summaryWaiting');
  const municipalities = await api('GET', '/public/municipalities');
  const muni = document.getElementById('participant.municipalityCode');
  municipalities.forEach((m) => muni.append(el('option', { value: m.code, text: m.name })));
  const cprField = document.getElementById('cpr-field');
  muni.addEventListener('change', () => {
    cprField.hidden = !cprNeeded();
  });
  courseFields();
  reducedFee(lang);
  transport();
  await consents(lang);
  form.hidden = false;

  let sending = false;
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    if (sending) return;
    clearErrors();
    const errors = check();
    if (errors.length) {
      errors.forEach(([fid, msg]) => fieldError(fid, msg));
      showSummary();
      return;
    }
    sending = true;
    document.getElementById('submit').disabled = true;
    try {
      const r = await api('POST', `/public/courses/${course.id}/signups`, body(), { 'Idempotency-Key': idempotencyKey });
      let transportState = null;
      if (transportWanted()) {
        // The enrolment stands either way; the confirmation page says whether the need was stored.
        try {
          await api('PUT', `/public/transport/${encodeURIComponent(r.reference)}`, transportNeed());
          transportState = 'stored';
        } catch (te) {
          transportState = 'failed';
        }
      }
      sessionStorage.setItem('oplys.signup', JSON.stringify({ ...r, courseTitle: course.title, lang: language(),
        transport: transportState }));
      location.assign('confirmation.html');
    } catch (e) {
      if (e instanceof ApiProblem) idempotencyKey = `signup-${crypto.randomUUID()}`;
      showProblem(e);
    } finally {
      sending = false;
      document.getElementById('submit').disabled = false;
    }
  });
});
