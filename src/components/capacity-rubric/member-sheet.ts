/**
 * Member mode (issue 17): what a `<capacity-rubric>` inside `<blueprint-provider mode="member">` adds
 * around the capacities, for one member answering privately on their own device. First "Who is answering"
 * (an optional name and a role from the framework's `roles`, stored in the profile's `respondent` through
 * the store), then the capacities as always, then "Send my answers": a share link of the member's profile
 * (with `respondent`) to copy, the profile as a file, and a QR code of the link (drawn locally; its encoder
 * is loaded only when asked for). Nothing leaves the device unless the member sends it.
 *
 * A module of its own, loaded by the rubric only in member mode, so that a team's rubric and the script
 * tag's core do not carry it.
 */
import { css, html, nothing, svg, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { adoptMoreStyles } from '../../internal/styles.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { html as staticHtml } from 'lit/static-html.js';
import type { ProfileStore } from '../../context/profile-store.js';
import type { FrameworkModel } from '../../framework/model.js';
import { progress, serializeProfile } from '../../framework/profile.js';
import { shareFragment } from '../../framework/report.js';
import type { Profile, Respondent } from '../../framework/schema.js';
import { memberStrings, type MemberStrings } from '../../i18n/member.js';
import { saveFile } from '../../internal/save-file.js';
import { headingTag, shownText } from '../../internal/view.js';

type QrModule = typeof import('./member-qr.js');

/** What the sheet reads from its rubric at a render. */
export interface MemberRender {
  readonly model: FrameworkModel;
  readonly profile: Profile | undefined;
  readonly store: ProfileStore | undefined;
  readonly locale: string | undefined;
  /** The rubric's top heading level: the sheet's two sections take it too. */
  readonly top: number;
}

type Host = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The sheet's own rules, added to the rubric's shadow root when the sheet first shows (a sheet made in
 * the rubric's document, so an iframe's rubric can take it too). Its sections reuse the rubric's `.base`
 * text settings and `.button` / `.field` look.
 */
const sheetCss = css`
  .member {
    margin-block: 0 var(--_space);
    padding: 0.6rem 0.75rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
  }
  .member > * + * {
    margin-block-start: 0.6rem;
  }
  .member-send {
    margin-block: var(--_space) 0;
    border-inline-start: 5px solid var(--_chosen);
  }
  .member-privacy {
    font-weight: 600;
  }
  .member-name,
  .member-link {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35rem 0.6rem;
  }
  .member-name label,
  .member-link label,
  .member-roles legend {
    font-weight: 600;
  }
  .member-name .field {
    flex: 1 1 12rem;
    max-width: 24rem;
  }
  .member-link .field {
    flex: 1 1 14rem;
    min-width: 0;
  }
  .member-roles {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .member-roles legend {
    padding: 0;
    margin-block-end: 0.3rem;
  }
  /* The shared .check (styles.ts): the library's box size, on the first line of the role's name. */
  .member-role {
    gap: 0.5rem;
    padding-block: 0.25rem;
  }
  .member-role input {
    accent-color: var(--_chosen);
  }
  .member-role-summary {
    margin-block: -0.2rem 0.2rem;
    /* Under the role's name: the box's width and the gap. */
    padding-inline-start: 1.75rem;
    color: var(--_muted);
    font-size: 0.95em;
  }
  .member-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .member-qr svg {
    display: block;
    width: min(100%, 18rem);
    height: auto;
    forced-color-adjust: none;
  }
  .member-notice:empty {
    display: none;
  }
  @media print {
    .member-who,
    .member-actions,
    .member-qr,
    .member-notice {
      display: none;
    }
  }
`;

/** Adds the sheet's rules to `root` (once), made for `root`'s document. */
const adoptSheet = (root: ShadowRoot) => adoptMoreStyles(root, sheetCss);

/** A name as a file name's part: plain letters and digits joined by dashes ("José Díaz" → "jose-diaz"). */
export function fileSlug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
}

/** One rubric's member sheet: its sections and what they said last. */
export class MemberSheet {
  readonly #host: Host;
  /** What the last action said (copied, downloaded, QR shown), in the send section's live region. */
  #notice = '';
  /** What the last change of name or role said, in the who section's live region. */
  #saved = '';
  #qrShown = false;
  #qr?: QrModule;
  #qrFailed = false;
  /** The strings in the rubric's language (set at each render). */
  #t: MemberStrings = memberStrings(undefined);
  /** The link made for a profile (kept while the profile is the same object). */
  #link?: { profile: Profile | undefined; base: string; link: string | undefined };

  constructor(host: Host) {
    this.#host = host;
  }

