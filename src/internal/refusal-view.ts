/**
 * The provider's box for answers it refused (issue 15, "errors for people"): a `profile` or an
 * `importProfile()` that is not this framework's answers, a share link that is broken, for another framework
 * or too new. Plain words first (what happened, that the person's own answers did not change, what to do),
 * the technical detail (each problem with its JSON Pointer path) behind the same "Technical details"
 * disclosure as a failed load (failure-view.ts). In a module of its own, loaded the first time something is
 * refused: most visits never see it.
 */
import type { TemplateResult } from 'lit';
import { failureKind } from '../framework/failure-kind.js';
import type { Issue } from '../framework/issues.js';
import type { FrameworkModel } from '../framework/model.js';
import type { Strings } from '../i18n/index.js';
import { refusalStrings, type RefusedFrom } from '../i18n/refusals.js';
import { wordsFor } from '../i18n/registry.js';
import { renderFailure } from './failure-view.js';

/** Where refused answers came from, by the `source` of their `bp-error`: a link, else the page's code. */
export const refusedFrom = (source: string | undefined): RefusedFrom =>
  source === 'link' ? 'link' : source === 'import' ? 'import' : 'profile';

export function renderRefusal(
  errors: readonly Issue[],
  source: string | undefined,
  o: { readonly t: Strings; readonly locale: string | undefined; readonly model: FrameworkModel | undefined },
): TemplateResult {
  const from = refusedFrom(source);
  const words = refusalStrings(o.locale, wordsFor(o.model, o.locale)).refused(
    failureKind(errors, from),
    from,
  );
  return renderFailure(errors, { t: o.t, locale: o.locale, thing: 'answers', words });
}
