import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/all.js';
import type { BlueprintProvider } from '../src/index.js';
import improvementTeams from '../src/data/improvement-teams.json';
import bele from '../src/data/bele.json';
import { withFetch } from './support.js';

const minimalUrl = new URL('../src/data/minimal.json', import.meta.url).href;

interface Args {
  src?: string;
  /** The `framework` property (an object or JSON text). */
  framework?: object | string;
  persist: 'local' | 'session' | 'off';
  lang?: string;
  /** `theme`: fixes the color scheme (unset: the toolbar's Theme, else the reader's system). */
  theme?: 'light' | 'dark';
}

/**
 * A readout of what the provider shares, filled from its public events: the provider itself draws
 * nothing but its loading line and errors; the widgets inside it draw the framework.
 */
function readout(e: Event) {
  const provider = e.currentTarget as BlueprintProvider;
  const out = provider.querySelector('output');
  const model = provider.model;
  if (!out || !model) return;
  const answered = Object.keys(provider.profile?.ratings ?? {}).length;
  out.textContent =
    `Loaded “${model.text(model.framework.title, provider.lang || undefined)}” (version ${model.version}): ` +
    `${model.groups.length} groups, ${model.capacities.length} capacities, ${model.levels.length} levels, ` +
    `${model.resources.length} resources; ${answered} answered; ${model.warnings.length} warnings.`;
}

const meta: Meta<Args> = {
  title: 'Elements/blueprint-provider',
  component: 'blueprint-provider',
  args: { persist: 'off' },
  argTypes: {
    persist: { control: 'inline-radio', options: ['local', 'session', 'off'] },
    src: { control: 'text' },
    lang: { control: 'text' },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
    framework: { control: 'object' },
  },
  render: ({ src, framework, persist, lang, theme }) =>
    html`<blueprint-provider
      src=${ifDefined(src)}
      .framework=${framework}
      persist=${persist}
      lang=${ifDefined(lang)}
      theme=${ifDefined(theme)}
      @bp-load=${readout}
      @bp-profile-change=${readout}
    >
      <output>Waiting for the framework…</output>
    </blueprint-provider>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Loaded from a URL (`src`): the smallest valid framework. */
export const LoadedFromSrc: Story = { args: { src: minimalUrl } };

/** Loaded from the `framework` property: the bundled Framework for Improvement Teams sample. */
export const LoadedFromProperty: Story = { args: { framework: improvementTeams } };

/** Loaded from an inline `<script type="application/json">` child: the BELE sample (it has a few warnings). */
export const LoadedInline: Story = {
  render: ({ persist }) => {
    const provider = document.createElement('blueprint-provider');
    provider.persist = persist;
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(bele);
    const out = document.createElement('output');
    out.textContent = 'Waiting for the framework…';
    provider.append(script, out);
    provider.addEventListener('bp-load', readout);
    return provider;
  },
};

/** Still loading: the status line appears after a short delay, in reserved space. */
export const Loading: Story = {
  args: { src: 'https://example.org/slow-framework.json' },
  decorators: [withFetch('slow-framework.json', () => new Promise<Response>(() => {}))],
};

/** The server answered 404: the error part names the URL and the status. */
export const NotFound: Story = {
  args: { src: 'https://example.org/missing-framework.json' },
  decorators: [
    withFetch('missing-framework.json', () =>
      Promise.resolve(new Response('Not found', { status: 404, statusText: 'Not Found' })),
    ),
  ],
};

/** A document with broken references: every error with its JSON Pointer path. */
export const InvalidDocument: Story = {
  args: {
    framework: {
      ...improvementTeams,
      levels: improvementTeams.levels.map((l, i) => (i === 1 ? { ...l, rank: 7 } : l)),
      actions: [{ id: 'a', capacityId: 'nope', levelId: 'beginning', title: 'Broken' }],
    },
  },
};

/** JSON with a syntax error: the line and column are named. */
export const MalformedJson: Story = {
  args: { framework: '{\n  "schema": "blueprint-framework/1",\n  "id": "x"\n  "version": "1"\n}' },
};

/** The provider's own messages in Spanish (lang="es"). */
export const ErrorInSpanish: Story = {
  args: { src: 'https://example.org/missing-framework.json', lang: 'es' },
  decorators: NotFound.decorators,
};
