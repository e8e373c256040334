// The course catalogue: every published course, filtered in the browser by text, municipality,
// weekday of the first lesson, activity kind and free seats.
import { page, el } from './page.js';
import { t } from './i18n.js';
import { api, kroner, problemText } from './api.js';

const KINDS = ['UNDERVISNING', 'STUDIEKREDS', 'FOREDRAG', 'DEBAT', 'INSTRUMENTAL', 'HANDICAPUNDERVISNING', 'FLEKSIBEL'];

function weekday(c) {
  return c.lessons.length ? new Date(`${c.lessons[0].date}T12:00:00`).getDay() : null;
}

page(async (lang) => {
  const list = document.getElementById('courses');
  const count = document.getElementById('count');
  let courses;
  let municipalities;
  try {
    [courses, municipalities] = await Promise.all([api('GET', '/public/courses'), api('GET', '/public/municipalities')]);
  } catch (e) {
    count.textContent = problemText(e);
    return;
  }
  const names = new Map(municipalities.map((m) => [m.code, m.name]));
  const muniSelect = document.getElementById('municipality');
  [...new Set(courses.map((c) => c.venue.municipalityCode))]
    .sort((a, b) => (names.get(a) || a).localeCompare(names.get(b) || b, 'da'))
    .forEach((code) => muniSelect.append(el('option', { value: code, text: names.get(code) || code })));
  const daySelect = document.getElementById('weekday');
  [1, 2, 3, 4, 5, 6, 0].forEach((d) => daySelect.append(el('option', { value: String(d), text: t(`weekday.${d}`) })));
  const kindSelect = document.getElementById('kind');
  KINDS.forEach((k) => kindSelect.append(el('option', { value: k, text: t(`kind.${k}`) })));

  const form = document.getElementById('filters');
  function render() {
    const q = form.q.value.trim().toLocaleLowerCase();
    const shown = courses.filter((c) => (!q || `${c.title} ${c.description}`.toLocaleLowerCase().includes(q))
      && (!form.municipality.value || c.venue.municipalityCode === form.municipality.value)
      && (!form.weekday.value || weekday(c) === Number(form.weekday.value))
      && (!form.kind.value || c.activityKind === form.kind.value)
      && (!form.free.checked || c.seatsLeft > 0));
    list.replaceChildren(...shown.map((c) => el('li', { class: 'card' },
      el('h2', {}, el('a', { href: `course.html?id=${c.id}`, text: c.title })),
      el('p', { text: c.description }),
      el('dl', { class: 'facts' },
        el('dt', { text: t('course.kind') }), el('dd', { text: t(`kind.${c.activityKind}`) }),
        el('dt', { text: t('course.where') }), el('dd', { text: `${c.venue.name}, ${c.venue.city}` }),
        el('dt', { text: t('course.starts') }),
        el('dd', { text: c.lessons.length ? `${t(`weekday.${weekday(c)}`)} ${formatDate(c.lessons[0].date, lang)}` : '–' }),
        el('dt', { text: t('course.price') }), el('dd', { text: kroner(c.feeOre, lang) }),
        el('dt', { text: t('course.seats') }),
        el('dd', { text: c.seatsLeft > 0 ? t('course.seatsLeft', { n: c.seatsLeft }) : t('course.waitingList') })))));
    count.textContent = t('catalogue.count', { n: shown.length });
  }
  form.addEventListener('input', render);
  form.addEventListener('change', render);
  form.addEventListener('submit', (e) => e.preventDefault());
  render();
});

export function formatDate(iso, lang) {
  return new Date(`${iso}T12:00:00`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'da-DK',
    { day: 'numeric', month: 'long', year: 'numeric' });
}
