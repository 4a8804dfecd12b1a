import { invalid, stillLoading } from '../base/bl-element.js';
import type { Notice } from '../base/bl-element.js';
import { errorStrings } from '../strings/base.js';

/**
 * A module that widgets of one kind import the first time one of them needs it (the framework
 * view where nothing is assessed, the ring's code once rings have levels to draw): `module` once
 * it is here; `error` when it could not be loaded (a deploy replaced the chunk, the network
 * dropped), so a widget shows an error instead of loading for ever; and `load()`, the one import
 * however many widgets ask, which never rejects.
 */
export class LazyModule<Module> {
  module?: Module;
  error?: unknown;
  private loading?: Promise<void>;

  constructor(private readonly importer: () => Promise<Module>) {}

  /**
   * For `derive()`: `undefined` once the module is here. Until then, what to return instead:
   * the loading state, after handing the import to `afterImport` so the widget updates when it
   * arrives; or, once it has failed, the error the widget shows in its place (and names in its
   * one console warning; the browser logs the failed request).
   */
  need(afterImport: (pending: Promise<unknown>) => void): Notice | undefined {
    if (this.module !== undefined) return undefined;
    if (this.error !== undefined) return invalid(errorStrings.internal);
    afterImport(this.load());
    return stillLoading;
  }

  load(): Promise<void> {
    return (this.loading ??= this.importer().then(
      (module) => {
        this.module = module;
      },
      (error: unknown) => {
        this.error = error;
      },
    ));
  }
}
