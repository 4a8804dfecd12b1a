import { expect } from '@open-wc/testing';
import { Notice } from '../src/base/bl-element.js';
import { LazyModule } from '../src/widgets/lazy-module.js';
import { errorStrings } from '../src/strings/base.js';

describe('LazyModule', () => {
  it('imports once however many widgets ask, and holds the module', async () => {
    let imports = 0;
    const lazy = new LazyModule(async () => {
      imports += 1;
      return { answer: 42 };
    });
    expect(lazy.module).to.equal(undefined);
    await Promise.all([lazy.load(), lazy.load(), lazy.load()]);
    expect(imports).to.equal(1);
    expect(lazy.module).to.deep.equal({ answer: 42 });
    expect(lazy.failure()).to.equal(undefined);
  });

  it('never rejects when the import fails, and gives an error to show with the reason', async () => {
    const lazy = new LazyModule<unknown>(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    await lazy.load();
    expect(lazy.module).to.equal(undefined);
    const failure = lazy.failure();
    expect(failure).to.be.instanceOf(Notice);
    // An error in the widget, and the one console warning the base gives a notice that warns.
    expect(failure?.kind).to.equal('error');
    expect(failure?.warn).to.equal(true);
    expect(failure?.message).to.equal(errorStrings.internal);
  });
});
