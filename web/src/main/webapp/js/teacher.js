// The teacher's phone view: log in (the pages' session), my courses with today's lessons first;
// then one course: choose a lesson, see the trimmed participant list, tick who attended, save,
// sign the lesson off (after that a change needs a reason), download the mødeprotokol.
import { page, el } from './page.js';
import { t } from './i18n.js';
import { api, setCsrfToken, problemText } from './api.js';

const $ = (id) => document.getElementById(id);
let lang = 'da';
let course = null; // the open course (GET /teacher/courses/{id})
let participants = new Map(); // enrolment id -> trimmed participant
let lesson = null; // the chosen lesson's attendance (GET .../attendance)

function localIso(d) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function dateText(iso, opts = { weekday: 'long', day: 'numeric', month: 'long' }) {
  return new Date(`${iso}T12:00:00`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'da-DK', opts);
}

const hhmm = (time) => time.slice(0, 5);

function lessonText(l) {
  return `${dateText(l.date)}, ${hhmm(l.start)}–${hhmm(l.end)}`;
}

/** The lesson to open first: today's, else the latest that has begun and is not signed off, else the latest begun. */
function defaultLesson(lessons) {
  const today = localIso(new Date());
  const todays = lessons.find((l) => l.date === today);
  if (todays) return todays;
  const begun = lessons.filter((l) => l.date < today);
  return [...begun].reverse().find((l) => !l.signedOff) || begun[begun.length - 1] || lessons[0];
}

async function showMine(session) {
  setCsrfToken(session.csrfToken);
  $('login').hidden = true;
  $('course').hidden = true;
  $('logout-item').hidden = false;
  $('mine').hidden = false;
  const [courses, counts] = await Promise.all([api('GET', '/teacher/courses'), api('GET', '/me/courses')]);
  const enrolled = new Map(counts.map((c) => [c.id, c]));
  const today = localIso(new Date());
  const todays = courses.flatMap((c) => c.lessons.filter((l) => l.date === today).map((l) => ({ c, l })));
  $('today').replaceChildren(todays.length
    ? el('div', {}, el('p', {}, el('strong', { text: t('teacher.today') })),
      el('ul', { class: 'plain' }, todays.map(({ c, l }) => el('li', {},
        `${c.title}, ${hhmm(l.start)}–${hhmm(l.end)}, ${c.venue} `,
        el('button', { type: 'button', class: 'small', text: t('teacher.takeAttendance'),
          'aria-label': t('teacher.takeAttendanceNamed', { title: c.title }), onclick: () => openCourse(c.id, l.id) })))))
    : el('p', { text: t('teacher.noLessonToday') }));
  $('courses').replaceChildren(...courses.map((c) => {
    const next = c.lessons.find((l) => l.date >= today);
    const counted = enrolled.get(c.id);
    return el('li', { class: 'card' },
      el('h2', { text: c.title }),
      el('dl', { class: 'facts' },
        el('dt', { text: t('course.where') }), el('dd', { text: c.venue }),
        el('dt', { text: t('teacher.next') }), el('dd', { text: next ? lessonText(next) : '–' }),
        el('dt', { text: t('course.seats') }),
        el('dd', { text: counted ? t('teacher.participants', { n: counted.seatsTaken, capacity: counted.capacity }) : '–' })),
      el('button', { type: 'button', text: t('teacher.open'), 'aria-label': t('teacher.openNamed', { title: c.title }),
        onclick: () => openCourse(c.id) }));
  }));
  if (!courses.length) $('courses').replaceChildren(el('li', { text: t('teacher.none') }));
}

async function openCourse(id, lessonId) {
  course = await api('GET', `/teacher/courses/${id}`);
  $('mine').hidden = true;
  $('course').hidden = false;
  $('course-title').textContent = course.title;
  $('course-venue').textContent = `${course.venue}, ${course.venueAddress}`;
  $('protocol').href = `../api/teacher/courses/${course.id}/protocol.pdf`;
  $('lesson').replaceChildren(...course.lessons.map((l) => el('option', { value: String(l.id),
    text: `${lessonText(l)}${l.signedOff ? ` (${t('teacher.signedShort')})` : ''}` })));
  const open = course.participantsVisible;
  $('access-note').hidden = open;
  $('access-note').textContent = open ? '' : (course.participantsFrom
    ? t('teacher.accessWindow', { from: dateText(course.participantsFrom, { day: 'numeric', month: 'long', year: 'numeric' }),
      until: dateText(course.participantsUntil, { day: 'numeric', month: 'long', year: 'numeric' }) })
    : t('error.teacher-access-closed'));
  for (const id2 of ['lesson', 'attendance-form', 'protocol']) $(id2).closest('.field, form, p').hidden = !open;
  $('lesson-state').hidden = !open;
  $('course-title').focus();
  if (!open) return;
  const list = await api('GET', `/teacher/courses/${course.id}/participants`);
  participants = new Map(list.map((p) => [p.enrolmentId, p]));
  const chosen = course.lessons.find((l) => l.id === lessonId) || defaultLesson(course.lessons);
  if (chosen) {
    $('lesson').value = String(chosen.id);
    await openLesson();
  }
}

