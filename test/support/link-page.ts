/**
 * The page test/support/link-plugin.mjs opens in a fresh incognito context: someone opening a share link on a
 * partner page with a plain `<blueprint-provider>` (no attribute but the one the test opts out with) and a
 * report. The provider is made once the framework is given, so the link in the address is there before it.
 */
import '../../src/components/blueprint-provider/define.js';
import '../../src/components/blueprint-report/define.js';
import type { BlueprintProvider } from '../../src/components/blueprint-provider/blueprint-provider.js';

/** What the page shows once the provider has settled. */
interface Seen {
  profile: string | undefined;
  notice: string;
  keepOffered: boolean;
  copyOffered: boolean;
  hash: string;
  backups: string[];
}

declare global {
  interface Window {
    startLink(framework: unknown, attribute: string | null): Promise<Seen>;
    seen(): Promise<Seen>;
  }
}

const words = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

window.seen = async () => {
  const provider = document.querySelector<BlueprintProvider>('blueprint-provider')!;
  const report = document.querySelector('blueprint-report')!;
  await provider.updateComplete;
  while (!report.shadowRoot?.querySelector('[part~="tools"]')) await tick();
  await report.updateComplete;
  const notice = provider.shadowRoot!.querySelector('[part~="notice"]');
  return {
    profile: provider.exportProfile(),
    notice: words(notice),
    keepOffered: !!notice?.querySelector('[part~="notice-action"]'),
    copyOffered: [...report.shadowRoot.querySelectorAll('button')].some(
      (b) => words(b) === 'Copy a share link',
    ),
    hash: location.hash,
    backups: provider.store.backups().map((b) => b.kind),
  };
};

window.startLink = async (framework, attribute) => {
  const provider = document.createElement('blueprint-provider');
  if (attribute) provider.setAttribute(attribute, attribute === 'profile-from-hash' ? 'off' : '');
  provider.append(document.createElement('blueprint-report'));
  provider.framework = framework as never;
  document.body.append(provider);
  while (!provider.store.profile) await tick();
  return window.seen();
};
