import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/team-session/define.js';
import '../src/components/blueprint-provider/define.js';
import '../src/components/blueprint-bars/define.js';
import type { TeamSession } from '../src/components/team-session/team-session.js';
import type { Profile, Rater } from '../src/framework/schema.js';
import { improvementTeams } from './support.js';

/** The sample framework with the perspectives a team gathers (1.1 `roles`). */
const framework = {
  ...improvementTeams,
  roles: [
    { id: 'teacher', label: { en: 'Teacher', es: 'Docente' } },
    { id: 'leader', label: { en: 'School leader', es: 'Dirección' } },
    { id: 'family', label: { en: 'Family', es: 'Familia' } },
  ],
};
const capacities = improvementTeams.groups.flatMap((g) => g.capacities.map((c) => c.id));
const levels = improvementTeams.levels.map((l) => l.id);

/** Five members' answers, spread differently on each capacity (the same every time). */
const raters: Rater[] = [
  { name: 'Ana', role: 'teacher' },
  { name: 'Ben', role: 'family' },
  { role: 'leader' },
  { name: 'Dolores', role: 'family' },
  { name: 'Eli', role: 'teacher' },
].map((who, m) => ({
  id: `member-${m + 1}`,
  ...who,
  submittedAt: new Date(Date.UTC(2026, 4, 1, 9, m * 7)).toISOString(),
  ratings: Object.fromEntries(
    capacities.map((id, c) => [
      id,
      (c + m) % 9 === 0
        ? { status: 'unsure' as const }
        : {
            status: 'rated' as const,
            levelId: levels[(c * (m + 1) + (who.role === 'family' ? 0 : 2)) % levels.length],
          },
    ]),
  ),
}));

const profile = (agreed = false): Profile => ({
  schema: 'blueprint-profile/1',
  frameworkId: improvementTeams.id,
  frameworkVersion: improvementTeams.version,
  team: 'Lincoln Elementary',
  ratings: agreed
    ? Object.fromEntries(
        capacities
          .slice(0, 6)
          .map((id, i) => [
            id,
            { status: 'rated' as const, levelId: levels[i % levels.length], note: 'We talked it through.' },
          ]),
      )
    : {},
  raters,
});

interface Args {
  profile?: Profile;
  revealed: boolean;
  lang?: string;
  theme?: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/team-session',
  component: 'team-session',
  args: { revealed: false },
  argTypes: {
    revealed: { control: 'boolean' },
    lang: { control: 'inline-radio', options: [undefined, 'en', 'es'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) => html`
    <blueprint-provider
      persist="off"
      .framework=${framework}
      .profile=${args.profile}
      theme=${ifDefined(args.theme)}
    >
      <team-session ?revealed=${args.revealed} lang=${ifDefined(args.lang)}></team-session>
    </blueprint-provider>
  `,
};
export default meta;

type Story = StoryObj<Args>;

/** Step 1: nobody has answered yet; paste links or drop files. */
export const Gathering: Story = {};

/** Step 2: some links and files could not be used; each says why, and the rest were added. */
export const SomeBadInput: Story = {
  args: { profile: profile() },
  play: async ({ canvasElement }) => {
    const el = canvasElement.querySelector<TeamSession>('team-session')!;
    await el.updateComplete;
    const box = el.shadowRoot!.querySelector<HTMLTextAreaElement>('#links')!;
    box.value = [
      'https://school.example/blueprint/#bp-profile=eyJzY2hlbWEiOiJibHVlcHJpbnQtcHJv',
      'https://school.example/blueprint/',
    ].join('\n');
    box.dispatchEvent(new Event('input'));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.add-links')!.click();
  },
};

/** Step 3: five members answered; their answers stay hidden until "Reveal answers". */
export const Hidden: Story = { args: { profile: profile() } };

/** Step 4: revealed: the agenda (answers furthest apart first), and how many chose each level, by role. */
export const Revealed: Story = { args: { profile: profile(), revealed: true } };

/** Step 5: agreeing: the team has agreed on some capacities (one click on a level, with a note on why). */
export const Agreeing: Story = { args: { profile: profile(true), revealed: true } };

/** Step 6: done, with the bars beside it showing each capacity's range (`<blueprint-bars spread>`). */
export const Done: Story = {
  args: { profile: profile(true), revealed: true },
  render: (args) => html`
    <blueprint-provider persist="off" .framework=${framework} .profile=${args.profile}>
      <team-session revealed></team-session>
      <blueprint-bars spread></blueprint-bars>
    </blueprint-provider>
  `,
};

/** In Spanish. */
export const Spanish: Story = { args: { profile: profile(), revealed: true, lang: 'es' } };
