// The participant's own page. The one-time link from the e-mail ends in #token=…: the fragment never
// reaches a server log; the page trades it for a session (HttpOnly cookie) and drops it from the
// address. Then: enrolments (cancel), invoices, consents (withdraw), and the rights: access (PDF),
// portability (JSON), correction, erasure, each registered as a data-subject request.
import { page, el } from './page.js';
import { t } from './i18n.js';
import { api, ApiProblem, kroner, problemText } from './api.js';

const $ = (id) => document.getElementById(id);
let lang = 'da';

function say(text) {
  $('status').textContent = text;
  $('status').hidden = !text;
  if (text) $('status').focus();
}

function day(iso) {
  if (!iso) return '–';
  const d = iso.length === 10 ? new Date(`${iso}T12:00:00`) : new Date(iso);
  return d.toLocaleDateString(lang === 'en' ? 'en-GB' : 'da-DK', { day: 'numeric', month: 'short', year: 'numeric' });
}

const purpose = (p) => t(`consentPurpose.${p}`);
const rows = (id, list, row, empty, cols) => $(id).querySelector('tbody').replaceChildren(...(list.length
  ? list.map(row) : [el('tr', {}, el('td', { colspan: String(cols), text: t(empty) }))]));

async function showLogin() {
  $('mine').hidden = true;
  $('logout-item').hidden = true;
  $('ask').hidden = false;
}

