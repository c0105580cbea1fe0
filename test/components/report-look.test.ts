/**
 * How the report looks while little is rated (issue 15's look): the open capacities a rubric can show are a
 * list of links, one per capacity, not boxed buttons.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/components/blueprint-report/define.js';
import '../../src/components/blueprint-provider/define.js';
import '../../src/components/capacity-rubric/define.js';
import type { BlueprintReport } from '../../src/components/blueprint-report/blueprint-report.js';
import { clearFrameworkCache } from '../../src/context/loader.js';
import { validFramework } from '../framework/fixtures.js';

async function reportIn(template: TemplateResult): Promise<BlueprintReport> {
  const host = await fixture<HTMLElement>(template);
  const el = (
    host.localName === 'blueprint-report' ? host : host.querySelector('blueprint-report')!
  ) as BlueprintReport;
  await waitUntil(() => el.shadowRoot?.querySelector('[part~="base"]'), 'never rendered', { timeout: 4000 });
  await el.updateComplete;
  return el;
}

describe('<blueprint-report> while little is rated', () => {
  beforeEach(() => clearFrameworkCache());

  it('an empty report beside a rubric: the open capacities as a list of links', async () => {
    const host = await fixture<HTMLElement>(
      html`<blueprint-provider persist="off" .framework=${validFramework()}>
        <blueprint-report></blueprint-report>
        <capacity-rubric></capacity-rubric>
      </blueprint-provider>`,
    );
    const el = await reportIn(html`${host}`);
    await waitUntil(() => el.shadowRoot!.querySelectorAll('.open-list button').length === 3, 'no open links');
    // Links, not boxed buttons: no border, no fill, in one list.
    for (const b of el.shadowRoot!.querySelectorAll<HTMLElement>('.open-list > li > button')) {
      const style = getComputedStyle(b);
      expect(style.borderTopWidth).to.equal('0px');
      expect(style.backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(style.textDecorationLine).to.equal('underline');
    }
    await expect(el).to.be.accessible();
  });
});
