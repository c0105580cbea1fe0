import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { render, type TemplateResult } from 'lit';
import * as stories from '../../stories/design-language.stories.js';

/**
 * The design-language page of Storybook (stories/design-language.stories.ts): each story renders, with the
 * widgets' shared styles, and passes axe in the light and the dark scheme; the dark sample keeps room inside
 * its slab and its primary button keeps 4.5:1.
 */
const story = (s: { render?: unknown }) => (s.render as () => TemplateResult)();

describe('design language stories', () => {
  afterEach(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({ colorScheme: 'light' });
  });

  for (const scheme of ['light', 'dark'] as const)
    for (const [name, s] of [
      ['Overview', stories.Overview],
      ['LightAndDark', stories.LightAndDark],
    ] as const)
      it(`${name} is axe clean in the ${scheme} scheme`, async () => {
        document.documentElement.style.colorScheme = 'light dark';
        await emulateMedia({ colorScheme: scheme });
        const host = await fixture<HTMLElement>(document.createElement('div'));
        render(story(s), host);
        const samples = [
          ...host.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('bp-design-sample'),
        ];
        await Promise.all(samples.map((el) => el.updateComplete));
        expect(samples.length).to.be.greaterThan(0);
        for (const el of samples) {
          expect(el.shadowRoot!.querySelector('.button.primary')).to.exist;
          const expected = el.getAttribute('theme') ?? scheme;
          expect(getComputedStyle(el).colorScheme.includes(expected), el.outerHTML).to.be.true;
        }
        const dark = host.querySelector('[theme="dark"]');
        if (dark) {
          const base = dark.shadowRoot!.querySelector('[part~="base"]')!;
          expect(parseFloat(getComputedStyle(base).paddingInlineStart)).to.be.greaterThan(0);
        }
        await expect(host).to.be.accessible();
      });
});
