// One course: lessons, venue, teacher, price, reduced fee, seats left or waiting list, and the way to sign up.
import { page, el, idParam } from './page.js';
import { t } from './i18n.js';
import { api, kroner, problemText } from './api.js';

function date(iso, lang) {
  return new Date(`${iso}T12:00:00`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'da-DK',
    { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
}

page(async (lang) => {
  const box = document.getElementById('course');
  const id = idParam('id');
  let c;
  try {
    if (id === null) throw new Error('no id');
    c = await api('GET', `/public/courses/${id}`);
  } catch (e) {
    box.replaceChildren(el('h1', { text: t('course.notFound') }), el('p', { text: problemText(e) }),
      el('p', {}, el('a', { href: 'index.html', text: t('course.back') })));
    return;
  }
  document.title = `${c.title} – ${t('site.name')}`;
  const open = c.status === 'OPEN';
  box.replaceChildren(
    el('h1', { text: c.title }),
    el('p', { class: 'lead', text: c.description }),
    el('dl', { class: 'facts' },
      el('dt', { text: t('course.kind') }), el('dd', { text: t(`kind.${c.activityKind}`) }),
      el('dt', { text: t('course.where') }),
      el('dd', { text: `${c.venue.name}, ${c.venue.street}, ${c.venue.postcode} ${c.venue.city}` }),
      el('dt', { text: t('course.teacher') }), el('dd', { text: c.teachers.length ? c.teachers.join(', ') : '–' }),
      el('dt', { text: t('course.price') }), el('dd', { text: kroner(c.feeOre, lang) }),
      c.reducedFeeOre !== null ? [el('dt', { text: t('course.reducedFee') }),
        el('dd', { text: t('course.reducedFeeText', { amount: kroner(c.reducedFeeOre, lang) }) })] : null,
      el('dt', { text: t('course.seats') }),
      el('dd', { text: c.seatsLeft > 0 ? t('course.seatsLeft', { n: c.seatsLeft }) : t('course.waitingList') }),
      c.transportOffered ? [el('dt', { text: t('course.transport') }), el('dd', { text: t('course.transportText') })] : null),
    el('h2', { text: t('course.lessons', { n: c.lessons.length }) }),
    el('ul', { class: 'lessons' }, c.lessons.map((l) => el('li', {
      text: `${date(l.date, lang)}, ${l.start.slice(0, 5)}–${l.end.slice(0, 5)}` }))),
    open ? el('p', {}, el('a', { class: 'button primary', href: `signup.html?id=${c.id}`,
      text: c.seatsLeft > 0 ? t('course.signUp') : t('course.joinWaitingList') }))
      : el('p', { text: t('course.closed') }),
  );
});
