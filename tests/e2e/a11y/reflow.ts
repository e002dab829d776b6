import type { Page } from '@playwright/test';

/** What a keyboard or mouse user can act on: the controls that must stay inside the window. */
const CONTROLS = [
  'button',
  'input:not([type=hidden])',
  'select',
  'textarea',
  'a[href]',
  '[role=button]',
  '[role=tab]',
  '[role=option]',
  '[role=menuitem]',
  '[role=checkbox]',
  '[role=radio]',
  '[role=switch]',
  '[role=combobox]',
  '[role=treeitem]',
  '[tabindex="0"]',
].join(', ');

/**
 * WCAG 1.4.10 exempts content that needs two dimensions to be understood: the map canvas pans
 * and zooms by design, and the data grids (RACI steps × roles, hours processes × roles, the
 * staffing figures) scroll sideways inside their own box. Their cells may lie beyond the window.
 */
const EXEMPT = '.react-flow, .reflow-data-grid';

/**
 * One line per visible control that lies (partly) left or right of the window, and per box
 * that scrolls sideways (the document itself included), outside the map canvas. Controls
 * below the fold do not count: reflow means scrolling in one direction only, downwards.
 */
export async function reflowProblems(app: Page): Promise<string[]> {
  return app.evaluate(
    ({ controls, exempt }) => {
      const width = document.documentElement.clientWidth;
      const nameOf = (element: Element): string => {
        const label =
          element.getAttribute('aria-label') ??
          (element instanceof HTMLElement ? element.innerText : '') ??
          '';
        const text =
          label.trim() ||
          element.getAttribute('title') ||
          element.getAttribute('placeholder') ||
          `<${element.tagName.toLowerCase()} class="${element.className.toString().slice(0, 40)}">`;
        return text.replace(/\s+/g, ' ').slice(0, 48);
      };
      const problems: string[] = [];
      for (const element of document.querySelectorAll(controls)) {
        if (element.closest(exempt)) continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        if (getComputedStyle(element).visibility === 'hidden') continue;
        if (box.left < -0.5 || box.right > width + 0.5) {
          problems.push(
            `outside the window: ${nameOf(element)} (x ${Math.round(box.left)}–${Math.round(box.right)})`,
          );
        }
      }
      const page = document.scrollingElement ?? document.documentElement;
      if (page.scrollWidth > page.clientWidth) {
        problems.push(`the page scrolls sideways (${page.scrollWidth} > ${page.clientWidth})`);
      }
      for (const element of document.body.querySelectorAll('*')) {
        if (element.closest(exempt) || element.clientWidth === 0) continue;
        // A text field's own wrapping text is not layout (its caret box rounds a pixel over).
        if (element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) continue;
        const overflow = getComputedStyle(element).overflowX;
        if (overflow !== 'auto' && overflow !== 'scroll') continue;
        if (element.scrollWidth > element.clientWidth + 1) {
          problems.push(
            `scrolls sideways: ${nameOf(element).slice(0, 32)} (${element.scrollWidth} > ${element.clientWidth})`,
          );
        }
      }
      return problems;
    },
    { controls: CONTROLS, exempt: EXEMPT },
  );
}

/** How many visible controls there are outside the map canvas (the denominator of the figures). */
export async function controlCount(app: Page): Promise<number> {
  return app.evaluate(
    ({ controls, exempt }) =>
      [...document.querySelectorAll(controls)].filter((element) => {
        const box = element.getBoundingClientRect();
        return !element.closest(exempt) && box.width > 0 && box.height > 0;
      }).length,
    { controls: CONTROLS, exempt: EXEMPT },
  );
}
