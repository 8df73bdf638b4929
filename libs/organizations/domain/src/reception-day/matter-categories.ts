/** Kinds of matter residents raise at a reception day, from the programme's typical cases; add codes, never rename. */
export const matterCategories = [
  'noise', // e.g. square dancing
  'road_occupation', // shops occupying the road
  'fire_safety', // e.g. training classes run in residential buildings
  'parking',
  'leak',
  'pets',
  'property_fees',
  'property_services',
  'environment',
  'public_facilities',
  'neighbour_relations',
  'other',
] as const;
export type MatterCategory = (typeof matterCategories)[number];
