import type { CommunityLedgerEvent } from '../events.js';
import { entryReversed, expenditureRecorded, feesRecorded, revenueRecorded } from './fixtures.js';

/**
 * The first quarter of 2025 at Yingbin Garden, with one entry on each side of the quarter that
 * its statement must leave out, and a January parking entry corrected in February.
 */
export const firstQuarterHistory: CommunityLedgerEvent[] = [
  revenueRecorded({ entryId: 'rev-000', amountFen: 200_000, date: '2024-12-20', voucherRef: 'V-2024-088' }),
  feesRecorded({ period: '2024-12' }),
  revenueRecorded(),
  feesRecorded(),
  expenditureRecorded(),
  entryReversed(),
  revenueRecorded({ entryId: 'rev-003', amountFen: 180_000, date: '2025-02-01', voucherRef: 'V-2025-004' }),
  feesRecorded({ period: '2025-02', collectedFen: 3_600_000, payingHouseholds: 450 }),
  revenueRecorded({ entryId: 'rev-002', amountFen: 120_000, date: '2025-03-05', category: 'lift_ads', counterparty: 'Elevator media co.', voucherRef: 'V-2025-007' }),
  expenditureRecorded({ entryId: 'exp-002', amountFen: 45_000, date: '2025-03-28', category: 'greening', counterparty: 'Greening contractor Wu', voucherRef: 'V-2025-012' }),
  feesRecorded({ period: '2025-03', collectedFen: 4_560_000, payingHouseholds: 570 }),
  revenueRecorded({ entryId: 'rev-004', amountFen: 50_000, date: '2025-04-02', category: 'advertising', counterparty: 'Bakery on Yingbin Road', voucherRef: null }),
];

/** The canonical encoding of that quarter, written out by hand: this is what its seal hashes. */
export const firstQuarterCanonicalEncoding = [
  '["linli.property.statement.v1","yingbin-garden","2025-Q1","2025-01-01","2025-03-31"]',
  '["entry","exp-001","original","expenditure","repairs",150000,"2025-02-10","Lift maintenance team",null]',
  '["entry","exp-002","original","expenditure","greening",45000,"2025-03-28","Greening contractor Wu","V-2025-012"]',
  '["entry","rev-001","original","revenue","parking",360000,"2025-01-15","Parking operator Li","V-2025-001"]',
  '["entry","rev-001-r","reversal","revenue","parking",360000,"2025-02-01","rev-001","January parking was entered twice"]',
  '["entry","rev-002","original","revenue","lift_ads",120000,"2025-03-05","Elevator media co.","V-2025-007"]',
  '["entry","rev-003","original","revenue","parking",180000,"2025-02-01","Parking operator Li","V-2025-004"]',
  '["fees","2025-01",4800000,4320000,600,540]',
  '["fees","2025-02",4800000,3600000,600,450]',
  '["fees","2025-03",4800000,4560000,600,570]',
].join('\n');
