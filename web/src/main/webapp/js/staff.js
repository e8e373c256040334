// The staff desk: log in to a browser session (HttpOnly cookie, CSRF token for writes), book a
// caller (find by name, e-mail or CPR; or a new person with a duplicate warning; the channel; the
// reduced fee with the declaration), the course list with the waiting list and cancelling, and
// unpaid or overdue invoices.
import { page, el } from './page.js';
import { t } from './i18n.js';
import { api, setCsrfToken, kroner, problemText } from './api.js';

let lang = 'da';
let courses = [];
let chosen = null; // an existing participant chosen for the booking
let allowDuplicate = false;
let bookingKey = `booking-${crypto.randomUUID()}`;

const $ = (id) => document.getElementById(id);

function say(text) {
  $('status').textContent = text;
  $('status').hidden = !text;
}

async function showLogin() {
  $('desk').hidden = true;
  $('logout-item').hidden = true;
  $('whoami-item').hidden = true;
  $('login').hidden = false;
}

async function showDesk(session) {
  setCsrfToken(session.csrfToken);
  $('login').hidden = true;
  $('whoami').textContent = t('staff.whoami', { name: session.fullName || session.username,
    school: session.schoolName || '' });
  $('whoami-item').hidden = false;
  $('logout-item').hidden = false;
  $('desk').hidden = false;
  // Booking is for course staff and school admins; the bookkeeper sees lists and invoices.
  $('book').hidden = !(session.roles || []).some((r) => r === 'course-staff' || r === 'school-admin');
  courses = await api('GET', '/courses');
  const bookable = courses.filter((c) => c.status === 'OPEN' || c.status === 'CONFIRMED');
  const option = (c) => el('option', { value: String(c.id),
    text: `${c.title} (${c.seatsLeft > 0 ? t('course.seatsLeft', { n: c.seatsLeft }) : t('course.waitingList')})` });
  $('book-course').replaceChildren(...bookable.map(option));
  $('list-course').replaceChildren(...courses.map((c) => el('option', { value: String(c.id), text: c.title })));
  const municipalities = await api('GET', '/public/municipalities');
  $('np.municipalityCode').append(...municipalities.map((m) => el('option', { value: m.code, text: m.name })));
  await courseChosen();
  await listEnrolments();
  await listInvoices();
}

async function courseChosen() {
  const id = $('book-course').value;
  $('book-group').replaceChildren(el('option', { value: '', text: t('signup.noReducedFee') }));
  $('book-declaration').hidden = true;
  if (!id) return;
  const form = await api('GET', `/public/courses/${id}/signup-form`);
  form.reducedFeeGroups.forEach((g) => $('book-group').append(el('option', { value: g.code, text: g.name,
    'data-text': g.declarationText })));
}

function personRow(p) {
  return el('li', {}, `${p.firstName} ${p.lastName}, ${t('staff.born')} ${p.birthDate}${p.email ? `, ${p.email}` : ''} `,
    el('button', { type: 'button', class: 'small', text: t('staff.choose'),
      'aria-label': t('staff.chooseNamed', { name: `${p.firstName} ${p.lastName}` }), onclick: () => choose(p) }));
}

function showHits(hits) {
  $('hits').replaceChildren(hits.length ? el('ul', { class: 'hits' }, hits.map(personRow))
    : el('p', { text: t('staff.noHits') }));
}

function choose(p) {
  chosen = p;
  $('chosen').replaceChildren(t('staff.chosen', { name: `${p.firstName} ${p.lastName}` }), ' ',
    el('button', { type: 'button', class: 'link', text: t('staff.clearChoice'), onclick: clearChoice }));
  $('chosen').hidden = false;
  $('new-person').hidden = true;
  $('duplicates').hidden = true;
  $('book-channel').focus();
}

function clearChoice() {
  chosen = null;
  $('chosen').hidden = true;
  $('new-person').hidden = false;
}

function isoDate(text) {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(text.trim());
  return m ? `${m[3]}-${m[2]}-${m[1]}` : text.trim();
}

function newPerson() {
  const v = (id) => $(id).value.trim();
  const p = { firstName: v('np.firstName'), lastName: v('np.lastName'), street: v('np.street'),
    postcode: v('np.postcode'), city: v('np.city'), municipalityCode: v('np.municipalityCode'),
    birthDate: isoDate(v('np.birthDate')) };
  if (v('np.cpr')) p.cpr = v('np.cpr').replace('-', '');
  if (v('np.email')) p.email = v('np.email');
  if (v('np.phone')) p.phone = v('np.phone');
  return p;
}

/** People of the school who may be the same as the new person: same name and birth date, or same e-mail. */
async function possibleDuplicates(p) {
  const found = new Map();
  const name = `${p.firstName} ${p.lastName}`.trim();
  if (name.length >= 2) {
    (await api('GET', `/participants?q=${encodeURIComponent(name)}`))
      .filter((h) => h.birthDate === p.birthDate).forEach((h) => found.set(h.id, h));
  }
  if (p.email) {
    (await api('GET', `/participants?q=${encodeURIComponent(p.email)}`))
      .filter((h) => (h.email || '').toLowerCase() === p.email.toLowerCase()).forEach((h) => found.set(h.id, h));
  }
  return [...found.values()];
}

