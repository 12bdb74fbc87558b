// Runs HTML_CodeSniffer (a second accessibility engine beside axe, written by others) in a page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const HTMLCS_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('html_codesniffer/build/HTMLCS.js'),
  'utf8',
);

/** One error of the WCAG2AA standard: the sniff's code, its message, and the element it is about. */
export interface HtmlcsError {
  code: string;
  message: string;
  element: string;
}

/**
 * The page's WCAG2AA errors (warnings and notices ask for a human's judgement and are not returned), less the
 * `disabled` codes. Evaluated through the DevTools protocol, which the page's CSP does not govern.
 */
export async function runHtmlcs(page: Page, disabled: string[] = []): Promise<HtmlcsError[]> {
  await page.evaluate(HTMLCS_SOURCE);
  return page.evaluate(
    (skip) =>
      new Promise<HtmlcsError[]>((resolve, reject) => {
        const htmlcs = (
          window as unknown as {
            HTMLCS?: {
              process: (standard: string, root: Document, done: () => void, failed: () => void) => void;
              getMessages: () => { type: number; code: string; msg: string; element: Element }[];
            };
          }
        ).HTMLCS;
        if (!htmlcs) {
          reject(new Error('HTML_CodeSniffer did not load'));
          return;
        }
        htmlcs.process(
          'WCAG2AA',
          document,
          () => {
            const messages = htmlcs.getMessages();
            // Guards against a vacuous pass: a page always draws notices (things to check by hand).
            if (messages.length === 0) reject(new Error('HTML_CodeSniffer ran no sniff'));
            // A sniff about the whole page reports the document, not an element.
            const describe = (element: Element | Document | null) => {
              if (!(element instanceof Element)) return element?.nodeName ?? 'document';
              const id = element.id ? `#${element.id}` : '';
              const classes = element.classList.length ? `.${[...element.classList].join('.')}` : '';
              return `${element.tagName.toLowerCase()}${id}${classes} "${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}"`;
            };
            resolve(
              messages
                .filter((message) => message.type === 1 && !skip.some((code) => message.code.includes(code)))
                .map((message) => ({
                  code: message.code,
                  message: message.msg,
                  element: describe(message.element),
                })),
            );
          },
          () => reject(new Error('HTML_CodeSniffer failed to run')),
        );
      }),
    disabled,
  );
}
