import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/components/blueprint-report/define.js';
import '../src/components/blueprint-provider/define.js';
import type { BlueprintReport } from '../src/components/blueprint-report/blueprint-report.js';
import { sampleProfile, sampleUrl } from './support.js';

/**
 * The report's "Open saved answers" (issue 15): a downloaded JSON file (chosen or dropped) or a pasted share
 * link, shown as a preview of what will change before anything does. Inside a provider that keeps the
 * answers for this tab only (`persist="session"`), so the preview can say where the current ones are kept.
 */
interface Args {
  lang?: string;
  theme?: 'light' | 'dark';
}

const meta: Meta<Args> = {
  title: 'Elements/blueprint-report (open saved answers)',
  component: 'blueprint-report',
  argTypes: {
    lang: { control: 'inline-radio', options: [undefined, 'en', 'es'] },
    theme: { control: 'inline-radio', options: [undefined, 'light', 'dark'] },
  },
  render: (args) =>
    html`<blueprint-provider
      src=${sampleUrl}
      persist="session"
      storage-key="bp-story-open-saved-answers"
      lang=${ifDefined(args.lang)}
      theme=${ifDefined(args.theme)}
    >
      <blueprint-report></blueprint-report>
    </blueprint-provider>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Waits for the report's tools, then presses "Open saved answers" and waits for its panel (loaded on first use). */
async function openPanel(canvas: HTMLElement): Promise<BlueprintReport> {
  const report = canvas.querySelector<BlueprintReport>('blueprint-report')!;
  const tick = () => new Promise((resolve) => setTimeout(resolve, 20));
  while (!report.shadowRoot?.querySelector('#restore-toggle')) await tick();
  report.shadowRoot.querySelector<HTMLButtonElement>('#restore-toggle')!.click();
  while (!report.shadowRoot.querySelector('#restore-file')) await tick();
  return report;
}

/** The panel open: a drop target with a file picker, and a field for a share link. */
export const PanelOpen: Story = {
  play: async ({ canvasElement }) => {
    await openPanel(canvasElement);
  },
};

/** A file chosen (the sample team's answers): what it holds and how many answers differ, before anything changes. */
export const PreviewShowing: Story = {
  play: async ({ canvasElement }) => {
    const report = await openPanel(canvasElement);
    const input = report.shadowRoot!.querySelector<HTMLInputElement>('#restore-file')!;
    const files = new DataTransfer();
    files.items.add(new File([JSON.stringify(sampleProfile, null, 2)], 'sample-team-answers.json'));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  },
};

/** A file that is not saved answers (a framework): one plain sentence naming it; nothing changes. */
export const BadFile: Story = {
  play: async ({ canvasElement }) => {
    const report = await openPanel(canvasElement);
    const input = report.shadowRoot!.querySelector<HTMLInputElement>('#restore-file')!;
    const files = new DataTransfer();
    files.items.add(new File(['Our notes from Tuesday'], 'notes.txt'));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  },
};

/** Dark, in Spanish, with the preview showing. */
export const PreviewDarkSpanish: Story = { ...PreviewShowing, args: { lang: 'es', theme: 'dark' } };
