/**
 * <blueprint-trend> on its own (issue 18), each with a framework and a profile set from code: the page the
 * screenshots of the README's "See progress over time" come from. `?n=<snapshots>` changes the first chart.
 */
import 'blueprint-widgets/blueprint-trend/define.js';
import framework from 'blueprint-widgets/data/improvement-teams.json';
import type { BlueprintTrend } from 'blueprint-widgets';
import { history, withGaps } from '../stories/trend-samples.js';

const n = Number(new URLSearchParams(location.search).get('n') ?? 4);
const profiles = {
  groups: history(n),
  group: history(4),
  twenty: history(20),
  gaps: withGaps(),
  none: { ...history(0), snapshots: [] },
};
for (const [id, profile] of Object.entries(profiles)) {
  const el = document.querySelector<BlueprintTrend>(`#${id}`)!;
  el.framework = framework;
  el.profile = profile;
}
