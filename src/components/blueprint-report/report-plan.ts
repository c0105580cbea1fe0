/**
 * The report's action-plan parts (issue 18), in a module of their own that the report loads with a dynamic
 * `import()` the first time a profile has something for them (a plan, priorities or a saved moment): the
 * report is near its size budget, and most reports never show these. "Since last time" says in words what
 * moved since the newest saved moment (src/framework/movement.ts); the plan is the `<action-plan>` element
 * itself (its print styles turn it into a table); the tools get the plan's CSV and calendar downloads.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import '../action-plan/define.js';
import { clip, TEXT_LIMITS } from '../../framework/limits.js';
import type { FrameworkModel } from '../../framework/model.js';
import { sinceLastTime, type Change } from '../../framework/movement.js';
import { planOf } from '../../framework/plan.js';
import { planCsv, planIcs } from '../../framework/plan-export.js';
import type { Profile, Snapshot } from '../../framework/schema.js';
import { planExportWords, planStrings, type PlanStrings } from '../../i18n/plan.js';
import { saveFile } from '../../internal/save-file.js';
import { headingTag, shownText } from '../../internal/view.js';
import { formatDate } from '../../internal/words.js';
import { shareOwnerStrings } from '../../i18n/share-owners.js';
import { wordsFor } from '../../i18n/registry.js';

const NAME = TEXT_LIMITS.name.shown;

/** What the parts need from the report. */
export interface PlanPartContext {
  readonly model: FrameworkModel;
  readonly profile: Profile;
  readonly locale: string | undefined;
  /** The heading level of the report's sections. */
  readonly level: number;
}

const name = (ctx: PlanPartContext, value: Parameters<typeof shownText>[1]) =>
  clip(shownText(ctx.model, value, ctx.locale).text, NAME);

/** A saved moment as the reader knows it: its date, and its label when it has one. */
function moment(s: Snapshot, locale: string | undefined): string {
  const date = formatDate(s.takenAt, locale, 'long');
  return s.label ? `${date} (“${clip(s.label, NAME)}”)` : date;
}

function changeList(ctx: PlanPartContext, t: PlanStrings, title: string, changes: readonly Change[]) {
  if (!changes.length) return nothing;
  return html`<p><strong>${title}</strong></p>
    <ul class="since-list">
      ${changes.map(
        (c) =>
          html`<li>
            ${t.change(name(ctx, c.capacity.label), name(ctx, c.from.label), name(ctx, c.to.label))}
          </li>`,
      )}
    </ul>`;
}

/** "Since last time": what moved since the newest saved moment (or between the two newest). */
export function renderSince(ctx: PlanPartContext): TemplateResult | typeof nothing {
  const since = sinceLastTime(ctx.model, ctx.profile);
  if (!since) return nothing;
  const t = planStrings(ctx.locale, wordsFor(ctx.model, ctx.locale));
  const tag = headingTag(ctx.level);
  const up = since.changes.filter((c) => c.direction === 'up');
  const down = since.changes.filter((c) => c.direction === 'down');
  return html`<section part="since" class="section since" aria-labelledby="since-title">
    ${staticHtml`<${tag} id="since-title">${t.sinceTitle}</${tag}>`}
    <p>
      ${
        since.until
          ? t.sinceBetween(moment(since.since, ctx.locale), moment(since.until, ctx.locale))
          : t.sinceNow(moment(since.since, ctx.locale))
      }
    </p>
    ${changeList(ctx, t, t.wentUp, up)} ${changeList(ctx, t, t.wentDown, down)}
    <p>${since.changes.length ? (since.same ? t.stillSame(since.same) : nothing) : t.noChange(since.same)}</p>
  </section>`;
}

/** The plan: the `<action-plan>` element, reading the report's framework and store. */
export function renderPlan(ctx: PlanPartContext): TemplateResult {
  return html`<section part="plan" class="section plan">
    <action-plan heading-level=${ctx.level}></action-plan>
  </section>`;
}

/** What the share link's notice adds about the plan's owners, when the plan has any. */
export function ownersNotice(profile: Profile | undefined, owners: boolean, locale: string | undefined) {
  if (!profile?.plan?.some((p) => p.owner)) return undefined;
  const t = shareOwnerStrings(locale);
  return owners ? t.shareWithOwners : t.shareWithoutOwners;
}

/**
 * The "owners in the link" checkbox (when the plan names owners) and the plan's downloads, for the report's
 * tools. `say` shows the report's notice; `root` is where the download link is clicked.
 */
export function renderPlanTools(
  ctx: PlanPartContext,
  root: ParentNode,
  say: (text: string) => void,
  owners: boolean,
  setOwners: (on: boolean) => void,
  /** The report offers "Copy a share link": only then is there a link for the owners to be in. */
  links = true,
): TemplateResult | typeof nothing {
  const plan = planOf(ctx.profile);
  if (!plan.length) return nothing;
  const t = planStrings(ctx.locale, wordsFor(ctx.model, ctx.locale));
  const save = (kind: 'csv' | 'ics') => {
    if (kind === 'ics' && !plan.some((p) => p.due)) return say(t.noDates);
    const text =
      kind === 'csv'
        ? planCsv(ctx.model, plan, ctx.locale, planExportWords(ctx.locale, wordsFor(ctx.model, ctx.locale)))
        : planIcs(ctx.model, plan, planExportWords(ctx.locale, wordsFor(ctx.model, ctx.locale)), {
            locale: ctx.locale,
          });
    const file = `${ctx.model.id}-plan-${new Date().toISOString().slice(0, 10)}.${kind}`;
    saveFile(
      new Blob([text], { type: kind === 'csv' ? 'text/csv;charset=utf-8' : 'text/calendar;charset=utf-8' }),
      file,
      root,
    );
    say(t.exported(file));
  };
  const box =
    links && plan.some((p) => p.owner)
      ? html`<label class="tool-pair check"
          ><input
            type="checkbox"
            .checked=${live(owners)}
            @change=${(e: Event) => setOwners((e.target as HTMLInputElement).checked)}
          />${shareOwnerStrings(ctx.locale).shareOwners}</label
        >`
      : nothing;
  return html`${box}<button class="button" type="button" @click=${() => save('csv')}>${t.exportCsv}</button>
    <button class="button" type="button" @click=${() => save('ics')}>${t.exportIcs}</button>`;
}
