/**
 * Big Local's own framework lists, which a document that does not declare its own reads with:
 * a schema 1 document (written before `groups`, `settings` and `partnershipTypes` existed) still
 * means these. Data, not code: a programme with other categories declares its own lists.
 */
export const frameworkDefaults = {
  groups: [
    { id: 'condition', title: 'Conditions' },
    { id: 'way-of-working', title: 'Ways of working' },
  ],
  settings: [
    { id: 'urban', title: 'Urban' },
    { id: 'rural', title: 'Rural' },
    { id: 'coastal', title: 'Coastal' },
  ],
  partnershipTypes: [
    { id: 'sturdy', title: 'Sturdy' },
    { id: 'key-people', title: 'Reliant on key people' },
    { id: 'conflict', title: 'Struggling with conflict' },
    { id: 'fragile-maturity', title: 'Fragile maturity' },
  ],
} as const;