  /** The link to the member's answers (`#bp-profile=…` on this page), or undefined when they are too long for one. */
  link(profile: Profile | undefined): string | undefined {
    if (!profile) return undefined;
    const url = new URL(window.location.href);
    url.hash = '';
    const base = url.href;
    const cached = this.#link;
    if (cached?.profile === profile && cached.base === base) return cached.link;
    const made = shareFragment(profile, base.length);
    let link: string | undefined;
    if (made.ok) {
      url.hash = made.fragment;
      link = url.href;
    }
    this.#link = { profile, base, link };
    return link;
  }

  /** The who section, `body` (the rubric's capacities), and the send section. */
  render(body: TemplateResult, r: MemberRender): TemplateResult {
    const root = this.#host.renderRoot;
    if (root instanceof ShadowRoot) adoptSheet(root);
    this.#t = memberStrings(r.locale);
    return html`${this.#who(r)}${body}${this.#send(r)}`;
  }

  #who(r: MemberRender): TemplateResult {
    const t = this.#t;
    const { model, locale } = r;
    const respondent = r.profile?.respondent;
    const roles = model.framework.roles ?? [];
    const tag = headingTag(r.top);
    return html`<section
      part="member-who"
      class="base member member-who"
      lang=${ifDefined(locale)}
      aria-labelledby="member-who-title"
    >
      ${staticHtml`<${tag} id="member-who-title">${t.whoTitle}</${tag}>`}
      <p class="member-privacy">${t.privacy}</p>
      <p>${t.whoIntro}</p>
      <div class="member-name">
        <label for="member-name">${t.name}</label>
        <input
          id="member-name"
          class="field"
          type="text"
          autocomplete="name"
          maxlength="200"
          .value=${live(respondent?.name ?? '')}
          @change=${(e: Event) => this.#setWho(r, { name: (e.target as HTMLInputElement).value })}
        />
      </div>
      ${
        roles.length
          ? html`<fieldset class="member-roles">
              <legend>${t.roleLegend}</legend>
              ${roles.map((role) => {
                const label = shownText(model, role.label, locale);
                const summary = role.summary ? shownText(model, role.summary, locale) : undefined;
                return html`<label class="member-role check">
                    <input
                      type="radio"
                      name="member-role"
                      value=${role.id}
                      .checked=${live(respondent?.role === role.id)}
                      aria-describedby=${ifDefined(summary?.text ? `member-role-${role.id}` : undefined)}
                      @change=${() => this.#setWho(r, { role: role.id })}
                    />
                    <span lang=${ifDefined(label.lang)}>${label.text}</span> </label
                  >${
                    summary?.text
                      ? html`<p
                          class="member-role-summary"
                          id=${`member-role-${role.id}`}
                          lang=${ifDefined(summary.lang)}
                        >
                          ${summary.text}
                        </p>`
                      : nothing
                  }`;
              })}
              <label class="member-role check">
                <input
                  type="radio"
                  name="member-role"
                  value=""
                  .checked=${live(!respondent?.role || !roles.some((x) => x.id === respondent.role))}
                  @change=${() => this.#setWho(r, { role: undefined })}
                />
                <span>${t.noRole}</span>
              </label>
            </fieldset>`
          : nothing
      }
      <button class="button" type="button" @click=${() => this.#goToSend()}>${t.goToSend}</button>
      <p class="visually-hidden" role="status">${this.#saved}</p>
    </section>`;
  }

  #send(r: MemberRender): TemplateResult {
    const t = this.#t;
    const { model, profile } = r;
    const p = progress(model, profile);
    const link = this.link(profile);
    const tag = headingTag(r.top);
    return html`<section
      part="member-send"
      class="base member member-send"
      lang=${ifDefined(r.locale)}
      aria-labelledby="member-send-title"
    >
      ${staticHtml`<${tag} id="member-send-title" tabindex="-1">${t.sendTitle}</${tag}>`}
      <p>${t.answered(p.answered, p.total)} ${t.sendIntro}</p>
      <p class="member-privacy">${t.privacy}</p>
      ${
        link
          ? html`<div class="member-link">
              <label for="member-link">${t.linkLabel}</label>
              <input
                id="member-link"
                class="field"
                type="text"
                readonly
                .value=${live(link)}
                @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
              />
              <button class="button" type="button" @click=${() => void this.#copy(link)}>
                ${t.copyLink}
              </button>
            </div>`
          : html`<p>${t.linkTooLong}</p>`
      }
      <div class="member-actions">
        <button class="button" type="button" @click=${() => this.#download(r)}>${t.download}</button>
        ${link ? this.#qrButton(link) : nothing}
      </div>
      ${link ? this.#qrBox(link) : nothing}
      <p part="member-notice" class="member-notice" role="status">${this.#notice}</p>
    </section>`;
  }

