/**
 * The provider does not import the validator: bundles load it as a file of its own. It validates profiles
 * synchronously once it has a model, so a model built without the validator (`new FrameworkModel`, which
 * never runs parse.ts) waits for it, like any other input. This page imports nothing that runs parse.ts.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/components/blueprint-provider/define.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import { validator } from '../../src/context/validator.js';
import type { BpLoadEvent } from '../../src/events/index.js';
import { FrameworkModel } from '../../src/framework/model.js';
import type { Framework } from '../../src/framework/schema.js';

const doc = {
  schema: 'blueprint-framework/1',
  id: 'by-hand',
  version: '1',
  title: 'By hand',
  levels: [
    { id: 'low', rank: 0, label: 'Low' },
    { id: 'high', rank: 1, label: 'High' },
  ],
  groups: [{ id: 'g', label: 'Group', capacities: [{ id: 'c', label: 'Capacity' }] }],
} as Framework;

describe('the provider and the validator it loads', () => {
  it('a model built by hand waits for the validator, then profiles are validated at once', async () => {
    expect(validator(), 'loaded before anyone asked').to.equal(undefined);
    const model = new FrameworkModel(doc);
    const provider = await fixture<BlueprintProvider>(
      html`<blueprint-provider persist="off" .framework=${model}></blueprint-provider>`,
    );
    expect(provider.frameworkState.status).to.equal('loading');
    const { detail } = await oneEvent<BpLoadEvent>(provider, 'bp-load');
    expect(detail.model).to.equal(model);
    expect(validator()).to.not.equal(undefined);
    const result = provider.importProfile({
      schema: 'blueprint-profile/1',
      frameworkId: 'by-hand',
      ratings: { c: { status: 'rated', levelId: 'high' } },
    });
    expect(result.ok).to.equal(true);
    expect(provider.profile?.ratings.c?.levelId).to.equal('high');
    const refused = provider.importProfile({
      schema: 'blueprint-profile/1',
      frameworkId: 'other',
      ratings: {},
    });
    expect(refused.ok).to.equal(false);
    expect(refused.errors[0].code).to.equal('framework-mismatch');
  });
});
