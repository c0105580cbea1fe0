// Web-test-runner server command `bp-member`: one team member answering on their own device. Opens a NEW
// incognito browser context (its own storage, cookies and cache: nothing shared with the test page or with
// another member), loads test/support/member-page.html there (a provider, a rubric and a report), answers
// through the rubric with real mouse clicks, and returns what the member would send: the report's share link
// and its exported JSON. Also returns the requests that page made after it loaded (there must be none).
//
//   import { executeServerCommand } from '@web/test-runner-commands';
//   const { link, json, requests } = await executeServerCommand('bp-member', {
//     framework,                               // the framework document (an object)
//     respondent: { name: 'Ana', role: 'teacher' },
//     answers: { 'capacity-id': 'level-id' },   // a level id, or the rubric's own choice value
//     updatedAt: '2026-05-01T10:00:00.000Z',   // optional: the store's clock, for reproducible answers
//   });
import { withFreshContext } from './fresh-context.mjs';

export function memberPlugin() {
  return {
    name: 'bp-member',
    async executeCommand({ command, payload, session }) {
      if (command !== 'bp-member') return undefined;
      return withFreshContext(session, 'bp-member', async (page, origin) => {
        await page.goto(`${origin}/test/support/member-page.html`);
        await page.waitForFunction(() => typeof window.startMember === 'function');
        await page.evaluate(
          (framework, respondent, updatedAt) => window.startMember(framework, respondent, updatedAt),
          payload.framework,
          payload.respondent ?? {},
          payload.updatedAt ?? null,
        );
        // From here on, the member's page must make no request of its own.
        const requests = [];
        page.on('request', (request) => requests.push(request.url()));
        for (const [capacityId, choice] of Object.entries(payload.answers)) {
          const label = await page.evaluateHandle(
            (id, value) => {
              const rubric = document.querySelector('capacity-rubric');
              const card = rubric.shadowRoot.querySelector(`[part~="capacity"][data-capacity="${id}"]`);
              // The rubric's choices: `level:<id>` for a level, its own values for "not sure" and "skip".
              const inputs = [...card.querySelectorAll('input[type="radio"]')];
              const input = inputs.find((i) => i.value === value || i.value === `level:${value}`);
              if (!input) throw new Error(`no choice "${value}" for capacity "${id}"`);
              return input.closest('label');
            },
            capacityId,
            choice,
          );
          await label.asElement().click();
          await page.waitForFunction(
            (id) => document.querySelector('blueprint-provider').store.profile.ratings[id] !== undefined,
            {},
            capacityId,
          );
        }
        const sent = await page.evaluate(async () => {
          const report = document.querySelector('blueprint-report');
          await report.updateComplete;
          return { link: report.shareLink(), json: report.profileJson() };
        });
        return { ...sent, requests };
      });
    },
  };
}
