/**
 * Widgets load the validator on first use. This page imports no provider (which would register the
 * validator statically), so it sees the lazy path a standalone widget takes in an npm build.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { validator } from '../../src/context/validator.js';
import type { BpLoadEvent } from '../../src/events/index.js';
import '../support/test-widget.js';
import type { TestWidget } from '../support/test-widget.js';

const doc = {
  schema: 'blueprint-framework/1',
  id: 'lazy',
  version: '1',
  title: 'Lazy',
  levels: [
    { id: 'low', rank: 0, label: 'Low' },
    { id: 'high', rank: 1, label: 'High' },
  ],
  groups: [{ id: 'g', label: 'Group', capacities: [{ id: 'c', label: 'Capacity' }] }],
};

describe('the validator loads on first use', () => {
  it('a standalone widget waits for it, then validates its framework and profile', async () => {
    expect(validator(), 'loaded before anyone asked').to.equal(undefined);
    const widget = await fixture<TestWidget>(
      html`<bp-test-widget
        .framework=${doc}
        .profile=${{ schema: 'blueprint-profile/1', frameworkId: 'lazy', ratings: { c: { status: 'rated', levelId: 'high' } } }}
      ></bp-test-widget>`,
    );
    expect(widget.shownState.status).to.equal('loading');
    const { detail } = await oneEvent<BpLoadEvent>(widget, 'bp-load');
    expect(detail.model.id).to.equal('lazy');
    expect(validator()).to.not.equal(undefined);
    await waitUntil(() => widget.shownProfile !== undefined, 'profile never validated');
    await widget.updateComplete;
    expect(widget.shadowRoot!.querySelector('[data-capacity="c"] .value')!.textContent).to.equal('high');
    await expect(widget).to.be.accessible();
  });
});
