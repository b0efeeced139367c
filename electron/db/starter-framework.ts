// The starter framework every new workspace gets: 21 measures in five themes, in our own words
// and codes (nothing from licensed frameworks). Proxy values are the council's to set, so they
// start empty, except that money measures count each £1 as £1. Each measure serves one of the
// default profile's council outcomes, matched by name, so a renamed outcome is simply left out.

import type { Database } from 'better-sqlite3';
import {
  moneyProxyPence,
  type FrameworkTree,
  type MeasureValues,
} from '../../shared/measures-framework';
import type { MeasureKind } from '../../shared/social-value';
import { writeFrameworkVersion } from './framework-writer';
import { statement } from './statements';

export const starterVersion = {
  name: 'Starter framework',
  effectiveFrom: '2020-04-01',
  notes:
    'The measures the app starts with. Set the proxy values your council uses, change or add measures, or import your own framework as a new version.',
};

const opportunities = 'Improved Opportunities';
const economy = 'Strong Economy, Transport and Infrastructure';
const communities = 'Great Communities';
const green = 'Clean and Green';
const wellbeing = 'Safe and Well';

interface StarterMeasure extends MeasureValues {
  councilOutcomes: string[];
}

function measure(
  code: string,
  title: string,
  unit: string,
  kind: MeasureKind,
  guidance: string,
  evidenceRequired: string,
  councilOutcomes: string[],
): StarterMeasure {
  const proxyPence = kind === 'money' ? moneyProxyPence : null;
  return { code, title, unit, kind, guidance, evidenceRequired, proxyPence, councilOutcomes };
}

