/**
 * The report's "How the team sees it" part (issue 17), shown when the profile has members' answers
 * (raters): per capacity the team's agreed level beside how the members answered ("All 5 chose
 * Developing", "3 of 5 chose Developing"), with the team's note on why; then where roles differ, in words
 * ("Family see Family Engagement lower than the others (Emerging vs Practicing)"). A module of its own,
 * loaded by the report the first time a profile has raters, so the report's own budget does not grow.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { html as staticHtml } from 'lit/static-html.js';
import type { FrameworkModel } from '../../framework/model.js';
import { ratedLevel, ratingOf } from '../../framework/profile.js';
import type { Profile } from '../../framework/schema.js';
import { countedRaters, distribution, roleDifferences } from '../../framework/team.js';
import { reportTeamStrings, type ReportTeamStrings } from '../../i18n/report-team.js';
import { wordsFor } from '../../i18n/registry.js';
import { headingTag } from '../../internal/view.js';

/** The members' answers to one capacity in words, most chosen level first. */
function inWords(
  model: FrameworkModel,
  t: ReportTeamStrings,
  levels: readonly number[],
  unsure: number,
  total: number,
  locale: string | undefined,
): string {
  const chosen = levels
    .map((k, rank) => ({ k, level: model.levelAt(rank) }))
    .filter((c) => c.k > 0)
    .sort((a, b) => b.k - a.k);
  const name = (l: (typeof chosen)[number]) => model.text(l.level?.label, locale);
  const parts =
    chosen.length === 1 && chosen[0].k === total
      ? [t.allAgreed(total, name(chosen[0]))]
      : chosen.map((c) => t.chose(c.k, total, name(c)));
  if (unsure) parts.push(t.unsure(unsure));
  return parts.length ? parts.join('; ') : t.noAnswers;
}

export function renderTeamView(
  model: FrameworkModel,
  profile: Profile,
  locale: string | undefined,
  level: number,
): TemplateResult {
  const t = reportTeamStrings(locale, wordsFor(model, locale));
  const raters = countedRaters(profile);
  const tag = headingTag(level);
  const sub = headingTag(level + 1);
  const text = (value: Parameters<FrameworkModel['text']>[0]) => model.text(value, locale);
  const rows = distribution(model, profile).map((d) => {
    const capacity = model.capacity(d.capacityId)!;
    const agreed = ratedLevel(model, profile.ratings, d.capacityId);
    return html`<tr>
      <th scope="row">${text(capacity.label)}</th>
      <td>${agreed ? text(agreed.label) : t.none}</td>
      <td>${inWords(model, t, d.all.levels, d.all.unsure, d.all.total, locale)}</td>
      <td>${ratingOf(profile, d.capacityId)?.note ?? ''}</td>
    </tr>`;
  });
  const roles = model.framework.roles ?? [];
  const differences = roleDifferences(model, profile).map((d) => {
    const role = roles.find((r) => r.id === d.roleId);
    const at = (rank: number) => text(model.levelAt(Math.round(rank))?.label);
    return t.roleDiffers(
      role ? text(role.label) : d.roleId,
      text(model.capacity(d.capacityId)?.label),
      d.difference < 0,
      at(d.roleMedian),
      at(d.othersMedian),
    );
  });
  return html`<section part="team" class="section team" aria-labelledby="team-title">
    ${staticHtml`<${tag} id="team-title">${t.title}</${tag}>`}
    <p>${t.intro(raters.length)}</p>
    <div class="team-table" tabindex="0" role="region" aria-label=${t.tableLabel}>
      <table>
        <thead>
          <tr>
            <th scope="col">${t.capacity}</th>
            <th scope="col">${t.agreed}</th>
            <th scope="col">${t.members}</th>
            <th scope="col">${t.note}</th>
          </tr>
        </thead>
        <tbody>
          ${rows}
        </tbody>
      </table>
    </div>
    ${staticHtml`<${sub}>${t.rolesTitle}</${sub}>`}
    ${
      differences.length
        ? html`<ul class="team-roles">
            ${differences.map((d) => html`<li>${d}</li>`)}
          </ul>`
        : html`<p>${t.rolesNone}</p>`
    }
    ${nothing}
  </section>`;
}
