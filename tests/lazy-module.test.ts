import { expect } from '@open-wc/testing';
import { Notice, stillLoading } from '../src/base/bl-element.js';
import { LazyModule } from '../src/widgets/lazy-module.js';
import { errorStrings } from '../src/strings/base.js';

describe('LazyModule', () => {
  it('imports once however many widgets ask, and holds the module', async () => {
    let imports = 0;
    const lazy = new LazyModule(async () => {
      imports += 1;
      return { answer: 42 };
    });
    const pending: Promise<unknown>[] = [];
    // Until it is here, a widget shows its loading state and updates once it arrives.
    expect(lazy.need((load) => pending.push(load))).to.equal(stillLoading);
    expect(lazy.need((load) => pending.push(load))).to.equal(stillLoading);
    await Promise.all(pending);
    expect(pending[0]).to.equal(pending[1]);
    expect(imports).to.equal(1);
    expect(lazy.module).to.deep.equal({ answer: 42 });
    expect(lazy.need(() => expect.fail('asked to wait for a module that is here'))).to.equal(
      undefined,
    );
  });

  it('never rejects when the import fails, and gives an error to show instead', async () => {
    const lazy = new LazyModule<unknown>(() =>
      Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
    );
    const pending: Promise<unknown>[] = [];
    lazy.need((load) => pending.push(load));
    await pending[0];
    expect(lazy.module).to.equal(undefined);
    // No more waiting, so no update loop: an error in the widget, with its one console warning.
    const failure = lazy.need(() => expect.fail('asked to wait again after a failure'));
    expect(failure).to.be.instanceOf(Notice);
    expect(failure?.kind).to.equal('error');
    expect(failure?.warn).to.equal(true);
    expect(failure?.message).to.equal(errorStrings.internal);
  });
});
