import { invalid } from '../base/bl-element.js';
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
   * For `derive()` once the import has failed: the error the widget shows in place of what the
   * module draws (and names in its one console warning; the browser logs the failed request).
   */
  failure(): Notice | undefined {
    return this.error === undefined ? undefined : invalid(errorStrings.internal);
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
