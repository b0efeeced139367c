// What suppliers write on their returns: an evidence reference and a line or two of narrative
// for each measure, and what the council's verifiers write when they query or reject a line.

import type { SeededRandom } from './random';

interface LineTexts {
  /** The evidence document, and the prefix of its reference. */
  evidence: string;
  prefix: string;
  narratives: readonly string[];
}

const textsByCode: Readonly<Record<string, LineTexts>> = {
  JS1: {
    evidence: 'Anonymised payroll extract',
    prefix: 'PAY',
    narratives: [
      'Staff on the contract living in LE postcodes, from the payroll at the end of the quarter.',
      'Two local starters this quarter through the council’s employment hub; one leaver.',
      'Headcount steady. All new vacancies were advertised locally first.',
    ],
  },
  JS2: {
    evidence: 'Recruitment log (no names)',
    prefix: 'REC',
    narratives: [
      'New starters referred by the Jobcentre and the care leavers’ service.',
      'One starter through the armed forces covenant scheme; another after a supported placement.',
    ],
  },
  JS3: {
    evidence: 'Apprenticeship agreements and provider letter',
    prefix: 'APP',
    narratives: [
      'Apprentices at level 2 and 3 with the local college; all on track.',
      'One apprentice completed their level 2 this quarter and has been kept on.',
      'A new level 3 apprentice started in the quarter.',
    ],
  },
  JS4: {
    evidence: 'Training register',
    prefix: 'TRN',
    narratives: [
      'Manual handling, safeguarding and first aid courses for staff on the contract.',
      'Toolbox talks and a two-day accredited course for supervisors.',
      'Refresher training for the whole team ahead of the winter period.',
    ],
  },
  JS5: {
    evidence: 'Placement agreements',
    prefix: 'PLC',
    narratives: [
      'Work placements for students from the local college.',
      'T-level industry placement hosted for a local student.',
    ],
  },
  JS6: {
    evidence: 'Session records signed by the school',
    prefix: 'CAR',
    narratives: [
      'Careers talks and mock interviews at two secondary schools.',
      'CV workshops for young people at the youth centre.',
    ],
  },
  JS7: {
    evidence: 'Visit log confirmed by the schools',
    prefix: 'VIS',
    narratives: [
      'Site visit for a primary school class, and an assembly on safety.',
      'Visit to the college’s construction department.',
    ],
  },
  LE1: {
    evidence: 'Accounts extract: local subcontractors and suppliers',
    prefix: 'LSP',
    narratives: [
      'Spend with local subcontractors and merchants in the quarter.',
      'Local merchants used for materials; skips and plant hire from a Coalville firm.',
    ],
  },
  LE2: {
    evidence: 'Accounts extract: suppliers by size',
    prefix: 'SME',
    narratives: [
      'Payments to small and medium-sized subcontractors.',
      'Most of the supply chain on this contract is SMEs.',
    ],
  },
  LE3: {
    evidence: 'Accounts extract: charities and social enterprises',
    prefix: 'VCS',
    narratives: [
      'Payments to a local social enterprise for catering and to a charity for transport.',
      'Subcontracted activity sessions to a community interest company.',
    ],
  },
  LE4: {
    evidence: 'Session records confirmed by the organisations',
    prefix: 'ADV',
    narratives: [
      'Free advice sessions on bidding and digital skills for local small businesses.',
      'Mentoring for two local VCSEs on finance and governance.',
    ],
  },
  CV1: {
    evidence: 'Volunteering log',
    prefix: 'VOL',
    narratives: [
      'Staff volunteering days with a local food bank and a park friends group.',
      'Team volunteering at a community garden and a charity shop.',
    ],
  },
  CV2: {
    evidence: 'Donation receipts',
    prefix: 'DON',
    narratives: [
      'Donations to a local food bank and a youth football club.',
      'Sponsorship of a community fun day.',
    ],
  },
  CV3: {
    evidence: 'Record of items and space given',
    prefix: 'INK',
    narratives: [
      'Surplus materials and use of a meeting room given to community groups.',
      'Loan of a minibus to a lunch club for the quarter.',
    ],
  },
  CV4: {
    evidence: 'Project descriptions with photographs',
    prefix: 'CPJ',
    narratives: [
      'Supported a community litter pick and a summer play scheme.',
      'Staffed a stall at the town’s community festival.',
    ],
  },
  EC1: {
    evidence: 'Carbon calculation against the agreed baseline',
    prefix: 'CO2',
    narratives: [
      'Savings from electric vans and route planning, against the baseline agreed at the start.',
      'LED lighting and fewer journeys to site; method as agreed.',
    ],
  },
  EC2: {
    evidence: 'Fleet mileage report',
    prefix: 'EVM',
    narratives: [
      'Miles driven by the electric vans on the contract.',
      'Two more electric vehicles joined the fleet this quarter.',
    ],
  },
  EC3: {
    evidence: 'Waste transfer notes',
    prefix: 'WTN',
    narratives: [
      'Green waste composted and timber sent for reuse.',
      'Hardcore and metals segregated on site and recycled.',
    ],
  },
  FW1: {
    evidence: 'Payroll summary against the Real Living Wage rate',
    prefix: 'RLW',
    narratives: [
      'Everyone working on the contract, including agency staff, paid at least the Real Living Wage.',
      'Pay uplifted to the new Real Living Wage rate from its announcement.',
    ],
  },
  FW2: {
    evidence: 'Wellbeing policy and take-up figures',
    prefix: 'WBS',
    narratives: [
      'Employee assistance programme open to all staff; trained mental health first aiders on every shift.',
      'Wellbeing check-ins at supervision; six staff used the counselling service this quarter.',
    ],
  },
  FW3: {
    evidence: 'Modern slavery statement and supplier checks',
    prefix: 'MSS',
    narratives: [
      'Statement republished on our website; new suppliers checked against it before first order.',
      'Audit of our two largest suppliers’ labour practices found nothing to act on.',
    ],
  },
};

/** "Anonymised payroll extract, Q1 2025/26 (ref PAY-0412)". */
export function evidenceReference(random: SeededRandom, code: string, period: string): string {
  const texts = textsByCode[code];
  const reference = `${texts?.prefix ?? 'EV'}-${String(random.int(100, 9999)).padStart(4, '0')}`;
  return `${texts?.evidence ?? 'Evidence pack'}, ${period} (ref ${reference})`;
}

export function narrative(random: SeededRandom, code: string): string {
  return random.pick(textsByCode[code]?.narratives ?? ['As reported in the evidence attached.']);
}

/** What a verifier writes on a line they query: something the supplier can answer. */
export const queryNotes = [
  'The payroll extract lists fewer people than the return: please send the full list for the quarter.',
  'The evidence covers the whole company, not this contract. Please send the figures for this contract only.',
  'Two of the invoices are dated after the quarter ended. Please confirm which quarter they belong to.',
] as const;

/** What a verifier writes on a line they reject. */
export const rejectNotes = [
  'The evidence is for another council’s contract, so it cannot count here.',
  'No evidence was sent for this line, and the supplier has not replied to two reminders.',
] as const;