async function openLesson() {
  $('attendance-error').textContent = '';
  lesson = await api('GET', `/teacher/courses/${course.id}/lessons/${$('lesson').value}/attendance`);
  renderLesson();
}

function renderLesson() {
  const labels = new Map(course.fields.map((f) => [f.key, f.label]));
  $('register').replaceChildren(...lesson.entries.map((e) => {
    const p = participants.get(e.enrolmentId);
    const extra = [];
    if (p) {
      Object.entries(p.fields || {}).forEach(([k, v]) => extra.push(`${labels.get(k) || k}: ${v}`));
    }
    const id = `present-${e.enrolmentId}`;
    return el('li', { class: 'field check' },
      el('input', { type: 'checkbox', id, 'data-enrolment': String(e.enrolmentId), checked: e.present === true }),
      el('label', { for: id }, e.name,
        extra.length ? el('span', { class: 'hint', text: extra.join(', ') }) : null,
        el('span', { class: 'hint',
          text: e.present === null || e.present === undefined ? t('teacher.notMarked')
            : t(e.present ? 'teacher.present' : 'teacher.absent') })),
      p && p.phone ? el('a', { href: `tel:${p.phone}`, text: p.phone, 'aria-label': t('teacher.call', { name: e.name }) }) : null);
  }));
  if (!lesson.entries.length) $('register').replaceChildren(el('li', { text: t('teacher.noParticipants') }));
  $('lesson-state').textContent = lesson.signedOff
    ? t('teacher.signedBy', { name: lesson.signedBy || '', at: new Date(lesson.signedAt)
      .toLocaleString(lang === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'medium', timeStyle: 'short' }) })
    : t('teacher.notSigned', { lesson: lessonText(lesson) });
  $('reason-field').hidden = !lesson.signedOff;
  $('reason').value = '';
  $('reason').removeAttribute('aria-invalid');
  $('sign-off').hidden = lesson.signedOff;
}

function marks() {
  return [...$('register').querySelectorAll('input[type=checkbox]')].map((c) => ({
    enrolmentId: Number(c.dataset.enrolment), present: c.checked }));
}

/** Saves the ticks; after the sign-off only with a reason. Answers true when saved. */
async function save() {
  $('attendance-error').textContent = '';
  const body = { marks: marks() };
  if (lesson.signedOff) {
    const reason = $('reason').value.trim();
    if (!reason) {
      $('reason').setAttribute('aria-invalid', 'true');
      $('attendance-error').textContent = t('error.change-reason-required');
      $('reason').focus();
      return false;
    }
    body.reason = reason;
  }
  try {
    lesson = await api('PUT', `/teacher/courses/${course.id}/lessons/${lesson.lessonId}/attendance`, body);
    return true;
  } catch (e) {
    $('attendance-error').textContent = problemText(e);
    return false;
  }
}

async function busy(button, work) {
  button.disabled = true;
  try { await work(); } finally { button.disabled = false; }
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
      return;
    }
    const session = await api('GET', '/public/session');
    if (!session.roles.includes('teacher')) {
      $('login-error').textContent = t('teacher.notTeacher');
      return;
    }
    await showMine(session);
    $('main').focus();
  });
  $('logout').addEventListener('click', async () => {
    await api('DELETE', '/public/session');
    location.reload();
  });
  $('back').addEventListener('click', async () => {
    await showMine(await api('GET', '/public/session'));
    $('main').focus();
  });
  $('lesson').addEventListener('change', openLesson);
  $('attendance-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    busy($('save'), async () => {
      const signed = lesson.signedOff;
      if (await save()) {
        renderLesson();
        $('lesson-state').textContent = `${t(signed ? 'teacher.changed' : 'teacher.saved')} ${$('lesson-state').textContent}`;
      }
    });
  });
  $('sign-off').addEventListener('click', () => busy($('sign-off'), async () => {
    if (!(await save())) return;
    try {
      lesson = await api('POST', `/teacher/courses/${course.id}/lessons/${lesson.lessonId}/sign-off`);
      renderLesson();
      const option = $('lesson').selectedOptions[0];
      if (option) option.textContent = `${lessonText(lesson)} (${t('teacher.signedShort')})`;
      $('lesson-state').focus();
    } catch (e) {
      $('attendance-error').textContent = problemText(e);
    }
  }));
  const session = await api('GET', '/public/session');
  if (session.authenticated && session.roles.includes('teacher')) await showMine(session);
  else $('login').hidden = false;
});
