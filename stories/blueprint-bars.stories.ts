import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/blueprint-bars/define.js';
import '../src/components/blueprint-provider/define.js';
import '../src/components/capacity-rubric/define.js';
import type { Profile, Rating } from '../src/index.js';
import bele from '../src/data/bele.json';
import improvementTeams from '../src/data/improvement-teams.json';
import sampleProfileJson from '../src/data/improvement-teams.profile.json';
import { withFetch } from './support.js';

const sampleProfile = sampleProfileJson as unknown as Profile;

interface Args {
  src?: string;
  'profile-src'?: string;
  /** The `framework` property. */
  framework?: object;
  /** The `profile` property. */
  profile?: Profile;
  /** The `compareProfile` property. */
  compareProfile?: Profile;
  compare?: string;
  spread: boolean;
  editable: boolean;
  group?: string;
  /** Unset: chosen from the space (vertical where every name fits under its bar). */
  orientation?: 'vertical' | 'horizontal';
  lang?: string;
  /** `theme`: fixes the color scheme (unset: the toolbar's Theme, else the reader's system). */
  theme?: 'light' | 'dark';
  dir?: 'ltr' | 'rtl';
  /** Width of the container the chart fills (any CSS length). */
  width: string;
}

/** A made-up framework: `levels` levels, groups of the given sizes, optional label makers. */
function made(
  levels: number,
  sizes: number[],
  label: (g: number, c: number) => string = (g, c) => `Capacity ${g + 1}.${c + 1}`,
  groupLabel: (g: number) => string = (g) => `Group ${g + 1}`,
  levelLabel: (r: number) => string = (r) => `Level ${r + 1}`,
) {
  return {
    schema: 'blueprint-framework/1',
    id: 'made',
    version: '1',
    title: 'Made-up framework',
    levels: Array.from({ length: levels }, (_, r) => ({ id: `l${r}`, rank: r, label: levelLabel(r) })),
    groups: sizes.map((n, g) => ({
      id: `g${g}`,
      label: groupLabel(g),
      capacities: Array.from({ length: n }, (_, c) => ({ id: `c${g}-${c}`, label: label(g, c) })),
    })),
  };
}

/** A profile for `made()` rating every capacity with `pick(g, c)` (a rank, 'unsure', or undefined). */
function madeProfile(
  sizes: number[],
  pick: (g: number, c: number) => number | 'unsure' | 'skipped' | undefined,
): Profile {
  const ratings: Profile['ratings'] = {};
  sizes.forEach((n, g) => {
    for (let c = 0; c < n; c++) {
      const v = pick(g, c);
      if (v === 'unsure' || v === 'skipped') ratings[`c${g}-${c}`] = { status: v };
      else if (v !== undefined) ratings[`c${g}-${c}`] = { status: 'rated', levelId: `l${v}` };
    }
  });
  return { schema: 'blueprint-profile/1', frameworkId: 'made', ratings };
}

/** A profile for the BELE sample: each capacity's answer by its position in the framework (undefined: none). */
function beleProfile(answer: (i: number) => Rating | undefined): Profile {
  const ids = bele.groups.flatMap((g) => g.capacities.map((c) => c.id));
  const ratings: Profile['ratings'] = {};
  ids.forEach((id, i) => {
    const rating = answer(i);
    if (rating) ratings[id] = rating;
  });
  return { schema: 'blueprint-profile/1', frameworkId: bele.id, ratings };
}

/** BELE's level `n` (mod 4) as an answer. */
const beleLevel = (n: number): Rating => ({ status: 'rated', levelId: bele.levels[n % 4].id });

