import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/all.js';
// An illustrative Arabic framework written for the right-to-left test (test/components/rtl.test.ts).
import arabic from '../test/fixtures/rtl-arabic.json';
import { arabicCohort, arabicProfile } from '../test/fixtures/rtl-arabic-answers.js';

/** A school's answers, with two earlier moments, three members' answers and a small plan. */
const profile = arabicProfile(arabic);
/** Six schools of a network. */
const cohort = arabicCohort(arabic);

interface Args {
  /** Width of the page area the widgets fill (any CSS length). */
  width: string;
  theme?: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Guides/Right to left',
  args: { width: '100%' },
  argTypes: {
    width: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
};
export default meta;

type Story = StoryObj<Args>;

const frame = (a: Args, body: unknown) =>
  html`<div dir="rtl" lang="ar" style=${`width:${a.width};max-width:100%;display:grid;gap:1.5rem`}>
    ${body}
  </div>`;

/**
 * A partner page in Arabic: the rubric, the bars (growing from the right), the equity considerations, the
 * library, the report and the providers, right to left.
 */
export const Page: Story = {
  render: (a) =>
    frame(
      a,
      html`<blueprint-provider
        persist="off"
        theme=${ifDefined(a.theme)}
        .framework=${arabic}
        .profile=${profile}
      >
        <capacity-rubric heading-level="2"></capacity-rubric>
        <blueprint-bars orientation="horizontal" editable></blueprint-bars>
        <equity-considerations heading-level="2"></equity-considerations>
        <resource-library heading-level="2" mode="all"></resource-library>
        <blueprint-report heading-level="2"></blueprint-report>
        <provider-list heading-level="2"></provider-list>
      </blueprint-provider>`,
    ),
};

/** The same page on a small phone (320 px). */
export const Phone: Story = { ...Page, args: { width: '320px' } };

/** The rubric one step at a time: "previous" on the right, its arrow pointing right. */
export const RubricSteps: Story = {
  render: (a) =>
    frame(
      a,
      html`<capacity-rubric
        mode="step"
        theme=${ifDefined(a.theme)}
        .framework=${arabic}
        .profile=${profile}
      ></capacity-rubric>`,
    ),
};

/** The team's progress: its plan, its answers over time and its members' answers side by side. */
export const Progress: Story = {
  render: (a) =>
    frame(
      a,
      html`<action-plan
          today="2026-03-01"
          theme=${ifDefined(a.theme)}
          .framework=${arabic}
          .profile=${profile}
        ></action-plan>
        <blueprint-trend
          theme=${ifDefined(a.theme)}
          .framework=${arabic}
          .profile=${profile}
        ></blueprint-trend>
        <team-session
          revealed
          theme=${ifDefined(a.theme)}
          .framework=${arabic}
          .profile=${profile}
        ></team-session>
        <resource-card
          resource-id="mapping-guide"
          theme=${ifDefined(a.theme)}
          .framework=${arabic}
        ></resource-card>`,
    ),
};

/** A partner's view of its network's schools. */
export const Network: Story = {
  render: (a) =>
    frame(
      a,
      html`<blueprint-network
        min-teams="3"
        theme=${ifDefined(a.theme)}
        .framework=${arabic}
        .cohort=${cohort}
      ></blueprint-network>`,
    ),
};

/** The page in dark colors. */
export const Dark: Story = { ...Page, args: { theme: 'dark' } };
