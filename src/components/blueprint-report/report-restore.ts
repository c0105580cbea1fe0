/**
 * The report's "Open saved answers" panel (issue 15, "answers come back"), in a module of its own that the
 * report loads with a dynamic `import()` the first time a person opens the panel: the report is near its
 * size budget, and most visits never open a file.
 *
 * A file (chosen, or dropped on the panel) or a pasted share link is read and validated against the
 * framework; a bad one gets one plain sentence naming it and what is wrong (and `bp-error` on the report),
 * and nothing changes. A good one is first shown as a preview (what it holds, how many answers differ from
 * the current ones, where the current ones will be kept) with "Open these answers" and "Cancel". Opening
 * goes through the store: the provider's `restoreBackup`, which keeps the answers it replaces under
 * `<storage key>:before-restore` (see the README's storage section); a report without a provider takes
 * them as its `profile`.
 */
import { css, html, nothing, type ReactiveControllerHost } from 'lit';
import { adoptMoreStyles } from '../../internal/styles.js';
import type { ProfileStore } from '../../context/profile-store.js';
import type { PersistentProfileStore } from '../../context/persistent-profile-store.js';
import { loadValidator } from '../../context/validator.js';
import { BpErrorEvent } from '../../events/bp-error.js';
import { failureKind, type FailureKind } from '../../framework/failure-kind.js';
import { COHORT_SCHEMA_ID, FRAMEWORK_SCHEMA_ID, PROFILE_SCHEMA_ID } from '../../framework/constants.js';
import { issue, type Issue } from '../../framework/issues.js';
import type { FrameworkModel } from '../../framework/model.js';
import { serializeProfile } from '../../framework/profile.js';
import type { Profile, Rating } from '../../framework/schema.js';
import { profileTextFromFragment, SHARE_PARAM } from '../../framework/share-link.js';
import { restoreStrings, type RestoreStrings } from '../../i18n/restore.js';
import { shownText } from '../../internal/view.js';
import { formatDate } from '../../internal/words.js';

/** The report, as the panel needs it. */
export type RestoreHost = ReactiveControllerHost &
  HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment; profile?: Profile };

/** What the panel needs to draw, each render. */
export interface RestoreContext {
  readonly model: FrameworkModel;
  /** The answers now. */
  readonly profile: Profile;
  readonly store: ProfileStore | undefined;
  readonly locale: string | undefined;
}

/** A file or link read and valid, waiting for "Open these answers" or "Cancel". */
interface Pending {
  readonly name: string;
  readonly profile: Profile;
}

/** Larger than any team's saved answers (a 200-capacity profile with notes and snapshots is a few hundred kB). */
const MAX_FILE_BYTES = 5_000_000;

/**
 * The panel's own rules, added to the report's shadow root when the panel shows, as a sheet made in the
 * report's document: a sheet of the page cannot be adopted in an iframe's (NotAllowedError), and a report
 * moved there gets its element styles made again for that document, without the panel's.
 */
const panelStyles = css`
  /* minmax(0, …) and max-width: a file picker or a long name never makes the panel wider than a phone. */
  .restore {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
  }
  .restore input,
  .drop > * {
    min-width: 0;
    max-width: 100%;
  }
  .drop {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    justify-items: start;
    padding: var(--_space);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .drop.over {
    border-color: var(--_focus);
    border-style: solid;
  }
  .drop p,
  .restore-preview p {
    margin: 0;
  }
  .restore-preview {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5rem;
    padding: var(--_space);
    border-inline-start: 4px solid var(--_focus);
  }
  .restore-error {
    margin: 0;
    font-weight: 600;
  }
  .restore-error:empty {
    display: none;
  }
`;

/** Adds the panel's rules to `root` (once), made for `root`'s document (as the rubric's member sheet does). */
const adoptSheet = (root: ShadowRoot) => adoptMoreStyles(root, panelStyles);

/** The person's own answer for a capacity, compared by what they chose and wrote. */
const same = (a: Rating | undefined, b: Rating | undefined) =>
  a?.status === b?.status && a?.levelId === b?.levelId && (a?.note ?? '') === (b?.note ?? '');

/** How many capacities' answers differ between two profiles. */
export function answersThatDiffer(now: Profile, incoming: Profile): number {
  const ids = new Set([...Object.keys(now.ratings), ...Object.keys(incoming.ratings)]);
  return [...ids].filter((id) => !same(now.ratings[id], incoming.ratings[id])).length;
}

export class RestorePanel {
  readonly #host: RestoreHost;
  /** Called after the answers were opened, with what to say (the report closes the panel). */
  readonly #done: (message: string) => void;
  #ctx?: RestoreContext;
  #pending?: Pending;
  #error = '';
  #over = false;
  /** Each read supersedes the one before (a second file chosen while the first is read). */
  #reads = 0;

