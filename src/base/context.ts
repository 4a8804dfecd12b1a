import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The community context protocol, spoken by hand on both sides (the widgets, and `bl-programme`
 * as the page's provider) so that no page downloads a context library. A request is an event
 * that bubbles out of shadow roots to the nearest provider; a provider that arrives late says so
 * with a `context-provider` event, and requests still unanswered are made again.
 */

/**
 * A context key: the key itself, typed with the value it carries (what `@lit/context`'s
 * `createContext` returns, so the two interoperate).
 */
export type Context<Key, Value> = Key & { __context__: Value };

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

/** Said by a provider when it connects, so that requests nobody answered are made again. */
class ContextProviderEvent extends Event {
  constructor(
    readonly context: Context<unknown, unknown>,
    readonly contextTarget: Element,
  ) {
    super('context-provider', { bubbles: true, composed: true });
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
    if ((event as ContextProviderEvent).context === this.context) this.request();
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
 * Provides `context` to what is inside the host: the page's `bl-programme` to its widgets, and a
 * widget with its own dataset to the widgets it renders (a card's rings share the card's data).
 * Answers requests from below, never the host's own. Its listener stays on the host, so it
 * answers again after the host is moved; each time the host connects it announces itself, so
 * widgets that connected before it upgraded ask again.
 */
export class ContextOffer<T> implements ReactiveController {
  /** Each subscriber with the one function that ends its subscription. */
  private readonly subscribers = new Map<ContextCallback<T>, Unsubscribe>();

  constructor(
    private readonly host: Host,
    private readonly context: Context<unknown, T>,
    private current: T,
  ) {
    host.addEventListener('context-request', (event) => {
      const request = event as ContextRequestEvent<T>;
      if (request.context !== this.context || request.contextTarget === host) return;
      event.stopPropagation();
      const { callback } = request;
      // A one-time request (`subscribe` false) gets the value and is not kept.
      if (!request.subscribe) return callback(this.current);
      if (!this.subscribers.has(callback)) {
        this.subscribers.set(callback, () => this.subscribers.delete(callback));
      }
      callback(this.current, this.subscribers.get(callback));
    });
    host.addController(this);
  }

  /** The value subscribers were last given. */
  get value(): T {
    return this.current;
  }

  hostConnected(): void {
    this.host.dispatchEvent(new ContextProviderEvent(this.context, this.host));
  }

  set(value: T): void {
    if (Object.is(value, this.current)) return;
    this.current = value;
    for (const [callback, unsubscribe] of this.subscribers) callback(value, unsubscribe);
  }
}