  #qrButton(link: string) {
    const t = this.#t;
    if (this.#tooLong(link) !== undefined) return nothing;
    return html`<button
      class="button"
      type="button"
      aria-expanded=${this.#qrShown ? 'true' : 'false'}
      aria-controls="member-qr"
      @click=${() => void this.#toggleQr()}
    >
      ${this.#qrShown ? t.hideQr : t.showQr}
    </button>`;
  }

  /** The link's length in bytes when it is too long for a QR code (checked without loading the encoder). */
  #tooLong(link: string): number | undefined {
    const bytes = new TextEncoder().encode(link).length;
    return bytes > QR_LIMIT ? bytes : undefined;
  }

  #qrBox(link: string) {
    const t = this.#t;
    const tooLong = this.#tooLong(link);
    if (tooLong !== undefined)
      return html`<p part="member-qr" class="member-qr" id="member-qr">${t.qrTooLong(tooLong, QR_LIMIT)}</p>`;
    if (!this.#qrShown) return html`<div class="member-qr" id="member-qr" hidden></div>`;
    if (this.#qrFailed) return html`<p part="member-qr" class="member-qr" id="member-qr">${t.qrFailed}</p>`;
    const made = this.#qr?.qrCode(link);
    if (!made || 'tooLong' in made)
      return html`<p part="member-qr" class="member-qr" id="member-qr">
        ${made ? t.qrTooLong(made.tooLong, QR_LIMIT) : t.qrFailed}
      </p>`;
    // Black on white whatever the theme: scanners read dark modules on a light ground; 4 modules of quiet zone.
    const side = made.size + 8;
    return html`<div part="member-qr" class="member-qr" id="member-qr">
      <svg
        xmlns="http://www.w3.org/2000/svg"
        viewBox="-4 -4 ${side} ${side}"
        role="img"
        aria-label=${t.qrLabel}
        shape-rendering="crispEdges"
        data-modules=${made.size}
      >
        ${svg`<rect x="-4" y="-4" width=${side} height=${side} fill="#fff"></rect><path fill="#000" d=${made.path}></path>`}
      </svg>
      <p>${t.qrHint}</p>
    </div>`;
  }

  // ---- acts -----------------------------------------------------------------------------------------

  #setWho(r: MemberRender, change: Partial<Respondent>) {
    const current = r.store?.profile?.respondent;
    const next: Respondent = { name: current?.name, role: current?.role, ...change };
    const stored = r.store?.setRespondent(next, this.#host);
    if (!stored) return;
    const role = r.model.framework.roles?.find((x) => x.id === stored.respondent?.role);
    this.#saved = this.#t.savedAs(
      stored.respondent?.name,
      role ? shownText(r.model, role.label, r.locale).text : undefined,
    );
    this.#host.requestUpdate();
  }

  #goToSend() {
    const heading = this.#host.renderRoot.querySelector<HTMLElement>('#member-send-title');
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }

  async #copy(link: string) {
    const t = this.#t;
    try {
      await navigator.clipboard.writeText(link);
      this.#say(t.copied);
    } catch {
      // No clipboard permission: the link is in the field beside the button; select it for copying by hand.
      this.#say(t.copyManual);
      this.#host.renderRoot.querySelector<HTMLInputElement>('#member-link')?.select();
    }
  }

  #download(r: MemberRender) {
    const profile = r.store?.profile ?? r.profile;
    if (!profile) return;
    const day = new Date().toISOString().slice(0, 10);
    const who = fileSlug(profile.respondent?.name ?? '') || this.#t.fileMember;
    const name = `${r.model.id}-${who}-${day}.json`;
    saveFile(
      new Blob([serializeProfile(profile)], { type: 'application/json' }),
      name,
      this.#host.renderRoot,
    );
    this.#say(this.#t.downloaded(name));
  }

  async #toggleQr() {
    const t = this.#t;
    this.#qrShown = !this.#qrShown;
    if (this.#qrShown && !this.#qr && !this.#qrFailed) {
      try {
        this.#qr = await import('./member-qr.js');
      } catch (e) {
        this.#qrFailed = true;
        console.error('blueprint-widgets: the QR code could not be loaded.', e);
      }
    }
    this.#say(this.#qrShown ? (this.#qrFailed ? t.qrFailed : t.qrShown) : t.qrHidden);
  }

  #say(text: string) {
    this.#notice = text;
    this.#host.requestUpdate();
  }
}

/** QR_MAX_BYTES of member-qr.ts, repeated so that the encoder loads only when a code is drawn (a test checks they agree). */
export const QR_LIMIT = 2_900;