async function show() {
  let me;
  try {
    me = await api('GET', '/public/me');
  } catch (e) {
    await showLogin();
    if (e.status !== 403 || e.problem.code !== 'session-invalid') say(problemText(e));
    return;
  }
  $('ask').hidden = true;
  $('mine').hidden = false;
  $('logout-item').hidden = false;
  $('school').textContent = t('me.atSchool', { school: me.school });
  const p = me.person;
  const fact = (k, v) => [el('dt', { text: t(k) }), el('dd', { text: v || '–' })];
  $('person').replaceChildren(...fact('me.name', `${p.firstName} ${p.lastName}`),
    ...fact('me.address', [p.street, [p.postcode, p.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')),
    ...fact('me.birthDate', day(p.birthDate)), ...fact('me.email', p.email), ...fact('me.phone', p.phone),
    ...fact('me.cpr', t(p.cprHeld ? 'me.cprHeld' : 'me.cprNone')));
  const today = new Date().toISOString().slice(0, 10);
  rows('enrolments', me.enrolments, (e) => el('tr', {},
    el('td', {}, e.course, el('span', { class: 'hint', text: `${day(e.firstLesson)} – ${day(e.lastLesson)}` })),
    el('td', { text: t(`status.${e.status}`) }),
    el('td', {}, e.status !== 'CANCELLED' && !(e.lastLesson && e.lastLesson < today)
      ? el('button', { type: 'button', class: 'small', text: t('me.cancel'), 'data-enrolment': String(e.id),
        'aria-label': t('me.cancelNamed', { course: e.course }), onclick: () => cancel(e) }) : '')), 'me.noEnrolments', 3);
  rows('invoices', me.invoices, (i) => el('tr', {},
    el('td', { text: `${t(`invoiceKind.${i.kind}`)} ${i.number}` }), el('td', { text: day(i.issueDate) }),
    el('td', { text: kroner(i.totalOre, lang) }), el('td', { text: t(`invoiceStatus.${i.status}`) })), 'me.noInvoices', 4);
  rows('consents', me.consents, (c) => el('tr', {},
    el('td', { text: purpose(c.purpose) }), el('td', { text: day(c.givenAt) }),
    el('td', {}, c.withdrawnAt ? t('me.withdrawn', { date: day(c.withdrawnAt) })
      : el('button', { type: 'button', class: 'small', text: t('me.withdraw'), 'data-consent': String(c.id),
        'aria-label': t('me.withdrawNamed', { purpose: purpose(c.purpose) }), onclick: () => withdraw(c) }))),
  'me.noConsents', 3);
  rows('requests', me.requests, (r) => el('tr', {},
    el('td', { text: t(`requestKind.${r.kind}`) }), el('td', { text: day(r.receivedAt) }), el('td', { text: day(r.deadline) }),
    el('td', { text: r.answeredAt ? day(r.answeredAt) : t('me.notAnswered') })), 'me.noRequests', 4);
  $('retention').textContent = me.retention && me.retention.keptUntil
    ? t('me.keptUntil', { date: day(me.retention.keptUntil), why: me.retention.explanation || '' }) : '';
}

async function cancel(e) {
  if (!window.confirm(t('me.cancelConfirm', { course: e.course }))) return;
  try {
    await api('POST', `/public/me/enrolments/${e.id}/cancel`);
    await show();
    say(t('me.cancelled', { course: e.course }));
  } catch (err) {
    say(problemText(err));
  }
}

async function withdraw(c) {
  try {
    await api('POST', `/public/me/consents/${c.id}/withdraw`);
    await show();
    say(t('me.withdrewNow', { purpose: purpose(c.purpose) }));
  } catch (err) {
    say(problemText(err));
  }
}

/** Fetches a file with the session and hands it to the browser as a download. */
async function download(path, name) {
  const res = await fetch(`api${path}`, { credentials: 'same-origin' });
  if (!res.ok) {
    const text = await res.text();
    throw new ApiProblem(res.status, text ? JSON.parse(text) : {});
  }
  const url = URL.createObjectURL(await res.blob());
  const a = el('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function rights(path, name, done) {
  try {
    await download(path, name);
    await show();
    say(t(done));
  } catch (err) {
    say(problemText(err));
  }
}

page(async (l) => {
  lang = l;
  $('ask-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    $('ask-error').textContent = '';
    const email = $('email').value.trim();
    if (!$('email').checkValidity() || !email) {
      $('email').setAttribute('aria-invalid', 'true');
      $('ask-error').textContent = t('error.validation-failed');
      $('email').focus();
      return;
    }
    $('email').removeAttribute('aria-invalid');
    try {
      await api('POST', '/public/me/login-link', { email });
      say(t('me.asked'));
    } catch (err) {
      $('ask-error').textContent = problemText(err);
    }
  });
  $('logout').addEventListener('click', async () => {
    await api('POST', '/public/me/logout');
    await showLogin();
    say(t('me.loggedOut'));
  });
  $('access').addEventListener('click', () => rights('/public/me/export.pdf', 'mine-oplysninger.pdf', 'me.accessDone'));
  $('portability').addEventListener('click', () => rights('/public/me/export.json', 'mine-oplysninger.json', 'me.portabilityDone'));
  $('rectification-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    $('rectification-error').textContent = '';
    const text = $('rectification').value.trim();
    if (!text) {
      $('rectification').setAttribute('aria-invalid', 'true');
      $('rectification-error').textContent = t('me.rectificationEmpty');
      $('rectification').focus();
      return;
    }
    $('rectification').removeAttribute('aria-invalid');
    try {
      const r = await api('POST', '/public/me/rectification', { text });
      $('rectification').value = '';
      await show();
      say(t('me.rectificationDone', { deadline: day(r.deadline) }));
    } catch (err) {
      $('rectification-error').textContent = problemText(err);
    }
  });
  $('erasure').addEventListener('click', async () => {
    if (!window.confirm(t('me.erasureConfirm'))) return;
    try {
      const a = await api('POST', '/public/me/erasure');
      $('mine').hidden = true;
      $('logout-item').hidden = true;
      const kept = a.kept || [];
      say(`${t('me.erasureDone')} ${a.text || ''}`);
      if (kept.length) {
        $('status').append(el('span', { text: ` ${t('me.kept')}` }),
          el('ul', {}, kept.map((k) => el('li', { text: `${k.what}: ${k.why} (${day(k.until)})` }))));
      }
    } catch (err) {
      say(problemText(err));
    }
  });

  // A link opened while the page is already open changes only the fragment: use it then too.
  window.addEventListener('hashchange', () => { if (linkToken()) useLink(); });
  await useLink();
});

function linkToken() {
  return new URLSearchParams(location.hash.slice(1)).get('token');
}

/** A link from the e-mail: trade the one-time token for a session, forget it, show the data. */
async function useLink() {
  const token = linkToken();
  if (token) {
    history.replaceState(null, '', location.pathname + location.search);
    try {
      await api('GET', `/public/me/session?token=${encodeURIComponent(token)}`);
    } catch (err) {
      await showLogin();
      say(problemText(err));
      return;
    }
  }
  await show();
}
