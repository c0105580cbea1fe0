/**
 * The page test/support/member-plugin.mjs opens in a fresh incognito context: one member's device. The
 * member's name and role are put on their profile as `respondent` (what the rubric's member mode asks for);
 * the answers themselves are given through the rubric by the plugin's clicks.
 */
import '../../src/components/blueprint-provider/define.js';
import '../../src/components/capacity-rubric/define.js';
import '../../src/components/blueprint-report/define.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';
import type { Respondent } from '../../src/framework/schema.js';

declare global {
  interface Window {
    startMember(framework: unknown, respondent: Respondent, updatedAt: string | null): Promise<void>;
  }
}

window.startMember = async (framework, respondent, updatedAt) => {
  const provider = document.querySelector<BlueprintProvider>('blueprint-provider')!;
  if (updatedAt) provider.store.clock = () => new Date(updatedAt);
  provider.framework = framework as never;
  await provider.updateComplete;
  const store = provider.store;
  while (!store.model) await new Promise((resolve) => setTimeout(resolve, 10));
  provider.profile = {
    schema: 'blueprint-profile/1',
    frameworkId: store.model.id,
    frameworkVersion: store.model.version,
    ratings: {},
    respondent,
  };
  await provider.updateComplete;
  const rubric = document.querySelector('capacity-rubric')!;
  while (!rubric.shadowRoot?.querySelector('[data-capacity]')) await new Promise((r) => setTimeout(r, 10));
};