const starterThemes: { name: string; outcomes: { name: string; measures: StarterMeasure[] }[] }[] =
  [
    {
      name: 'Jobs and skills',
      outcomes: [
        {
          name: 'More local people in good work',
          measures: [
            measure(
              'JS1',
              'Local people employed on the contract',
              'FTE',
              'quantity',
              'Full-time equivalent staff working on this contract who live in the local area set in the council profile. Count each person once for the period reported.',
              'Anonymised payroll or staff list with home postcode districts',
              [opportunities, economy],
            ),
            measure(
              'JS2',
              'People facing barriers to work taken on for the contract',
              'FTE',
              'quantity',
              'New starters on the contract who were long-term unemployed, disabled, leaving care, leaving the armed forces, or not in education, employment or training. A person may also count under JS1.',
              'Recruitment records showing the barrier, without naming the person',
              [opportunities, wellbeing],
            ),
          ],
        },
        {
          name: 'Skills for work',
          measures: [
            measure(
              'JS3',
              'Apprenticeship weeks on the contract',
              'weeks',
              'quantity',
              'Weeks of apprenticeship (level 2 or above) provided on this contract in the period, completed or still under way.',
              'Apprenticeship agreements and training provider confirmation',
              [opportunities],
            ),
            measure(
              'JS4',
              'Training for staff on the contract',
              'hours',
              'quantity',
              'Hours of accredited or structured training given to staff working on the contract: session length multiplied by the number of people attending.',
              'Training register with dates, course and attendance',
              [opportunities],
            ),
            measure(
              'JS5',
              'Work placements for students and job seekers',
              'weeks',
              'quantity',
              'Weeks of work experience, placements or internships of at least one week offered to local students or job seekers.',
              'Placement agreements or letters from the school, college or employment service',
              [opportunities],
            ),
            measure(
              'JS6',
              'Careers support for young people',
              'hours',
              'quantity',
              'Hours of careers talks, mock interviews, CV help or mentoring for young people under 25: session length multiplied by the number of young people.',
              'Session records confirmed by the school, college or youth service',
              [opportunities, communities],
            ),
            measure(
              'JS7',
              'School and college visits',
              'number',
              'quantity',
              'Visits to local schools and colleges, or site visits by pupils, that support learning about the work of the contract.',
              'Visit log confirmed by the school or college',
              [opportunities, communities],
            ),
          ],
        },
      ],
    },
    {
      name: 'Local economy and supply chain',
      outcomes: [
        {
          name: 'Money spent locally',
          measures: [
            measure(
              'LE1',
              'Spend with suppliers in the local area',
              '£',
              'money',
              'Money paid in the period to subcontractors and suppliers with a business address in the local area, for work on this contract.',
              'Extract from the accounts listing supplier, postcode and amount',
              [economy],
            ),
          ],
        },
        {
          name: 'A diverse supply chain',
          measures: [
            measure(
              'LE2',
              'Spend with small and medium-sized enterprises (SMEs)',
              '£',
              'money',
              'Money paid in the period to subcontractors and suppliers with fewer than 250 staff, for work on this contract.',
              'Extract from the accounts listing supplier, size and amount',
              [economy],
            ),
            measure(
              'LE3',
              'Spend with voluntary, community and social enterprises (VCSEs)',
              '£',
              'money',
              'Money paid in the period to charities, community interest companies and other social enterprises, for work on this contract.',
              'Extract from the accounts listing organisation, charity or company number and amount',
              [economy, communities],
            ),
            measure(
              'LE4',
              'Expert help for local small businesses and VCSEs',
              'hours',
              'quantity',
              'Hours of free professional advice (finance, legal, HR, bidding, digital) given by your staff to local SMEs and VCSEs.',
              'Record of sessions confirmed by the organisations helped',
              [economy, communities],
            ),
          ],
        },
      ],
    },
    {
      name: 'Communities and volunteering',
      outcomes: [
        {
          name: 'Stronger communities',
          measures: [
            measure(
              'CV1',
              'Staff volunteering in the local community',
              'hours',
              'quantity',
              'Hours your staff spent volunteering with local community groups and charities during paid working time.',
              'Volunteering log confirmed by the groups helped',
              [communities],
            ),
            measure(
              'CV2',
              'Donations to local community groups and charities',
              '£',
              'money',
              'Money given to local community groups and charities in the period.',
              'Receipts or letters of thanks from the recipients',
              [communities],
            ),
            measure(
              'CV3',
              'Equipment, materials or space given to community groups',
              '£',
              'money',
              'The value of equipment, materials, use of premises or vehicles given free to local community groups and charities, at what it would have cost them.',
              'Record of what was given, its value and who received it',
              [communities],
            ),
            measure(
              'CV4',
              'Community projects and events supported',
              'number',
              'quantity',
              'Local community projects or events that the supplier organised, funded or staffed in the period.',
              'Description of each project with photographs or publicity',
              [communities, wellbeing],
            ),
          ],
        },
      ],
    },
    {
      name: 'Environment and climate',
      outcomes: [
        {
          name: 'Lower carbon emissions',
          measures: [
            measure(
              'EC1',
              'Carbon emissions saved on the contract',
              'tCO2e',
              'quantity',
              'Tonnes of carbon dioxide equivalent saved against the baseline agreed at the start of the contract, for example by cleaner vehicles, less energy use or fewer journeys.',
              'Calculation with the baseline, method and source data',
              [green],
            ),
            measure(
              'EC2',
              'Miles driven by zero-emission vehicles',
              'miles',
              'quantity',
              'Miles driven in the period by electric or other zero-emission vehicles in delivering the contract.',
              'Fleet or mileage records',
              [green],
            ),
          ],
        },
        {
          name: 'Less waste',
          measures: [
            measure(
              'EC3',
              'Waste reused or recycled instead of landfill',
              'tonnes',
              'quantity',
              'Tonnes of waste from the contract that were reused or recycled rather than sent to landfill or incineration.',
              'Waste transfer notes',
              [green],
            ),
          ],
        },
      ],
    },
    {
      name: 'Fair work',
      outcomes: [
        {
          name: 'Fair pay and good conditions',
          measures: [
            measure(
              'FW1',
              'Staff on the contract paid at least the Real Living Wage',
              'number',
              'quantity',
              'People working on the contract, including subcontractors’ staff, paid at least the Real Living Wage rate in force.',
              'Payroll summary or Living Wage Foundation accreditation',
              [wellbeing, opportunities],
            ),
            measure(
              'FW2',
              'Wellbeing and mental health support for staff',
              'text',
              'record-only',
              'Describe the wellbeing and mental health support open to staff working on the contract and how many used it.',
              'Policy and take-up figures',
              [wellbeing],
            ),
          ],
        },
        {
          name: 'Ethical supply chains',
          measures: [
            measure(
              'FW3',
              'Modern slavery and ethical sourcing statement',
              'text',
              'record-only',
              'Describe the steps taken in the period to find and prevent modern slavery and unethical practice in the supply chain for this contract, and link to the published statement.',
              'Published modern slavery statement and supply chain checks',
              [wellbeing],
            ),
          ],
        },
      ],
    },
  ];

/** The starter framework, its measures tied to the council outcomes of these names. */
export function starterTree(outcomeIdsByName: ReadonlyMap<string, string>): FrameworkTree {
  return {
    themes: starterThemes.map((theme) => ({
      name: theme.name,
      outcomes: theme.outcomes.map((outcome) => ({
        name: outcome.name,
        measures: outcome.measures.map(({ councilOutcomes, ...values }) => ({
          ...values,
          councilOutcomeIds: councilOutcomes.flatMap(
            (name) => outcomeIdsByName.get(name.toLowerCase()) ?? [],
          ),
        })),
      })),
    })),
  };
}

/**
 * Gives a workspace that has never had a framework the starter one, written by "system". A
 * workspace whose versions were all deleted by an officer is left as it is.
 */
export function ensureStarterFramework(db: Database): void {
  db.transaction(() => {
    if (statement(db, 'SELECT 1 FROM framework_versions LIMIT 1').get()) return;
    const outcomes = statement(
      db,
      'SELECT id, name FROM strategic_outcomes WHERE deleted_at IS NULL',
    ).all() as { id: string; name: string }[];
    const byName = new Map(outcomes.map((outcome) => [outcome.name.toLowerCase(), outcome.id]));
    writeFrameworkVersion(db, starterVersion, starterTree(byName), 'system');
  })();
}
