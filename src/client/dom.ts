// The DOM helpers the custom elements share: find a part of their markup, clone a server-rendered
// <template>, read data the server wrote into a data-* attribute (the one way server data reaches a script).

/** The first descendant matching selector; throws, naming the element, when the markup lacks it. */
export function find<T extends Element = HTMLElement>(root: ParentNode & Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`<${root.localName}>: no ${selector} in its markup`);
  return found;
}

/** The element's descendant marked `data-role="<role>"`, or an error naming what is missing. */
export function byRole<T extends Element = HTMLElement>(root: ParentNode & Element, role: string): T {
  return find<T>(root, `[data-role="${role}"]`);
}

/** A copy of the first element inside `<template data-template="<name>">` under root, to fill and insert. */
export function cloneTemplate<T extends Element = HTMLElement>(root: ParentNode & Element, name: string): T {
  const template = root.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`);
  const first = template?.content.firstElementChild;
  if (!first)
    throw new Error(`<${root.localName}>: no <template data-template="${name}"> with an element in it`);
  return first.cloneNode(true) as T;
}

/** Data the server wrote as JSON into a `data-*` attribute of the element (`data-<name>` → dataset[name]). */
export function readData<T>(element: HTMLElement, name: string): T {
  const text = element.dataset[name];
  if (text === undefined)
    throw new Error(
      `<${element.localName}>: no data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} attribute`,
    );
  return JSON.parse(text) as T;
}

/** A new element with an optional class and text (as text, never markup), for the few nodes not worth a <template>. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
