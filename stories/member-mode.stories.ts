import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/blueprint-provider/define.js';
import '../src/components/capacity-rubric/define.js';
import '../src/components/blueprint-report/define.js';
import type { Profile, Rater } from '../src/framework/schema.js';
import { improvementTeams } from './support.js';

/**
 * Member mode (issue 17): one member of the team answers privately on their own device, inside
 * `<blueprint-provider mode="member">`, then sends their answers to the facilitator. And the team's report
 * once the facilitator has gathered everyone ("How the team sees it").
 */
const framework = {
  ...improvementTeams,
  roles: [
    { id: 'teacher', label: { en: 'Teacher', es: 'Docente' }, summary: 'You teach at the school.' },
    { id: 'leader', label: { en: 'School leader', es: 'Dirección' } },
    { id: 'family', label: { en: 'Family', es: 'Familia' }, summary: 'A parent or caregiver.' },
  ],
};
const capacities = improvementTeams.groups.flatMap((g) => g.capacities.map((c) => c.id));
const levels = improvementTeams.levels.map((l) => l.id);
const base = {
  schema: 'blueprint-profile/1' as const,
  frameworkId: improvementTeams.id,
  frameworkVersion: improvementTeams.version,
};

/** A member part-way through: who they are, and four capacities answered. */
const answering: Profile = {
  ...base,
  respondent: { name: 'Ana', role: 'teacher' },
  ratings: Object.fromEntries(
    capacities
      .slice(0, 4)
      .map((id, i) => [id, { status: 'rated' as const, levelId: levels[i % levels.length] }]),
  ),
};

/** Every capacity answered: "Send my answers" is the next step. */
const done: Profile = {
  ...answering,
  ratings: Object.fromEntries(
    capacities.map((id, i) => [id, { status: 'rated' as const, levelId: levels[(i * 3) % levels.length] }]),
  ),
};

/** The team's profile after a session: three members gathered and some agreed levels. */
const raters: Rater[] = [
  { name: 'Ana', role: 'teacher' },
  { name: 'Ben', role: 'family' },
  { role: 'leader' },
].map((who, m) => ({
  id: `member-${m + 1}`,
  ...who,
  submittedAt: new Date(Date.UTC(2026, 4, 1, 9, m * 7)).toISOString(),
  ratings: Object.fromEntries(
    capacities.map((id, c) => [
      id,
      {
        status: 'rated' as const,
        levelId: levels[(c + m * (who.role === 'family' ? 0 : 2)) % levels.length],
      },
    ]),
  ),
}));
const team: Profile = {
  ...base,
  team: 'Lincoln Elementary',
  ratings: Object.fromEntries(
    capacities
      .slice(0, 8)
      .map((id, i) => [
        id,
        { status: 'rated' as const, levelId: levels[i % levels.length], note: 'We talked it through.' },
      ]),
  ),
  raters,
};

interface Args {
  profile?: Profile;
  theme?: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/member mode',
  args: {},
  argTypes: { theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] } },
  render: (args) => html`
    <blueprint-provider
      mode="member"
      persist="off"
      .framework=${framework}
      .profile=${args.profile}
      theme=${ifDefined(args.theme)}
    >
      <capacity-rubric></capacity-rubric>
    </blueprint-provider>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Step 1: who is answering (an optional name, and a role from the framework's roles). */
export const WhoIsAnswering: Story = {};

/** Step 2: answering the capacities, privately on this device. */
export const Answering: Story = { args: { profile: answering } };

/** Step 3: every capacity answered; "Send my answers" offers the link, the file and a QR code. */
export const ReadyToSend: Story = { args: { profile: done } };

/** The same, in the dark scheme. */
export const ReadyToSendDark: Story = { args: { profile: done, theme: 'dark' } };

/** The team's report after a session: "How the team sees it", with where roles differ. */
export const TeamReport: Story = {
  args: { profile: team },
  render: (args) => html`
    <blueprint-provider persist="off" .framework=${framework} .profile=${args.profile}>
      <blueprint-report></blueprint-report>
    </blueprint-provider>
  `,
};
