// The demo case studies: five stories from committed contracts that have been running a while,
// each with its outputs and the council outcomes it served; consent to publish on all but one,
// and an illustration on three of them.

import { addDays, longDate } from '../../shared/calendar-date';
import type { CaseStudyFields } from '../../shared/case-study';
import type { DemoCommitment } from './demo-commitments';
import type { DemoContract } from './demo-contracts';
import type { Trade } from './demo-catalogue';
import type { DemoScene } from './demo-pictures';
import type { DemoSupplier } from './demo-suppliers';
import type { SeededRandom } from './random';

export interface DemoPicture {
  scene: DemoScene;
  fileName: string;
  altText: string;
  caption: string | null;
}

export interface DemoCaseStudy {
  contractIndex: number;
  /** The council outcomes served, by name (the loader finds them in the profile). */
  outcomeNames: string[];
  fields: Omit<CaseStudyFields, 'contractId' | 'supplierId' | 'councilOutcomeIds'>;
  pictures: DemoPicture[];
}

interface Story {
  trades: readonly Trade[];
  /** A measure the contract should have committed to, when one of the trade has. */
  measure: string;
  outcomeNames: string[];
  title: (contract: string) => string;
  narrative: (supplier: string) => string;
  outputs: (random: SeededRandom) => string[];
  picture: DemoPicture | null;
  consent: boolean;
}

const stories: readonly Story[] = [
  {
    trades: ['construction', 'housing', 'energy'],
    measure: 'JS3',
    outcomeNames: ['Improved Opportunities', 'Strong Economy, Transport and Infrastructure'],
    title: (contract) => `Apprentices from the local college on ${contract.toLowerCase()}`,
    narrative: (supplier) =>
      `${supplier} took on apprentices from the college’s construction course at the start of the contract, and paired each with an experienced tradesperson.\n\nThe apprentices worked on every stage, from groundworks to finishing, and two have already been offered permanent jobs. The site also hosted visits from a local primary school, whose pupils came back to see the building finished.`,
    outputs: (random) => [
      `${random.int(4, 7)} apprentices started, all living in the district`,
      `${random.int(180, 320)} apprenticeship weeks delivered so far`,
      `${random.int(2, 3)} apprentices offered permanent jobs`,
    ],
    picture: {
      scene: 'building-site',
      fileName: 'apprentices-on-site.png',
      altText:
        'Illustration: three apprentices in orange high-visibility jackets in front of a brick building under scaffolding, with a tower crane.',
      caption: 'The apprentices on site in their first month.',
    },
    consent: true,
  },
  {
    trades: ['grounds', 'waste', 'transport'],
    measure: 'CV1',
    outcomeNames: ['Clean and Green', 'Great Communities'],
    title: () => 'Staff volunteers plant a community woodland',
    narrative: (supplier) =>
      `Staff from ${supplier} gave volunteering days over the winter to plant a new community woodland on the edge of the park, working alongside the Friends group and pupils from the nearby school.\n\nThe crews brought their own tools and vehicles, and the supplier donated the tree guards and stakes. The Friends group now looks after the woodland and runs guided walks.`,
    outputs: (random) => [
      `${random.int(300, 600)} trees planted`,
      `${random.int(120, 260)} hours of staff volunteering`,
      `${random.int(30, 80)} pupils took part`,
    ],
    picture: {
      scene: 'tree-planting',
      fileName: 'woodland-planting.png',
      altText:
        'Illustration: two volunteers with a spade beside a row of newly planted saplings, with grown trees and green hills behind.',
      caption: 'Planting day in the park.',
    },
    consent: true,
  },
  {
    trades: ['care', 'facilities', 'catering', 'leisure', 'children'],
    measure: 'CV4',
    outcomeNames: ['Great Communities', 'Safe and Well'],
    title: () => 'A community garden for a lunch club',
    narrative: (supplier) =>
      `${supplier} helped a lunch club for older people turn a disused yard into a community garden: staff built raised beds, a shed and level paths, and the club’s members chose what to grow.\n\nThe garden now supplies vegetables for the club’s lunches, and members say it is what brings them in on the days there is no lunch.`,
    outputs: (random) => [
      'Four raised beds and a shed built',
      `${random.int(25, 45)} older people using the garden each week`,
      `£${random.int(2, 5)},${random.int(100, 999)} of materials donated`,
    ],
    picture: {
      scene: 'community-garden',
      fileName: 'lunch-club-garden.png',
      altText:
        'Illustration: two people standing by four raised vegetable beds, with a blue garden shed behind.',
      caption: 'The lunch club’s garden in its first summer.',
    },
    consent: true,
  },
  {
    trades: ['care', 'security', 'facilities', 'catering'],
    measure: 'FW1',
    outcomeNames: ['Safe and Well', 'Improved Opportunities'],
    title: () => 'Real Living Wage for everyone on the contract',
    narrative: (supplier) =>
      `${supplier} committed in its tender to pay everyone working on the contract at least the Real Living Wage, including agency and subcontracted staff, and became an accredited Living Wage employer during the first year.\n\nStaff turnover on the contract has fallen, and the supplier says vacancies are now filled faster, with more applicants from the local area.`,
    outputs: (random) => [
      `${random.int(30, 90)} people paid at least the Real Living Wage`,
      `Staff turnover down from ${random.int(28, 36)}% to ${random.int(12, 18)}% a year`,
    ],
    picture: null,
    consent: true,
  },
  {
    trades: ['it', 'consultancy', 'print', 'supplies'],
    measure: 'JS6',
    outcomeNames: ['Improved Opportunities'],
    title: () => 'Digital skills sessions for young people',
    narrative: (supplier) =>
      `Staff from ${supplier} ran after-school sessions on coding, cyber security and careers in technology for pupils at two secondary schools, and offered a week’s work experience to those who finished the course.\n\nThe schools have asked for the sessions to run again next year.`,
    outputs: (random) => [
      `${random.int(40, 90)} pupils took part`,
      `${random.int(80, 160)} hours of sessions`,
      `${random.int(3, 6)} work experience placements`,
    ],
    picture: null,
    consent: false,
  },
];