async function book(ev) {
  ev.preventDefault();
  $('book-error').textContent = '';
  $('book-result').hidden = true;
  const courseId = $('book-course').value;
  const channel = $('book-channel').value;
  const body = { channel, consentForm: channel === 'PHONE' ? 'ORAL_PHONE' : 'EMAIL', fields: {}, consents: [] };
  if (chosen) {
    body.participantId = chosen.id;
  } else {
    body.participant = newPerson();
    if (!allowDuplicate) {
      const dups = await possibleDuplicates(body.participant);
      if (dups.length) {
        $('duplicates').replaceChildren(el('p', { text: t('staff.duplicateWarning') }),
          el('ul', { class: 'hits' }, dups.map(personRow)),
          el('button', { type: 'button', id: 'create-anyway', text: t('staff.createAnyway'),
            onclick: () => { allowDuplicate = true; $('duplicates').hidden = true; $('book-form').requestSubmit(); } }));
        $('duplicates').hidden = false;
        $('duplicates').focus();
        return;
      }
    }
  }
  const group = $('book-group').value;
  if (group) body.reducedFee = { group, declared: $('book-declared').checked };
  try {
    const r = await api('POST', `/courses/${courseId}/bookings`, body, { 'Idempotency-Key': bookingKey });
    bookingKey = `booking-${crypto.randomUUID()}`;
    allowDuplicate = false;
    $('book-result').textContent = r.status === 'WAITING'
      ? t('staff.bookedWaiting', { n: r.waitingPosition, ref: r.reference })
      : t('staff.booked', { ref: r.reference, invoice: r.invoiceNumber || '–' });
    $('book-result').dataset.invoice = r.invoiceNumber || '';
    $('book-result').hidden = false;
    $('new-person').querySelectorAll('input, select').forEach((i) => { i.value = ''; });
    $('book-group').value = '';
    $('book-declaration').hidden = true;
    $('book-declared').checked = false;
    clearChoice();
    $('hits').replaceChildren();
    $('list-course').value = courseId;
    await listEnrolments();
    await listInvoices();
  } catch (e) {
    bookingKey = `booking-${crypto.randomUUID()}`;
    $('book-error').textContent = problemText(e);
  }
}

async function listEnrolments() {
  const id = $('list-course').value;
  if (!id) return;
  const rows = await api('GET', `/courses/${id}/enrolments`);
  const active = rows.filter((r) => r.status !== 'CANCELLED');
  $('enrolments').querySelector('tbody').replaceChildren(...active.map((r) => el('tr', {},
    el('td', { text: r.participantName }),
    el('td', { text: t(`status.${r.status}`) }),
    el('td', { text: t(`channel.${r.channel}`) }),
    el('td', {}, el('button', { type: 'button', class: 'small', text: t('staff.cancel'),
      'aria-label': t('staff.cancelNamed', { name: r.participantName }), onclick: () => cancel(r) })))));
}

async function cancel(r) {
  try {
    await api('POST', `/enrolments/${r.id}/cancel`);
    say(t('staff.cancelled', { name: r.participantName }));
    await listEnrolments();
  } catch (e) {
    say(problemText(e));
  }
}

async function listInvoices() {
  const overdue = $('inv-overdue').checked;
  let rows;
  try {
    rows = await api('GET', `/invoices?status=OPEN${overdue ? '&overdue=true' : ''}`);
  } catch (e) {
    $('invoices').querySelector('tbody').replaceChildren(el('tr', {}, el('td', { colspan: '4', text: problemText(e) })));
    return;
  }
  $('invoices').querySelector('tbody').replaceChildren(...rows.map((i) => el('tr', {},
    el('td', { text: i.number }), el('td', { text: i.payerName }), el('td', { text: kroner(i.totalOre, lang) }),
    el('td', { text: `${i.dueDate}${i.overdue ? ` (${t('staff.overdue')})` : ''}` }))));
}

page(async (l) => {
  lang = l;
  $('login-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    $('login-error').textContent = '';
    const form = new URLSearchParams({ username: $('username').value, password: $('password').value });
    const res = await fetch('../api/public/session', { method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' }, body: form });
    $('password').value = '';
    if (!res.ok) {
      $('login-error').textContent = t(res.status === 401 ? 'error.login-failed' : 'error.generic', { status: res.status });
      $('password').focus();
      return;
    }
    const session = await api('GET', '/public/session');
    if (!session.authenticated) {
      $('login-error').textContent = t('error.generic', { status: res.status });
      return;
    }
    await showDesk(session);
    $('main').focus();
  });
  $('logout').addEventListener('click', async () => {
    await api('DELETE', '/public/session');
    setCsrfToken(null);
    location.reload();
  });
  $('find-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try { showHits(await api('GET', `/participants?q=${encodeURIComponent($('find-q').value.trim())}`)); } catch (e) {
      $('hits').replaceChildren(el('p', { class: 'error-text', text: problemText(e) }));
    }
  });
  $('cpr-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      showHits(await api('POST', '/participants/cpr-search', { cpr: $('find-cpr').value.trim().replace('-', '') }));
    } catch (e) {
      $('hits').replaceChildren(el('p', { class: 'error-text', text: problemText(e) }));
    }
    $('find-cpr').value = '';
  });
  $('book-course').addEventListener('change', courseChosen);
  $('book-group').addEventListener('change', () => {
    const opt = $('book-group').selectedOptions[0];
    $('book-declaration').hidden = !$('book-group').value;
    $('book-declared').checked = false;
    $('book-declaration-text').textContent = opt && opt.value ? opt.dataset.text : '';
  });
  $('book-form').addEventListener('submit', book);
  $('list-course').addEventListener('change', listEnrolments);
  $('inv-overdue').addEventListener('change', listInvoices);
  $('duplicates').setAttribute('tabindex', '-1');

  const session = await api('GET', '/public/session');
  if (session.authenticated) await showDesk(session); else await showLogin();
});
