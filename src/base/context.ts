import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Context } from '@lit/context';

/**
 * The community context protocol, spoken by hand so that a widget does not download a context
 * library: `bl-programme` answers with `@lit/context`'s provider, which speaks the same
 * protocol. A request is an event that bubbles out of shadow roots to the nearest provider.
 */
type Unsubscribe = () => void;
type ContextCallback<T> = (value: T, unsubscribe?: Unsubscribe) => void;

class ContextRequestEvent<T> extends Event {
  readonly subscribe = true;
  constructor(
    readonly context: Context<unknown, T>,
    readonly contextTarget: Element,
    readonly callback: ContextCallback<T>,
  ) {
    super('context-request', { bubbles: true, composed: true });
  }
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Follows the value of the nearest provider of `context`. A provider that upgrades after this
 * widget announces itself (`context-provider`): the request is then made again, so markup may
 * load in any order.
 */
export class ContextSubscription<T> implements ReactiveController {
  private unsubscribe?: Unsubscribe;

  constructor(
    private readonly host: Host,
    private readonly context: Context<unknown, T>,
    private readonly onValue: (value: T) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.request();
    if (!this.unsubscribe) document.addEventListener('context-provider', this.onProvider);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    document.removeEventListener('context-provider', this.onProvider);
  }

  private request(): void {
    this.host.dispatchEvent(new ContextRequestEvent(this.context, this.host, this.callback));
  }

  private readonly onProvider = (event: Event) => {
    if ((event as Event & { context?: unknown }).context === this.context) this.request();
  };

  private readonly callback: ContextCallback<T> = (value, unsubscribe) => {
    // A closer provider took the subscription over: leave the one that had it.
    if (unsubscribe !== this.unsubscribe) this.unsubscribe?.();
    this.unsubscribe = unsubscribe;
    document.removeEventListener('context-provider', this.onProvider);
    this.onValue(value);
  };
}

/**
 * Provides `context` to what the host renders inside it (a card's rings share the card's own
 * dataset). Answers requests from below, never the host's own.
 */
export class ContextOffer<T> {
  /** Each subscriber with the one function that ends its subscription. */
  private readonly subscribers = new Map<ContextCallback<T>, Unsubscribe>();

  constructor(
    host: HTMLElement,
    private readonly context: Context<unknown, T>,
    private value: T,
  ) {
    host.addEventListener('context-request', (event) => {
      const request = event as ContextRequestEvent<T>;
      if (request.context !== this.context || request.contextTarget === host) return;
      event.stopPropagation();
      const { callback } = request;
      if (!this.subscribers.has(callback)) {
        this.subscribers.set(callback, () => this.subscribers.delete(callback));
      }
      callback(this.value, this.subscribers.get(callback));
    });
  }

  set(value: T): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    for (const [callback, unsubscribe] of this.subscribers) callback(value, unsubscribe);
  }
}
