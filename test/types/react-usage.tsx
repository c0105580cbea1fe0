/**
 * React 19 usage of the elements, type-checked only (`npm run typecheck` runs `tsc -p tsconfig.types.json`;
 * nothing runs it). It imports the library as an app would: tsconfig.types.json maps the package's names to
 * the sources. Each `@ts-expect-error` line must stay an error, so a loosened type fails the check.
 */
import { useRef, type ComponentProps } from 'react';
import type {} from 'blueprint-widgets/react'; // the README's one line: the JSX types
import 'blueprint-widgets/all.js';
import type {
  BlueprintBars,
  BpCapacitySelectEvent,
  BpRatingChangeEvent,
  Profile,
  ResourceCard,
} from 'blueprint-widgets';
import type {
  BlueprintElementTagNameMap,
  BlueprintEventMap,
  BlueprintEventName,
} from 'blueprint-widgets/react';

declare const profile: Profile;
declare const frameworkJson: object;
declare function save(profile: Profile): void;

export function Assessment() {
  const bars = useRef<BlueprintBars>(null);
  return (
    <blueprint-provider
      src="/frameworks/blueprint.json"
      persist="session"
      storage-key="team-a"
      profile-from-hash
      className="assessment"
      style={{ display: 'block', '--bp-color-text': 'navy', '--bp-status-delay': '0ms' }}
      onbp-profile-change={(e) => save(e.detail.profile)}
      onbp-load={(e) => console.log(e.detail.model.id, e.detail.warnings.length)}
      onbp-error={(e) =>
        console.error(
          e.detail.errors.map((issue) => issue.message),
          e.detail.source,
        )
      }
      // bubbling up from the widgets inside
      onbp-capacity-selectCapture={(e) => console.log(e.detail.capacityId)}
    >
      <blueprint-bars
        ref={bars}
        key="bars"
        editable
        orientation="horizontal"
        compare="latest"
        compareProfile={profile}
        onbp-rating-change={(e) => {
          const { capacityId, rating } = e.detail;
          console.log(capacityId, rating?.levelId, e.detail.operation.kind, e.detail.profile.updatedAt);
        }}
        onbp-capacity-select={(e: BpCapacitySelectEvent) => console.log(e.detail.capacityId)}
        onClick={(e) => console.log(e.clientX)}
      />
      <capacity-rubric mode="step" group="leadership" heading-level="3" readonly={false} id="rubric" />
      <equity-considerations
        class="notes"
        all-levels
        summary-rule="min"
        noHeading={true}
        headingLevel={4}
        slot="aside"
      />
      <resource-library
        mode="matched"
        filters="q=family"
        page-size={24}
        onbp-filter-change={(e) => history.replaceState(null, '', `?${e.detail.value}`)}
      />
      <blueprint-report heading-level={2} onbp-profile-edit={(e) => console.log(e.detail.edit.kind)} />
    </blueprint-provider>
  );
}

export function StandAlone() {
  const card = useRef<ResourceCard>(null);
  return (
    <>
      <blueprint-bars framework={frameworkJson} profile={profile} profile-src="/team.json" lang="fr">
        <script type="application/json">{'{"schema": "blueprint-framework/1"}'}</script>
      </blueprint-bars>
      <resource-card
        ref={card}
        resource={{ id: 'r1', title: 'A guide' }}
        resource-id="r1"
        compact
        target="_blank"
        onbp-warning={(e) => console.warn(e.detail.warnings, e.detail.source)}
      />
    </>
  );
}

