import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/provider-list/define.js';
import type { ProviderList } from '../../src/components/provider-list/provider-list.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import { withProviders } from '../framework/provider-fixtures.js';

/**
 * The design language's checkboxes (docs/design-language.md, issue 15): 1.25rem square and centered on the
 * FIRST line of their label, also when the label wraps (a narrow filter panel), never on the middle of it.
 */
describe('checkboxes on the first line of their label', () => {
  beforeEach(() => clearFrameworkCache());

  it("the provider list's filter boxes: 1.25rem, centered on the first line of wrapped labels", async () => {
    const host = await fixture<HTMLElement>(
      html`<div style="width: 260px"><provider-list .framework=${withProviders()}></provider-list></div>`,
    );
    const el = host.querySelector<ProviderList>('provider-list')!;
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="filters"]'), 'no filters', { timeout: 4000 });
    el.shadowRoot!.querySelector<HTMLDetailsElement>('[part~="filters"]')!.open = true;
    const labels = [...el.shadowRoot!.querySelectorAll<HTMLLabelElement>('[part~="filter"] label')];
    expect(labels.length).to.be.greaterThan(3);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    let wrapped = 0;
    for (const label of labels) {
      const box = label.querySelector('input')!.getBoundingClientRect();
      const words = label.getBoundingClientRect();
      const line = parseFloat(getComputedStyle(label).lineHeight);
      if (words.height > line * 1.5) wrapped++;
      expect(box.width, 'box width').to.be.closeTo(1.25 * rem, 0.5);
      expect(box.height, 'box height').to.be.closeTo(1.25 * rem, 0.5);
      expect(box.top + box.height / 2 - (words.top + line / 2), label.textContent).to.be.within(-1.5, 1.5);
    }
    // The test means something only if some labels wrap.
    expect(wrapped).to.be.greaterThan(0);
    await expect(el).to.be.accessible();
  });
});
