// Not from @open-wc/testing: importing that before mocha starts skips its fixture clean-up.
import { use, util } from '@esm-bundle/chai';

/**
 * A failing assertion that carries an element (`expect(root.querySelector('…')).to.equal(null)`)
 * stalls the test runner while it serialises the element's graph for the report, so one wrong
 * expectation hung a whole run instead of failing. These assertions name the element as text.
 */
function describe(value: unknown): string {
  if (value instanceof Element) {
    const markup = value.outerHTML;
    return markup.length > 200 ? `${markup.slice(0, 200)}…` : markup;
  }
  if (value instanceof Node) return `a ${value.nodeName} node`;
  return util.inspect(value);
}

use((api: Chai.ChaiStatic, utils: Chai.ChaiUtils) => {
  for (const name of ['equal', 'equals', 'eq']) {
    api.Assertion.overwriteMethod(
      name,
      (original: (...args: unknown[]) => void) =>
        function (this: Chai.AssertionStatic, expected: unknown, message?: string) {
          const actual = utils.flag(this, 'object') as unknown;
          if (!(actual instanceof Node) && !(expected instanceof Node)) {
            original.call(this, expected, message);
            return;
          }
          if (message) utils.flag(this, 'message', message);
          this.assert(
            actual === expected,
            `expected ${describe(actual)} to equal ${describe(expected)}`,
            `expected ${describe(actual)} not to equal ${describe(expected)}`,
            undefined,
            undefined,
            false,
          );
        },
    );
  }
});
