// DOM building without innerHTML: every string becomes a text node, so markup in data never runs.
import './ui/text-limit.js'; // every page: a field at its maxlength says so

/**
 * h('li', { class: 'card', dataset: { testid: 'x' }, attrs: { 'aria-label': '…' }, on: { click } }, 'text', node)
 * Children may be strings, numbers, nodes, arrays of them, or null/false (skipped).
 */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') el.className = Array.isArray(value) ? value.filter(Boolean).join(' ') : value;
    else if (name === 'dataset') Object.assign(el.dataset, value);
    else if (name === 'attrs') setAttributes(el, value);
    else if (name === 'on') for (const [type, handler] of Object.entries(value)) el.addEventListener(type, handler);
    else if (name === 'text') el.textContent = value;
    else el[name] = value;
  }
  append(el, children);
  return el;
}

function setAttributes(el, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null && value !== false) el.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children (strings as text). */
export function replaceChildren(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

/** Visually hidden text for screen readers, e.g. beside a coloured dot. */
export function srOnly(text) {
  return h('span', { class: 'visually-hidden' }, text);
}

/** Only http(s) links from data are ever put in an href (no javascript: URLs). */
export function safeHttpUrl(value) {
  try {
    const url = new URL(value, window.location.origin);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
