// What every page shares: texts, the language switch, and a mark that the page is ready.
import { loadTexts, switchLanguage } from './i18n.js';

/** Loads the texts, wires the language switch, runs the page's own code, then marks the body ready. */
export async function page(render) {
  const lang = await loadTexts();
  const sw = document.getElementById('lang-switch');
  if (sw) {
    sw.addEventListener('click', switchLanguage);
  }
  try {
    await render(lang);
  } finally {
    document.body.dataset.ready = 'true';
  }
}

/** Creates an element with attributes and children (strings become text, never HTML). */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) e.append(c);
  }
  return e;
}

/** A query parameter that must be a positive whole number, or null. */
export function idParam(name) {
  const v = new URLSearchParams(location.search).get(name);
  return /^\d{1,12}$/.test(v || '') ? Number(v) : null;
}
