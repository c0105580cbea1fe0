/**
 * `blueprint-widgets/react`: JSX types for the elements in React 19. Types only (no JavaScript ships for
 * it): load it once with `import type {} from 'blueprint-widgets/react';` (in any file of the app, or a
 * `.d.ts`), register the elements as usual (`import 'blueprint-widgets/all.js';`), and
 * `<blueprint-bars editable onbp-rating-change={(e) => save(e.detail.profile)} />` typechecks. It needs
 * `@types/react` 19; the library itself does not depend on React.
 *
 * What the types follow, React 19's handling of custom elements (react-dom `setPropOnCustomElement` and
 * `setValueForPropertyOnCustomComponent`):
 *  - a prop `on…` whose value is a function is an event listener for the name after `on`, exactly as
 *    written (case-sensitive, no camelCase mapping): `onbp-rating-change` listens for `bp-rating-change`,
 *    and `onbp-rating-changeCapture` listens in the capture phase. React's own events (`onClick`, …) stay
 *    as on any element.
 *  - any other prop that the element has as a property (`name in element`) is set as that property:
 *    objects (`framework`, `profile`, `resource`) pass as they are, `editable={true}` sets the boolean.
 *    This needs the element defined before React renders it; an element not yet registered gets
 *    attributes instead (an object then becomes "[object Object]").
 *  - else it is an attribute (the kebab-case names, `class`): `true` sets an empty attribute,
 *    `false` / `null` / `undefined` remove it, anything else is turned into a string.
 *
 * So each element accepts its public properties (camelCase, typed as the class declares them), the
 * kebab-case attribute of each property that has one under another name (`profile-src`, `heading-level`),
 * the handlers of the events it fires with their exact event types, and React's HTML props (`ref`, `key`,
 * `children`, `className` / `class`, `style`, `id`, `slot`, …). Server rendering writes attributes only:
 * there, use the kebab-case names and string values, and set object properties on the client.
 */
import type { CSSProperties, DetailedHTMLProps, HTMLAttributes } from 'react';
import type { LitElement } from 'lit';
import type { BlueprintBars } from './components/blueprint-bars/blueprint-bars.js';
import type { BlueprintProvider } from './components/blueprint-provider/blueprint-provider.js';
import type { BlueprintReport } from './components/blueprint-report/blueprint-report.js';
import type { CapacityRubric } from './components/capacity-rubric/capacity-rubric.js';
import type { EquityConsiderations } from './components/equity-considerations/equity-considerations.js';
import type { ResourceCard } from './components/resource-card/resource-card.js';
import type { ResourceLibrary } from './components/resource-library/resource-library.js';
import type { TeamSession } from './components/team-session/team-session.js';
import type * as events from './events/index.js';

type EventClasses = typeof events;

/** Every event of the library by name (`bp-load` → `BpLoadEvent`), read from the event classes' `type`. */
export type BlueprintEventMap = {
  [
    K in keyof EventClasses as EventClasses[K] extends { readonly type: infer N extends string } ? N : never
  ]: EventClasses[K] extends abstract new (...args: never) => infer E ? E : never;
};

export type BlueprintEventName = keyof BlueprintEventMap;

/** What a widget fires whatever it shows: `bp-load` for its own framework, `bp-error`. */
type WidgetEvents = 'bp-load' | 'bp-error';

/**
 * Each element: its class, and the events a listener on it receives, the element's own and those that
 * bubble out of its shadow root (the report's and the library's inner resource cards warn). Every event
 * bubbles and is composed, so the provider also receives all its widgets' events.
 */
interface Elements {
  'blueprint-provider': [BlueprintProvider, BlueprintEventName];
  'blueprint-bars': [BlueprintBars, WidgetEvents | 'bp-rating-change' | 'bp-capacity-select'];
  'capacity-rubric': [CapacityRubric, WidgetEvents | 'bp-rating-change'];
  'equity-considerations': [EquityConsiderations, WidgetEvents];
  'resource-card': [ResourceCard, WidgetEvents | 'bp-warning'];
  'resource-library': [ResourceLibrary, WidgetEvents | 'bp-filter-change' | 'bp-warning'];
  'blueprint-report': [
    BlueprintReport,
    WidgetEvents | 'bp-capacity-select' | 'bp-profile-edit' | 'bp-warning',
  ];
  // Team sessions (issue 17).
  'team-session': [TeamSession, WidgetEvents | 'bp-warning' | 'bp-profile-edit' | 'bp-rating-change'];
}

