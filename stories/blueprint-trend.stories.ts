import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/blueprint-trend/define.js';
import type { Profile } from '../src/index.js';
import improvementTeams from '../src/data/improvement-teams.json';
import { fetchStateStory } from './support.js';
import { history, withGaps } from './trend-samples.js';

interface Args {
  src?: string;
  /** The `framework` property. */
  framework?: object;
  /** The `profile` property. */
  profile?: Profile;
  group?: string;
  lang?: string;
  /** `theme`: fixes the color scheme (unset: the toolbar's Theme, else the reader's system). */
  theme?: 'light' | 'dark';
  dir?: 'ltr' | 'rtl';
  /** Width of the container the chart fills (any CSS length). */
  width: string;
}

const meta: Meta<Args> = {
  title: 'Elements/blueprint-trend',
  component: 'blueprint-trend',
  args: { framework: improvementTeams, profile: history(4), width: '100%' },
  argTypes: {
    src: { control: 'text' },
    framework: { control: 'object' },
    profile: { control: 'object' },
    group: { control: 'select', options: ['', ...improvementTeams.groups.map((g) => g.id)] },
    lang: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    width: { control: 'text' },
  },
  render: (a) =>
    html`<div dir=${ifDefined(a.dir)} style=${`width:${a.width};max-width:100%`}>
      <blueprint-trend
        src=${ifDefined(a.src)}
        .framework=${a.framework}
        .profile=${a.profile}
        group=${ifDefined(a.group || undefined)}
        lang=${ifDefined(a.lang || undefined)}
        theme=${ifDefined(a.theme)}
      ></blueprint-trend>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Four saved moments (fall and spring, two school years) and now: one line per group. */
export const FourMoments: Story = {};

/** One group's capacities, one line each, in shades of the group's color with their own markers. */
export const OneGroup: Story = { args: { group: 'measurement-data' } };

/** A single saved moment: it and now. */
export const SingleMoment: Story = { args: { profile: history(1) } };

/** No saved moment yet: a plain message and where the team is now. */
export const NoMomentYet: Story = { args: { profile: { ...history(0), snapshots: [] } } };

/** Gaps (a group unanswered at two moments) and a level the framework no longer has, with its note. */
export const GapsAndChangedLevel: Story = { args: { profile: withGaps() } };

/** The same, one group's capacities: the dropped level shows in the table as "no longer in this framework". */
export const GapsOneGroup: Story = { args: { profile: withGaps(), group: 'measurement-data' } };

/** Twenty saved moments, ten school years: the moments' names are thinned so none overlap. */
export const TwentyMoments: Story = { args: { profile: history(20) } };

/** Dark theme. */
export const Dark: Story = { args: { theme: 'dark' } };

/** A phone: 320 px, the key wraps, the chart fits. */
export const Narrow: Story = { args: { width: '320px' } };

/** Right to left: time runs from right to left. */
export const RightToLeft: Story = { args: { dir: 'rtl' } };

/** Spanish. */
export const Spanish: Story = { args: { lang: 'es' } };

/** An unknown `group`: a located error, and every group drawn. */
export const UnknownGroup: Story = { args: { group: 'no-such-group' } };

export const Loading: Story = fetchStateStory<Args>('loading', 'trend', { framework: undefined });
export const NotFound: Story = fetchStateStory<Args>('not-found', 'trend', { framework: undefined });
