// The teacher's phone view: log in (the pages' session), my courses, today's lesson first.
import { page, el } from './page.js';
import { t } from './i18n.js';
import { api, setCsrfToken } from './api.js';

const $ = (id) => document.getElementById(id);

function localIso(d) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function dateText(iso, lang) {
  return new Date(`${iso}T12:00:00`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'da-DK',
    { weekday: 'long', day: 'numeric', month: 'long' });
}

async function showMine(session, lang) {
  setCsrfToken(session.csrfToken);
  $('login').hidden = true;
  $('logout-item').hidden = false;
  $('mine').hidden = false;
  const courses = await api('GET', '/me/courses');
  const today = localIso(new Date());
  const todays = courses.flatMap((c) => c.lessons.filter((l) => l.date === today).map((l) => ({ c, l })));
  $('today').replaceChildren(todays.length
    ? el('p', {}, el('strong', { text: t('teacher.today') }), ' ',
      todays.map(({ c, l }) => `${c.title}, ${l.start.slice(0, 5)}–${l.end.slice(0, 5)}, ${c.venue.name}`).join('; '))
    : el('p', { text: t('teacher.noLessonToday') }));
  $('courses').replaceChildren(...courses.map((c) => {
    const next = c.lessons.find((l) => l.date >= today);
    return el('li', { class: 'card' },
      el('h2', { text: c.title }),
      el('dl', { class: 'facts' },
        el('dt', { text: t('course.where') }), el('dd', { text: `${c.venue.name}, ${c.venue.city}` }),
        el('dt', { text: t('teacher.next') }),
        el('dd', { text: next ? `${dateText(next.date, lang)}, ${next.start.slice(0, 5)}–${next.end.slice(0, 5)}` : '–' }),
        el('dt', { text: t('course.seats') }),
        el('dd', { text: t('teacher.participants', { n: c.seatsTaken, capacity: c.capacity }) })));
  }));
  if (!courses.length) $('courses').replaceChildren(el('li', { text: t('teacher.none') }));
}

page(async (lang) => {
  $('login-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    $('login-error').textContent = '';
    const form = new URLSearchParams({ username: $('username').value, password: $('password').value });
    const res = await fetch('../api/public/session', { method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' }, body: form });
    $('password').value = '';
    if (!res.ok) {
      $('login-error').textContent = t(res.status === 401 ? 'error.login-failed' : 'error.generic', { status: res.status });
      return;
    }
    const session = await api('GET', '/public/session');
    if (!session.roles.includes('teacher')) {
      $('login-error').textContent = t('teacher.notTeacher');
      return;
    }
    await showMine(session, lang);
    $('main').focus();
  });
  $('logout').addEventListener('click', async () => {
    await api('DELETE', '/public/session');
    location.reload();
  });
  const session = await api('GET', '/public/session');
  if (session.authenticated && session.roles.includes('teacher')) await showMine(session, lang);
  else $('login').hidden = false;
});