const bars = (a: Args) =>
  html`<blueprint-bars
    src=${ifDefined(a.src)}
    profile-src=${ifDefined(a['profile-src'])}
    .framework=${a.framework}
    .profile=${a.profile}
    .compareProfile=${a.compareProfile}
    compare=${ifDefined(a.compare || undefined)}
    ?spread=${a.spread}
    ?editable=${a.editable}
    group=${ifDefined(a.group || undefined)}
    orientation=${ifDefined(a.orientation)}
    lang=${ifDefined(a.lang || undefined)}
    theme=${ifDefined(a.theme)}
  ></blueprint-bars>`;

const meta: Meta<Args> = {
  title: 'Elements/blueprint-bars',
  component: 'blueprint-bars',
  args: {
    framework: improvementTeams,
    profile: sampleProfile,
    spread: false,
    editable: false,
    width: '100%',
  },
  argTypes: {
    src: { control: 'text' },
    'profile-src': { control: 'text' },
    framework: { control: 'object' },
    profile: { control: 'object' },
    compareProfile: { control: 'object' },
    compare: { control: 'select', options: ['', 'Fall 2025', 'Spring 2026', '2025-10-20'] },
    spread: { control: 'boolean' },
    editable: { control: 'boolean' },
    group: {
      control: 'select',
      options: ['', ...improvementTeams.groups.map((g) => g.id)],
    },
    orientation: { control: 'inline-radio', options: [undefined, 'vertical', 'horizontal'] },
    lang: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    width: { control: 'text' },
  },
  render: (a) =>
    html`<div dir=${ifDefined(a.dir)} style=${`width:${a.width};max-width:100%`}>${bars(a)}</div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** The sample framework with the sample team's profile. */
export const Default: Story = {};

/** No answers yet: every capacity is an empty slot. */
export const Empty: Story = { args: { profile: undefined } };

/** Every kind of answer side by side: levels, "not sure yet" and "skipped" (short marks at the baseline,
 * never a level), and not answered yet (a dashed slot). */
export const Partial: Story = {
  args: {
    profile: {
      ...sampleProfile,
      ratings: {
        'problem-understanding': { status: 'rated', levelId: 'developing' },
        'student-agency': { status: 'unsure' },
        'family-engagement': { status: 'skipped' },
        'team-roles': { status: 'rated', levelId: 'leading' },
      },
    },
  },
};

/** Compared with the "Fall 2025" snapshot: dashed outlines show where the team was. */
export const Compare: Story = { args: { compare: 'Fall 2025' } };

/** The spread of the three raters' answers, where they answered. */
export const Spread: Story = { args: { spread: true } };

/** Editable: point at a level on a bar to preview it, click to set it; or Up / Down, then Enter (Escape cancels). */
export const Editable: Story = { args: { editable: true } };

/** One capacity left: set it (editable) and the bars celebrate. */
export const LastAnswer: Story = {
  args: {
    editable: true,
    framework: bele,
    profile: beleProfile((i) => (i === 0 ? undefined : beleLevel((i - 1) * 3))),
  },
};

/** One group only (`group="inclusive-culture"`). */
export const SingleGroup: Story = { args: { group: 'inclusive-culture' } };

/** The BELE sample: few enough capacities for vertical bars with their names written across beneath. */
export const Vertical: Story = {
  args: {
    framework: bele,
    profile: beleProfile((i) =>
      i === 3 ? { status: 'unsure' } : i === 5 ? { status: 'skipped' } : beleLevel(i * 3),
    ),
  },
};

/** `orientation="vertical"` forced where the names do not fit: the bars are numbered, their names listed below. */
export const VerticalForced: Story = { args: { orientation: 'vertical', width: '640px' } };

/** Bars laid sideways (`orientation="horizontal"`). */
export const Horizontal: Story = { args: { orientation: 'horizontal' } };

/** A 280 px phone column: names wrap beside their bars, the levels are numbered with a key above. */
export const Narrow280: Story = { args: { width: '280px' } };

/** Text at 200 %: the layout follows the text size. */
export const LargeText: Story = {
  args: { width: '768px' },
  render: (a) =>
    html`<div style=${`width:${a.width};max-width:100%;font-size:200%`}>
      <blueprint-bars
        style="--bp-font-size: 1em"
        .framework=${a.framework}
        .profile=${a.profile}
      ></blueprint-bars>
    </div>`,
};

/** Seven levels (the most the format allows). */
export const SevenLevels: Story = {
  args: {
    framework: made(7, [4, 3]),
    profile: madeProfile([4, 3], (g, c) => (g * 4 + c) % 7),
  },
};

/** Sixty capacities in four groups. */
export const SixtyCapacities: Story = {
  args: {
    framework: made(4, [15, 15, 15, 15]),
    profile: madeProfile([15, 15, 15, 15], (g, c) =>
      c % 7 === 3 ? 'unsure' : c % 9 === 5 ? 'skipped' : c % 5 === 4 ? undefined : (g + c) % 4,
    ),
  },
};

/** One group of one capacity. */
export const OneCapacity: Story = {
  args: { framework: made(3, [1]), profile: madeProfile([1], () => 1) },
};

/** Very long capacity, group and level labels: wrapped between words, always in full. */
export const LongLabels: Story = {
  args: {
    framework: made(
      4,
      [3, 2],
      (g, c) =>
        `An extraordinarily long capacity label ${g + 1}.${c + 1} about collaborative inquiry, shared leadership and continuous improvement`,
      (g) => `A group label ${g + 1} that is much too long to fit under its few bars`,
      (r) => `Level ${r + 1}: a descriptive level name`,
    ),
    profile: madeProfile([3, 2], (g, c) => (g + c) % 4),
  },
};

/** Right to left, with Hebrew and Arabic labels (`dir="rtl"` on the container). */
export const RightToLeft: Story = {
  args: {
    dir: 'rtl',
    lang: 'he',
    framework: made(
      4,
      [2, 3],
      (g, c) =>
        ['הבנת הבעיה', 'תיאוריית שיפור', 'القياس العملي', 'التعلم من البيانات', 'البنية التحتية'][g * 2 + c],
      (g) => ['שיטות שיפור', 'القياس والبيانات'][g],
      (r) => ['התחלה', 'מתפתח', 'מתרגל', 'מוביל'][r],
    ),
    profile: madeProfile([2, 3], (g, c) => (c === 2 ? 'unsure' : (g + c + 1) % 4)),
  },
};

/** Inside a provider: the bars follow the shared profile (rate with the bars themselves: editable). */
export const InsideProvider: Story = {
  args: { editable: true, framework: undefined, profile: undefined },
  render: (a) =>
    html`<blueprint-provider persist="off" .framework=${improvementTeams} .profile=${sampleProfile}>
      <div style=${`width:${a.width};max-width:100%`}>${bars(a)}</div>
    </blueprint-provider>`,
};

/** With a rubric in the same provider: a click on a name, or Enter on a bar, takes you to its questions. */
export const WithRubric: Story = {
  args: { framework: undefined, profile: undefined },
  render: (a) =>
    html`<blueprint-provider persist="off" .framework=${bele}>
      <div style=${`width:${a.width};max-width:100%`}>${bars(a)}</div>
      <capacity-rubric mode="step"></capacity-rubric>
    </blueprint-provider>`,
};

/** Still loading its framework: the status line appears after a short delay. */
export const Loading: Story = {
  args: { framework: undefined, profile: undefined, src: 'https://example.org/slow-bars-framework.json' },
  decorators: [withFetch('slow-bars-framework.json', () => new Promise<Response>(() => {}))],
};

/** The framework could not be loaded: the error part says from where and why. */
export const LoadError: Story = {
  name: 'Error',
  args: { framework: undefined, profile: undefined, src: 'https://example.org/missing-bars-framework.json' },
  decorators: [
    withFetch('missing-bars-framework.json', () =>
      Promise.resolve(new Response('Not found', { status: 404, statusText: 'Not Found' })),
    ),
  ],
};
