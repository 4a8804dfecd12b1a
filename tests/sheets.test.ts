import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/widgets/programme/define.js';
import '../src/widgets/conditions-matrix/define.js';
import type { BlProgramme } from '../src/widgets/programme/programme.js';
import illustrative from '../src/data/illustrative.json';
import { captureWarnings, shadow, textOf } from './support/helpers.js';

/**
 * A partner's spreadsheet, exported and put beside their page: `bl-programme` reads the sheets
 * (a folder, one sheet with its siblings, or each named), and the matrix shows their areas.
 */
const shipped = '/dist/data/sheets/illustrative/';
const flawed = '/tests/fixtures/sheets/flawed/';

async function matrixOn(markup: ReturnType<typeof html>) {
  const programme = await fixture<BlProgramme>(markup);
  await waitUntil(() => programme.loadedDataset, 'the sheets did not load', { timeout: 10_000 });
  const matrix = programme.querySelector('bl-conditions-matrix')!;
  await waitUntil(() => shadow(matrix).querySelector('[part~="row"]'), 'the matrix drew no rows');
  return { programme, matrix };
}

const areaNames = (matrix: Element) =>
  [...shadow(matrix).querySelectorAll('[part~="area"]')].map((cell) => textOf(cell));

describe('bl-programme on sheets', () => {
  it('reads a folder of sheets, and the matrix shows its areas', async () => {
    const { programme, matrix } = await matrixOn(
      html`<bl-programme src=${shipped}
        ><bl-conditions-matrix></bl-conditions-matrix
      ></bl-programme>`,
    );
    expect(programme.loadedDataset!.areas.map((area) => area.name)).to.deep.equal(
      illustrative.areas.map((area) => area.name),
    );
    expect(programme.loadedDataset!.assessments).to.have.length(illustrative.assessments.length);
    const first = [...illustrative.areas].sort((a, b) => a.name.localeCompare(b.name))[0]!;
    expect(areaNames(matrix)).to.include(first.name);
  });

  it('reads a sheet with its siblings, and sheets named one by one', async () => {
    const { programme } = await matrixOn(
      html`<bl-programme src=${`${shipped}areas.csv`}
        ><bl-conditions-matrix></bl-conditions-matrix
      ></bl-programme>`,
    );
    expect(programme.loadedDataset!.assessments).to.have.length(illustrative.assessments.length);

    const named = [
      'programme',
      'scales',
      'outcomes',
      'groups',
      'factors',
      'settings',
      'partnership-types',
      'areas',
      'assessments',
    ]
      .map((name) => `${name}=${shipped}${name}.csv`)
      .join(' | ');
    const { programme: byName } = await matrixOn(
      html`<bl-programme sheets=${named}
        ><bl-conditions-matrix></bl-conditions-matrix
      ></bl-programme>`,
    );
    expect(byName.loadedDataset!.areas).to.have.length(illustrative.areas.length);
    expect(byName.loadedDataset!.assessments).to.have.length(illustrative.assessments.length);
  });

  it('names each problem by sheet, row and column, in the widget and in one warning', async () => {
    const warnings = captureWarnings();
    try {
      const { matrix } = await matrixOn(
        html`<bl-programme src=${flawed}
          ><bl-conditions-matrix></bl-conditions-matrix
        ></bl-programme>`,
      );
      await waitUntil(() => shadow(matrix).querySelector('[part~="partial"]'));
      const partial = textOf(shadow(matrix).querySelector('[part~="partial"]')!);
      expect(partial).to.contain('assessments.csv row 3, column community-leadership');
      expect(partial).to.contain("'hgh' is not a level of scale 'four-level'");
      expect(areaNames(matrix)).to.deep.equal(['Lock Side', 'Weir End']);
    } finally {
      warnings.restore();
    }
    const placed = warnings.messages.filter((message) =>
      message.includes('assessments.csv row 3, column community-leadership'),
    );
    expect(placed).to.have.length(1);
  });

  it('says which sheet is missing when the areas are not there', async () => {
    const programme = await fixture<BlProgramme>(
      html`<bl-programme src="/tests/fixtures/no-such-folder/"
        ><bl-conditions-matrix></bl-conditions-matrix
      ></bl-programme>`,
    );
    const matrix = programme.querySelector('bl-conditions-matrix')!;
    await waitUntil(() => shadow(matrix).querySelector('[part="error"]'), 'no error shown', {
      timeout: 10_000,
    });
    expect(textOf(shadow(matrix).querySelector('[part="error"]')!)).to.match(/404/);
  });
});
