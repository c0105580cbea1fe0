/**
 * Every text a person meets in a page of widgets, through shadow roots: the text of every rendered element
 * (screen-reader-only text included, since a person hears it) and the attributes read aloud or shown
 * (`aria-label`, `title`, `placeholder`, `alt`), each with where it came from. Used to check a page speaks
 * one language (test/components/bele-spanish.test.ts) and by the right-to-left test.
 */

/** One piece of text and the element it belongs to, as `tag.class` inside `host-tag`. */
export interface ShownText {
  readonly text: string;
  readonly where: string;
}

const READ_ATTRIBUTES = ['aria-label', 'title', 'placeholder', 'alt'];

const describe = (el: Element): string => {
  const host = (el.getRootNode() as ShadowRoot).host;
  const cls = el.getAttribute('class');
  return `${host ? `<${host.localName}> ` : ''}${el.localName}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''}`;
};

/** Whether `el` is rendered: not `display: none`, not inside a closed `<details>` or hidden content. */
const rendered = (el: Element): boolean => el.checkVisibility({ contentVisibilityAuto: false });

/** The text shown by `root` and every shadow root below it, in document order. */
export function shownText(root: Element | ShadowRoot): ShownText[] {
  const found: ShownText[] = [];
  const visit = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      if (text && parent && !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(parent.tagName) && rendered(parent))
        found.push({ text, where: describe(parent) });
      return;
    }
    if (node instanceof Element) {
      if (['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
      for (const name of READ_ATTRIBUTES) {
        const value = node.getAttribute(name)?.trim();
        if (value && rendered(node)) found.push({ text: value, where: `${describe(node)} [${name}]` });
      }
      if (node.shadowRoot) visit(node.shadowRoot);
    }
    for (const child of node.childNodes) visit(child);
  };
  visit(root);
  return found;
}

/** Opens every `<details>` below `root`, through shadow roots, so that what they hold is rendered too. */
export function openAllDetails(root: Element | ShadowRoot): number {
  let opened = 0;
  const visit = (node: Element | ShadowRoot): void => {
    for (const el of node.querySelectorAll('*')) {
      if (el instanceof HTMLDetailsElement && !el.open) {
        el.open = true;
        opened++;
      }
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  visit(root);
  return opened;
}
