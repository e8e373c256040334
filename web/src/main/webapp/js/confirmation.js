// After signing up: a seat or a place on the waiting list, the reference, and the payment link.
import { page, el } from './page.js';
import { t } from './i18n.js';

page(async () => {
  const box = document.getElementById('result');
  const raw = sessionStorage.getItem('oplys.signup');
  if (!raw) {
    box.replaceChildren(el('h1', { text: t('confirmation.none') }),
      el('p', {}, el('a', { href: 'index.html', text: t('course.back') })));
    return;
  }
  const r = JSON.parse(raw);
  const waiting = r.status === 'WAITING';
  box.replaceChildren(
    el('h1', { text: waiting ? t('confirmation.waitingHeading') : t('confirmation.heading') }),
    el('p', { class: 'lead', text: waiting ? t('confirmation.waiting', { n: r.waitingPosition, course: r.courseTitle })
      : t('confirmation.seat', { course: r.courseTitle }) }),
    el('dl', { class: 'facts' },
      el('dt', { text: t('confirmation.reference') }), el('dd', { id: 'reference', text: r.reference }),
      r.invoiceNumber ? [el('dt', { text: t('confirmation.invoice') }), el('dd', { text: r.invoiceNumber })] : null),
    el('p', { text: t('confirmation.email') }),
    r.transport ? el('p', { id: 'transport-result', class: r.transport === 'stored' ? 'notice' : 'error-text',
      text: t(r.transport === 'stored' ? 'confirmation.transportStored' : 'confirmation.transportFailed') }) : null,
    r.paymentUrl ? el('p', {}, el('a', { class: 'button primary', id: 'pay', href: r.paymentUrl, text: t('confirmation.pay') }))
      : null,
    el('p', {}, el('a', { href: 'index.html', text: t('confirmation.more') })),
  );
});
