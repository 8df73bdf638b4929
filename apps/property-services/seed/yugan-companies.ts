import { creditCodeCheckCharacter, type QualificationLevel } from '@linli/property-services-domain';
import { nameBasedUuid } from '../src/application/aggregate-ids.js';
import { Random } from './random.js';

/** A property service company of the demo county. */
export interface SeedCompany {
  readonly companyId: string;
  readonly name: string;
  readonly creditCode: string;
  readonly qualificationLevel: QualificationLevel;
}

const NAMES = [
  'Yugan Jinyuan Property Services', 'Xinjiang Anju Property Management', 'Poyang Lake Lvyuan Property', 'Yugan Chengjian Property Services',
  'Shangrao Hengtai Property Management', 'Yugan Kangning Property', 'Jiangxi Zhongxing Property Services', 'Yugan Xinxing Property Management',
  'Ruihe Community Services', 'Yugan Jiahe Property', 'Shangrao Huamei Property Services', 'Yugan Yongsheng Property Management',
];
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const LEVELS: readonly QualificationLevel[] = ['grade_1', 'grade_2', 'grade_3', 'ungraded', 'ungraded', 'ungraded'];

/** Twelve companies with valid credit codes of Yugan County (region 361127), the same for a seed every time. */
export function yuganCompanies(seed: number): SeedCompany[] {
  return NAMES.map((name, i) => {
    const random = Random.of(seed, `company ${i}`);
    const body = `91361127${Array.from({ length: 9 }, () => random.pick([...ALPHABET])).join('')}`;
    return {
      companyId: nameBasedUuid(`yugan seed ${seed} company ${i}`),
      name: `${name} Co., Ltd.`,
      creditCode: body + (creditCodeCheckCharacter(body) ?? '0'),
      qualificationLevel: random.pick(LEVELS),
    };
  });
}