/** The tags, with their element classes (the same as `HTMLElementTagNameMap`'s). */
export type BlueprintElementTagNameMap = { [T in keyof Elements]: Elements[T][0] };

/**
 * Getter-only properties, which cannot be set (React would throw assigning them). Types cannot tell a
 * getter from a field, so they are named here: the provider's `model` and `frameworkState`.
 */
type ReadonlyProperties = 'model' | 'frameworkState';

type OwnKeys<E> = Exclude<keyof E, keyof LitElement | ReadonlyProperties>;

/** The element's own public properties one can set: not LitElement's or HTMLElement's, no methods or getters. */
type PropertyKeys<E> = {
  [K in OwnKeys<E>]-?: NonNullable<E[K]> extends (...args: never[]) => unknown ? never : K;
}[OwnKeys<E>];

/** `profileSrc` → `profile-src`. */
type Kebab<S extends string> = S extends `${infer C}${infer Rest}`
  ? `${C extends Lowercase<C> ? C : `-${Lowercase<C>}`}${Kebab<Rest>}`
  : '';

/** An attribute's value as React passes it (`String(value)`, `true` as an empty attribute). */
type AttributeValue<T> = T extends number ? number | `${number}` : T;

/** The element's settable public properties, all optional. */
export type ElementProperties<E> = { [K in PropertyKeys<E>]?: E[K] };

/**
 * The kebab-case attribute of each property with a string, number or boolean value whose attribute is
 * named otherwise (`profileSrc` → `profile-src`); the library's elements always name them so. Properties
 * of object values (`compareProfile`) have no attribute.
 */
export type ElementAttributes<E> = {
  [
    K in PropertyKeys<E> & string as NonNullable<E[K]> extends string | number | boolean
      ? Kebab<K> extends K
        ? never
        : Kebab<K>
      : never
  ]?: AttributeValue<E[K]>;
};

/** `on<event>` (and `on<event>Capture`) handler props, each given the event's own type. */
export type EventHandlers<N extends BlueprintEventName> = {
  [K in N as `on${K}` | `on${K}Capture`]?: (event: BlueprintEventMap[K]) => void;
};

/** The props of one element in React 19 JSX, e.g. `BlueprintReactProps<'blueprint-bars'>`. */
export type BlueprintReactProps<T extends keyof Elements> = ElementProperties<Elements[T][0]> &
  ElementAttributes<Elements[T][0]> &
  EventHandlers<Elements[T][1]> &
  Omit<
    DetailedHTMLProps<HTMLAttributes<Elements[T][0]>, Elements[T][0]>,
    keyof ElementProperties<Elements[T][0]> | keyof ElementAttributes<Elements[T][0]> | 'style'
  > & {
    /** The `class` attribute (`className` works too: React 19 sets it as the element's property). */
    class?: string;
    /** Inline styles, with the elements' custom properties (`{ '--bp-color-text': 'navy' }`). */
    style?: CSSProperties & { [P: `--${string}`]: string | number | undefined };
  };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    interface IntrinsicElements {
      'blueprint-provider': BlueprintReactProps<'blueprint-provider'>;
      'blueprint-bars': BlueprintReactProps<'blueprint-bars'>;
      'capacity-rubric': BlueprintReactProps<'capacity-rubric'>;
      'equity-considerations': BlueprintReactProps<'equity-considerations'>;
      'resource-card': BlueprintReactProps<'resource-card'>;
      'resource-library': BlueprintReactProps<'resource-library'>;
      'blueprint-report': BlueprintReactProps<'blueprint-report'>;
      'team-session': BlueprintReactProps<'team-session'>;
    }
  }
}