// One mistake per element: TypeScript does not report every wrong attribute of one element.
export function Mistakes() {
  const card = useRef<ResourceCard>(null);
  return (
    <>
      {/* @ts-expect-error -- persist is 'local' | 'session' | 'off' */}
      <blueprint-provider persist="forever" />
      {/* @ts-expect-error -- model is a getter: React would throw setting it */}
      <blueprint-provider model={undefined} />
      {/* @ts-expect-error -- editable is a boolean property */}
      <blueprint-bars editable="yes" />
      {/* @ts-expect-error -- no such orientation */}
      <blueprint-bars orientation="diagonal" />
      {/* @ts-expect-error -- a profile, not a string */}
      <blueprint-bars compareProfile="latest" />
      {/* @ts-expect-error -- a typo in a property name */}
      <blueprint-bars edtable />
      {/* @ts-expect-error -- the ref of a <resource-card> */}
      <blueprint-bars ref={card} />
      {/* @ts-expect-error -- the rating-change detail has no `level` */}
      <blueprint-bars onbp-rating-change={(e) => console.log(e.detail.level)} />
      {/* @ts-expect-error -- a handler for another event's type */}
      <blueprint-bars onbp-capacity-select={(e: BpRatingChangeEvent) => console.log(e.detail.rating)} />
      {/* @ts-expect-error -- an event the element does not fire: its handler gets no type (implicit any) */}
      <equity-considerations onbp-rating-change={(e) => console.log(e)} />
      {/* @ts-expect-error -- heading-level is a number */}
      <capacity-rubric heading-level="three" />
      {/* @ts-expect-error -- methods are not props */}
      <blueprint-report print={() => undefined} />
      {/* @ts-expect-error -- a typo in a style property */}
      <blueprint-bars style={{ colr: 'navy' }} />
      {/* @ts-expect-error -- filters is the query string, not an object */}
      <resource-library filters={{ q: 'family' }} />
    </>
  );
}

// TypeScript does not check JSX attributes with a hyphen that a type does not declare (that is how
// `data-*` passes): `heading-lvel="2"` is no error. So the kebab-case names are checked on the props
// types themselves, where an unknown key is an error.
export const barsProps: ComponentProps<'blueprint-bars'> = {
  'profile-src': '/team.json',
  'onbp-load': (e) => console.log(e.detail.framework.id),
};
export const wrongProps: ComponentProps<'blueprint-bars'>[] = [
  // @ts-expect-error -- compareProfile has no attribute (it takes an object)
  { 'compare-profile': 'latest' },
  // @ts-expect-error -- the bars do not fire bp-filter-change
  { 'onbp-filter-change': () => undefined },
  // @ts-expect-error -- React 19 listens for the event name exactly as written: no camelCase form
  { onBpRatingChange: () => undefined },
  // @ts-expect-error -- an attribute takes a string, number or boolean, never an object
  { 'profile-src': { url: '/team.json' } },
];
export const considerationProps: ComponentProps<'equity-considerations'>[] = [
  // @ts-expect-error -- the considerations fire no rating change
  { 'onbp-rating-change': () => undefined },
];

// The tags and events here are exactly those the elements and events.ts register globally.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const sameTags: {
  [
    T in keyof BlueprintElementTagNameMap | keyof HTMLElementTagNameMap as T extends `${string}-${string}`
      ? T
      : never
  ]: T extends keyof BlueprintElementTagNameMap
    ? Same<BlueprintElementTagNameMap[T], HTMLElementTagNameMap[T]>
    : false;
} = {
  'blueprint-provider': true,
  'blueprint-bars': true,
  'capacity-rubric': true,
  'equity-considerations': true,
  'resource-card': true,
  'resource-library': true,
  'blueprint-report': true,
  'team-session': true,
};
export const sameEvents: {
  [K in BlueprintEventName | Extract<keyof HTMLElementEventMap, `bp-${string}`>]: K extends BlueprintEventName
    ? Same<BlueprintEventMap[K], HTMLElementEventMap[K]>
    : false;
} = {
  'bp-load': true,
  'bp-error': true,
  'bp-warning': true,
  'bp-profile-change': true,
  'bp-rating-change': true,
  'bp-profile-edit': true,
  'bp-capacity-select': true,
  'bp-filter-change': true,
};