const contacts = ['Sarah Whitmore', 'Daniel Okafor', 'Karen Blake', 'Rob Keane', 'Aisha Patel'];

/** The best contract for a story: of its trade, committed to its measure, running a year or more. */
function contractFor(
  story: Story,
  contracts: readonly DemoContract[],
  committed: ReadonlyMap<number, readonly string[]>,
  used: ReadonlySet<number>,
  today: string,
): number | undefined {
  const candidates = [...committed.keys()].filter(
    (i) => !used.has(i) && (contracts[i]?.fields.startDate ?? today) <= addDays(today, -365),
  );
  const ofTrade = candidates.filter((i) => story.trades.includes(contracts[i]?.trade as Trade));
  return (
    ofTrade.find((i) => committed.get(i)?.includes(story.measure)) ?? ofTrade[0] ?? candidates[0]
  );
}

export function generateCaseStudies(
  random: SeededRandom,
  contracts: readonly DemoContract[],
  suppliers: readonly DemoSupplier[],
  commitments: readonly DemoCommitment[],
  today: string,
): DemoCaseStudy[] {
  const committed = new Map<number, string[]>();
  for (const c of commitments) {
    committed.set(c.contractIndex, [...(committed.get(c.contractIndex) ?? []), c.code]);
  }
  const used = new Set<number>();
  return stories.flatMap((story, k): DemoCaseStudy[] => {
    const contractIndex = contractFor(story, contracts, committed, used, today);
    const contract = contractIndex === undefined ? undefined : contracts[contractIndex];
    if (contractIndex === undefined || !contract) return [];
    used.add(contractIndex);
    const supplier = suppliers[contract.supplierIndex]?.fields.name ?? 'The supplier';
    const consentDate = longDate(addDays(today, -random.int(14, 120)));
    const contact = contacts[k % contacts.length] as string;
    return [
      {
        contractIndex,
        outcomeNames: story.outcomeNames,
        fields: {
          title: story.title(contract.fields.title),
          narrative: story.narrative(supplier),
          outputs: story.outputs(random),
          consentToPublish: story.consent,
          consentNote: story.consent
            ? `Consent given by ${contact} for ${supplier}, and by the people pictured or named, by email on ${consentDate}.`
            : 'The schools have not yet agreed to their pupils being named. Ask again before publishing.',
        },
        pictures: story.picture ? [story.picture] : [],
      },
    ];
  });
}