  constructor(host: RestoreHost, done: (message: string) => void) {
    this.#host = host;
    this.#done = done;
    // Again after a move to another document: the report's styles were made anew there, without these.
    host.addController({ hostConnected: () => this.#adopt() });
  }

  #adopt() {
    const root = this.#host.renderRoot;
    if (root instanceof ShadowRoot) adoptSheet(root);
  }

  get #t(): RestoreStrings {
    return restoreStrings(this.#ctx?.locale);
  }

  /** Where the current answers will be kept when others are opened, or undefined when nowhere. */
  #keptAt(): string | undefined {
    const store = this.#ctx?.store as Partial<PersistentProfileStore> | undefined;
    const where = store?.restoreBackup && store.persistence;
    return where && where.mode !== 'off' && where.key ? `${where.key}:before-restore` : undefined;
  }

  #query<T extends Element>(selector: string): T | null {
    return this.#host.renderRoot.querySelector<T>(selector);
  }

  /**
   * A file or link that cannot be used: said in the panel and as `bp-error` with its kind (issue 15: it was
   * always `not-json`); nothing changes. `detail` is the located problem behind it, when there is one.
   */
  #fail(message: string, source: 'import' | 'link', kind: FailureKind, detail?: Issue) {
    this.#pending = undefined;
    // The same message again is still news: cleared for one render so the alert speaks again.
    this.#error = '';
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      this.#error = message;
      this.#host.requestUpdate();
    });
    const errors = detail ? [detail] : [issue('error', CODES[kind] ?? 'load', PATHS[kind] ?? '', message)];
    this.#host.dispatchEvent(new BpErrorEvent({ errors, source, kind }));
  }

  async #openFile(file: File | undefined) {
    if (!file) return;
    const read = ++this.#reads;
    // A new choice replaces the preview of an earlier one (it can no longer be applied).
    this.#pending = undefined;
    const name = `“${file.name}”`;
    // Saved answers are a few hundred kB at most; a video or a disk image dropped here is not read.
    if (file.size > MAX_FILE_BYTES) return this.#fail(this.#t.tooBig(name), 'import', 'too-big');
    let text: string;
    try {
      text = await file.text();
    } catch {
      if (read === this.#reads) this.#fail(this.#t.unreadable(name), 'import', 'unreadable');
      return;
    }
    if (read === this.#reads) await this.#consider(text, name, 'import', read);
  }

  async #openLink(value: string) {
    const t = this.#t;
    const read = ++this.#reads;
    this.#pending = undefined;
    const at = value.indexOf('#');
    const fragment = at >= 0 ? value.slice(at) : value.trim();
    if (!fragment.includes(`${SHARE_PARAM}=`)) return this.#fail(t.noLink, 'link', 'not-a-link');
    const text = profileTextFromFragment(fragment);
    if (text === undefined) return this.#fail(t.cutShort, 'link', 'broken-link');
    await this.#consider(text, t.theLink, 'link', read);
  }

  /** Reads `text` as a team's saved answers for this framework: a preview when it can be used. */
  async #consider(text: string, name: string, source: 'import' | 'link', read: number) {
    const ctx = this.#ctx;
    if (!ctx) return;
    const t = this.#t;
    const parser = await loadValidator();
    if (read !== this.#reads) return;
    const json = parser.parseJson(text);
    // A link's text that is not JSON was cut short on its way (the JSON is whole when it is made).
    if (!json.ok)
      return source === 'link'
        ? this.#fail(t.cutShort, source, 'broken-link', json.error)
        : this.#fail(sentence(t.notJson(name)), source, 'not-json', json.error);
    const doc = json.value as { schema?: unknown; frameworkId?: unknown } | null;
    const schema = doc && typeof doc === 'object' && !Array.isArray(doc) ? doc.schema : undefined;
    const refusal: [string, FailureKind] | undefined =
      Array.isArray(doc) || schema === COHORT_SCHEMA_ID
        ? [t.isCohort(name), 'not-a-profile']
        : schema === FRAMEWORK_SCHEMA_ID
          ? [t.isFramework(name), 'not-a-profile']
          : newerProfile(schema)
            ? [t.tooNew(name), 'too-new']
            : schema !== PROFILE_SCHEMA_ID
              ? [t.notProfile(name), 'not-a-profile']
              : typeof doc?.frameworkId === 'string' && doc.frameworkId !== ctx.model.id
                ? [
                    t.otherFramework(
                      name,
                      doc.frameworkId,
                      shownText(ctx.model, ctx.model.framework.title, ctx.locale).text,
                    ),
                    'other-framework',
                  ]
                : undefined;
    if (refusal) return this.#fail(sentence(refusal[0]), source, refusal[1]);
    const result = parser.parseProfile(json.value, ctx.model);
    if (!result.ok) {
      const first = result.errors[0];
      return this.#fail(
        sentence(t.invalid(name, `${first.message}${first.path ? ` (${first.path})` : ''}`)),
        source,
        failureKind(result.errors, source),
        first,
      );
    }
    this.#error = '';
    this.#pending = { name, profile: result.value };
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    // The preview is what the person acts on next: focus goes to it (its summary is read out).
    this.#query<HTMLElement>('.restore-preview')?.focus();
  }

  /** "Open these answers": through the store, keeping the current answers first. */
  #apply() {
    const pending = this.#pending;
    const ctx = this.#ctx;
    if (!pending || !ctx) return;
    const t = this.#t;
    const kept = this.#keptAt();
    const store = ctx.store as Partial<PersistentProfileStore> | undefined;
    if (store?.restoreBackup) {
      const result = store.restoreBackup({ text: serializeProfile(pending.profile) });
      if (!result.ok)
        return this.#fail(t.nothingKept, 'import', failureKind(result.errors, 'import'), result.errors[0]);
    } else {
      // A report on its own: the answers become its `profile` (its own store follows).
      this.#host.profile = pending.profile;
    }
    this.#pending = undefined;
    this.#done(sentence(`${t.opened(pending.name)}${kept ? ` ${t.keptNow(kept)}` : ''}`));
  }

  async #cancel() {
    this.#pending = undefined;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    this.#query<HTMLElement>('#restore-file')?.focus();
  }

  #onDrop = (e: DragEvent) => {
    e.preventDefault();
    this.#over = false;
    this.#host.requestUpdate();
    void this.#openFile(e.dataTransfer?.files[0]);
  };

  #onDragOver = (e: DragEvent) => {
    // Accepting the drag is what lets the drop happen.
    e.preventDefault();
    if (!this.#over) {
      this.#over = true;
      this.#host.requestUpdate();
    }
  };

  #onDragLeave = () => {
    this.#over = false;
    this.#host.requestUpdate();
  };

  render(ctx: RestoreContext) {
    this.#ctx = ctx;
    this.#adopt();
    const t = this.#t;
    const pending = this.#pending;
    return html`<div class="restore">
      <div
        class="drop ${this.#over ? 'over' : ''}"
        @dragover=${this.#onDragOver}
        @dragleave=${this.#onDragLeave}
        @drop=${this.#onDrop}
      >
        <p id="restore-hint">${t.dropHint}</p>
        <label class="tool-pair"
          >${t.chooseFile}
          <input
            id="restore-file"
            class="field"
            type="file"
            accept=".json,application/json"
            aria-describedby="restore-hint"
            @change=${(e: Event) => {
              const input = e.target as HTMLInputElement;
              void this.#openFile(input.files?.[0]);
              // The same file chosen again (after Cancel) is a new choice.
              input.value = '';
            }}
        /></label>
      </div>
      <form
        class="tool-row"
        novalidate
        @submit=${(e: SubmitEvent) => {
          e.preventDefault();
          void this.#openLink(this.#query<HTMLInputElement>('#restore-link')?.value ?? '');
        }}
      >
        <label class="field-label" for="restore-link">${t.linkLabel}</label>
        <input id="restore-link" class="field moment" type="url" autocomplete="off" />
        <button class="button" type="submit">${t.openLink}</button>
      </form>
      <p class="restore-error" role="alert">${this.#error}</p>
      ${pending ? this.#renderPreview(ctx, pending, t) : nothing}
    </div>`;
  }

  #renderPreview(ctx: RestoreContext, pending: Pending, t: RestoreStrings) {
    const p = pending.profile;
    const holds = {
      answers: Object.keys(p.ratings).length,
      notes: Object.values(p.ratings).filter((r) => r.note).length,
      moments: p.snapshots?.length ?? 0,
      steps: p.plan?.length ?? 0,
    };
    const date = p.updatedAt ? formatDate(p.updatedAt, ctx.locale, 'long') : undefined;
    const kept = this.#keptAt();
    return html`<div
      class="restore-preview"
      role="group"
      tabindex="-1"
      aria-labelledby="restore-preview-title restore-summary"
    >
      <p id="restore-preview-title"><strong>${t.preview}</strong></p>
      <p id="restore-summary">
        ${t.summary(holds, p.team, date)} ${t.differ(answersThatDiffer(ctx.profile, p))}
      </p>
      <p>${kept ? t.keptAt(kept) : t.notKept}</p>
      <div class="tool-row">
        <button class="button" type="button" @click=${() => this.#apply()}>${t.apply}</button>
        <button class="button" type="button" @click=${() => this.#cancel()}>${t.cancel}</button>
      </div>
    </div>`;
  }
}

/** The issue code and path of a refusal said without a located problem, by its kind. */
const CODES: Partial<Record<FailureKind, Issue['code']>> = {
  'not-a-profile': 'schema-version',
  'too-new': 'schema-version',
  'other-framework': 'framework-mismatch',
  'broken-link': 'json',
};
const PATHS: Partial<Record<FailureKind, string>> = {
  'not-a-profile': '/schema',
  'too-new': '/schema',
  'other-framework': '/frameworkId',
};

/** `blueprint-profile/2` and later: answers saved by a newer version of these widgets. */
function newerProfile(schema: unknown): boolean {
  const found = typeof schema === 'string' ? /^blueprint-profile\/(\d+)$/.exec(schema) : null;
  return !!found && Number(found[1]) > Number(PROFILE_SCHEMA_ID.split('/')[1]);
}

/** A message whose first word is a name ("the share link could not…") starts with a capital. */
const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
