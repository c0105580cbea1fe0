/**
 * A widget rendered from a template and settled, for tests that read what a person meets (the words and
 * journey tests): the element (a provider's first child is the widget waited for) has drawn its base, and
 * every element below it, through shadow roots, has finished its updates over three frames.
 */
import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { RENDER_TIMEOUT } from './heavy.js';

type Updating = Element & { updateComplete?: Promise<unknown> };

/** `el` and every element in the shadow roots and children below it. */
export function everyElement(el: Element): Updating[] {
  const found: Updating[] = [el];
  for (const child of el.shadowRoot?.children ?? []) found.push(...everyElement(child));
  for (const child of el.children) found.push(...everyElement(child));
  return found;
}

/** Waits until every element below `el` has rendered and settled. */
export async function settle(el: Element): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    await Promise.all(everyElement(el).flatMap((e) => (e.updateComplete ? [e.updateComplete] : [])));
  }
}

/** `template` rendered in a wrapper (`width` px wide when given), once the widget has drawn and settled. */
export async function renderedWidget(template: TemplateResult, width?: number): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${width ? `width: ${width}px` : ''}>${template}</div>`,
  );
  const el = wrapper.firstElementChild as HTMLElement;
  const widget = (el.localName === 'blueprint-provider' ? el.firstElementChild! : el) as HTMLElement;
  await waitUntil(
    () => widget.shadowRoot?.querySelector('[part~="base"], .base'),
    `<${widget.localName}> never rendered`,
    { timeout: RENDER_TIMEOUT },
  );
  await settle(el);
  return el;
}
