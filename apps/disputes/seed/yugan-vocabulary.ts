import type { CountyDepartment, DisputeCategory, ReportingChannel } from '@linli/disputes-domain';
import type { Random } from './random.js';

// What a year of neighbourhood disputes in Yugan looks like, in rough proportions: parking and
// noise lead, property fees and leaks follow; most come from residents themselves, some through
// reception days, grid workers and the 12345 hotline.

export const CATEGORY_WEIGHTS: readonly (readonly [DisputeCategory, number])[] = [
  ['parking', 22], ['square_dancing_noise', 20], ['property_fee', 15], ['leak', 12], ['pets', 10],
  ['road_occupation', 8], ['training_class_in_residential_building', 5], ['other', 8],
];

export const CHANNEL_WEIGHTS: readonly (readonly [ReportingChannel, number])[] = [
  ['resident', 50], ['reception_day', 20], ['grid_worker', 15], ['hotline_12345', 15],
];

/** The level a dispute is accepted at: most start with the residents or the committees. */
export const STARTING_LEVEL_WEIGHTS: readonly (readonly [number, number])[] = [[0, 45], [1, 30], [2, 15], [3, 7], [4, 3]];

const DESCRIPTIONS: Readonly<Record<DisputeCategory, readonly string[]>> = {
  square_dancing_noise: ['Square dancing with loudspeakers after 21:00 by the central garden', 'A music group rehearses late on the roof terrace', 'Loud renovation work on a Sunday morning'],
  road_occupation: ['A shop stacks goods on the fire lane by the north gate', 'A street stall blocks the pavement at the main entrance', 'Building materials left on the estate road for weeks'],
  training_class_in_residential_building: ['A tutoring class with thirty pupils runs in a third-floor flat', 'An art school operates in a ground-floor flat without a fire exit'],
  parking: ['Cars parked on the fire lane at night', 'Private ground locks installed on shared parking spaces', 'Electric bikes charged in the stairwell'],
  leak: ['Water leaks from the flat above into the bathroom ceiling', 'A burst pipe in the basement floods the garages', 'Rain comes in through the shared roof'],
  pets: ['A dog barks all day in a flat while its owner is at work', 'Dog waste left on the playground', 'An unleashed dog frightens children in the garden'],
  property_fee: ['Owners dispute the increase of the property fee', 'Arrears of the property fee after the lift broke for a month', 'Disagreement over the shared electricity charge'],
  other: ['Greenery on the shared lawn cut down for a private vegetable plot', 'Clothes lines across the shared corridor', 'Garbage bins moved next to a ground-floor window'],
};

const DEPARTMENT_OF: Partial<Record<DisputeCategory, CountyDepartment>> = {
  training_class_in_residential_building: 'fire_safety', road_occupation: 'urban_management', parking: 'urban_management',
  property_fee: 'housing_construction', leak: 'housing_construction', square_dancing_noise: 'public_security',
};

export const descriptionOf = (category: DisputeCategory, random: Random): string => random.pick(DESCRIPTIONS[category]);
export const departmentFor = (category: DisputeCategory): CountyDepartment => DEPARTMENT_OF[category] ?? 'other';

// Made-up people: common surnames and given names, a mobile number and a room in the estate.
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '桂英', '建华', '志强', '海燕', '春梅'];

export function personFor(random: Random): { name: string; phone: string; room: string } {
  const phone = `1${random.pick(['38', '39', '59', '86', '87'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
  const room = `${random.int(1, 24)}-${random.int(1, 18)}0${random.int(1, 4)}`;
  return { name: `${random.pick(SURNAMES)}${random.pick(GIVEN)}`, phone, room };
}

export const OUTCOME_WEIGHTS = [['agreement_reached', 55], ['rectified', 30], ['complaint_unfounded', 10], ['handled_by_department', 5]] as const;
