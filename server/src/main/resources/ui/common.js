'use strict';
/* Shared helpers. Every piece of text from the API goes into the page as a text node, never as markup. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
async function getJson(url) {
  const response = await fetch(url, {headers: {'Accept': 'application/json'}});
  const body = await response.json();
  if (!response.ok) throw new Error(body && body.error ? body.error : 'HTTP ' + response.status);
  return body;
}
