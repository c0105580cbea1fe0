/**
 * The language an element speaks, resolved once per update: its own `lang`, else the nearest ancestor's
 * (crossing shadow roots, so a provider's `lang` counts), else its provider's locale (context), else the
 * framework's default. Re-renders the host when the document's `lang` or the provider's locale changes.
 */
import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { localeContext } from '../context/keys.js';
import { inheritedLang, onDocumentLangChange } from '../internal/locale.js';

type Host = ReactiveControllerHost & HTMLElement;

export class LocaleController implements ReactiveController {
  readonly #host: Host;
  readonly #context?: ContextConsumer<typeof localeContext, Host>;
  #value: string | undefined;
  #unlisten?: () => void;

  /** `consume: false` for the provider, which is where the context comes from. */
  constructor(host: Host, options: { consume: boolean }) {
    this.#host = host;
    host.addController(this);
    if (options.consume)
      this.#context = new ContextConsumer(host, { context: localeContext, subscribe: true });
  }

  /** The locale resolved at the last `resolve()` (the current update). */
  get value(): string | undefined {
    return this.#value;
  }

  /** Resolves the locale for this update. Call in `willUpdate`, after the framework is known. */
  resolve(frameworkDefault: string | undefined): string | undefined {
    return (this.#value = inheritedLang(this.#host) || this.#context?.value || frameworkDefault || undefined);
  }

  hostConnected(): void {
    this.#unlisten = onDocumentLangChange(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#unlisten?.();
    // Out of its provider, the widget must not keep the provider's language.
    if (this.#context) this.#context.value = undefined;
  }
}
