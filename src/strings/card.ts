import { defineStrings } from './locale.js';
import { formatNumber } from '../format/number.js';

/** The area card's wordings. */
export const cardStrings = defineStrings('card', {
  chooseArea: 'Choose an area to see its card.',
  fields: {
    name: 'Name',
    place: 'Place',
    localAuthority: 'Local authority',
    region: 'Region',
    setting: 'Setting',
    population: 'Population',
    funding: 'Funding',
    partnership: 'Partnership',
    summary: 'Summary',
    priorities: 'Priorities',
    website: 'Website',
    caseStudy: 'Case-study status',
    image: 'Image',
    wave: 'Wave',
    status: 'Status',
    joined: 'Joined',
    completed: 'Completed',
    confirmed: 'Confirmation',
  } as Record<string, string>,
  statuses: { active: 'Active', completed: 'Completed' } as Record<string, string>,
  unconfirmed: 'Not confirmed by a published source',
  caseStudy: 'Case-study area',
  selected: 'Selected',
  priorities: 'Priorities',
  website: (area: string) => `${area} website`,
  sources: (count: number) => `Sources (${formatNumber(count)})`,
  sourceNumbers: 'Sources: ',
});
