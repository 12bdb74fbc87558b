// The few DOM helpers the custom elements share: find a marked child, clone a server-rendered <template>,
// read server data, and use localStorage without failing where storage is off.

/** The element's child marked `data-role="<role>"`; throws, naming the element, when the markup lacks it. */
export function byRole<T extends Element = HTMLElement>(root: ParentNode & Element, role: string): T {
  const found = root.querySelector<T>(`[data-role="${role}"]`);
  if (!found) throw new Error(`<${root.localName}>: no [data-role="${role}"] in its markup`);
  return found;
}

/** A copy of the first element inside `<template data-template="<name>">` under root, to fill and insert. */
export function cloneTemplate<T extends Element = HTMLElement>(root: ParentNode & Element, name: string): T {
  const template = root.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`);
  const first = template?.content.firstElementChild;
  if (!first) throw new Error(`<${root.localName}>: no <template data-template="${name}"> with an element in it`);
  return first.cloneNode(true) as T;
}

/** Data the server wrote as JSON into a `data-*` attribute of the element (`data-<name>` → dataset[name]). */
export function readData<T>(element: HTMLElement, name: string): T {
  const text = element.dataset[name];
  if (text === undefined) throw new Error(`<${element.localName}>: no data-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} attribute`);
  return JSON.parse(text) as T;
}

/** localStorage that never throws: reads give null and writes do nothing where storage is off. */
export const storage = {
  get(key: string): string | null {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  /** Stores the value, or removes the key when value is null. */
  set(key: string, value: string | null): void {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      /* storage off: the change lasts for this page only */
    }
  },
};
