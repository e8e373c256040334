// Texts of the pages in Danish (default) and English. Elements carry data-i18n="key" (text),
// data-i18n-attr="attribute:key,..." (attributes). Dictionaries: /i18n/da.json and /i18n/en.json.
const STORE = 'oplys.lang';
const LANGS = ['da', 'en'];
let dict = {};
let lang = 'da';

/** The chosen language: ?lang=, then the stored choice, then Danish. */
export function currentLanguage() {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (LANGS.includes(fromUrl)) {
    localStorage.setItem(STORE, fromUrl);
    return fromUrl;
  }
  const stored = localStorage.getItem(STORE);
  return LANGS.includes(stored) ? stored : 'da';
}

/** Loads the dictionary of the current language and translates the page. */
export async function loadTexts() {
  lang = currentLanguage();
  const base = document.documentElement.dataset.base || '';
  const res = await fetch(`${base}i18n/${lang}.json`, { credentials: 'same-origin' });
  dict = await res.json();
  document.documentElement.lang = lang;
  translate(document);
  return lang;
}

/** A text by key with {name} placeholders filled in; the key itself when it has no text. */
export function t(key, params = {}) {
  const text = dict[key];
  if (text === undefined) {
    return key;
  }
  return text.replace(/\{(\w+)\}/g, (m, name) => (params[name] ?? m));
}

/** True when the dictionary has a text for the key. */
export function has(key) {
  return dict[key] !== undefined;
}

export function language() {
  return lang;
}

/** Translates data-i18n elements under root. */
export function translate(root) {
  root.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
  root.querySelectorAll('[data-i18n-attr]').forEach((el) => {
    el.dataset.i18nAttr.split(',').forEach((pair) => {
      const [attr, key] = pair.split(':');
      el.setAttribute(attr.trim(), t(key.trim()));
    });
  });
}

/** Switches to the other language and reloads the page in it. */
export function switchLanguage() {
  const next = lang === 'da' ? 'en' : 'da';
  localStorage.setItem(STORE, next);
  const url = new URL(location.href);
  url.searchParams.delete('lang');
  location.replace(url.toString());
}
