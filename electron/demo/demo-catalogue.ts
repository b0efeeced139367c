// What the demo council buys: its directorates and officers, and the procurement exercises it
// runs, each with the trade that would bid for it and a realistic range of value.

import { procurementCategories, type ProcurementCategory } from '../../shared/exercise';

export const demoCouncil = {
  councilName: 'Demo District Council',
  localArea: ['LE1-LE19', 'LE65', 'LE67'],
  /** Prefix of every exercise reference: DDC-2526-014. */
  referencePrefix: 'DDC',
} as const;

export const directorates = [
  'Environment and Climate',
  'Housing and Communities',
  'Adults and Health',
  'Children and Families',
  'Resources',
  'Place and Growth',
] as const;
export type Directorate = (typeof directorates)[number];

/** Lead officers and contract managers (fictional). */
export const officersByDirectorate: Record<Directorate, readonly string[]> = {
  'Environment and Climate': ['Gareth Holt', 'Priya Mistry', 'Helen Carver'],
  'Housing and Communities': ['Imran Hussain', 'Rachel Dawson', 'Owen Pritchard'],
  'Adults and Health': ['Deepa Chauhan', 'Martin Lowe', 'Sian Roberts'],
  'Children and Families': ['Laura Bennett', 'Kwame Mensah', 'Jo Whitfield'],
  Resources: ['Neil Barker', 'Amrit Kaur', 'Claire Osborne'],
  'Place and Growth': ['Tom Hargreaves', 'Nadia Sharma', 'Edward Lambert'],
};

export const trades = [
  'grounds',
  'construction',
  'facilities',
  'care',
  'children',
  'housing',
  'it',
  'transport',
  'waste',
  'consultancy',
  'energy',
  'supplies',
  'print',
  'catering',
  'security',
  'leisure',
] as const;
export type Trade = (typeof trades)[number];

/**
 * Which of the default strategic outcomes (by position: Clean and Green, Great Communities,
 * Improved Opportunities, Strong Economy..., Safe and Well) an exercise of each trade targets.
 */
export const outcomeIndexesByTrade: Record<Trade, readonly number[]> = {
  grounds: [0, 1],
  construction: [3, 2],
  facilities: [2, 0],
  care: [4, 1],
  children: [4, 2],
  housing: [4, 1],
  it: [3, 2],
  transport: [0, 3],
  waste: [0, 2],
  consultancy: [3, 2],
  energy: [0, 3],
  supplies: [3, 0],
  print: [3, 1],
  catering: [1, 4],
  security: [4, 1],
  leisure: [1, 4],
};

export interface ExerciseTemplate {
  title: string;
  directorate: Directorate;
  category: ProcurementCategory;
  trade: Trade;
  /** Estimated whole-life value range, net of VAT, in whole pounds. */
  minPounds: number;
  maxPounds: number;
  description: string | null;
}

const directorateKeys: Record<string, Directorate> = {
  environment: 'Environment and Climate',
  housing: 'Housing and Communities',
  adults: 'Adults and Health',
  children: 'Children and Families',
  resources: 'Resources',
  place: 'Place and Growth',
};

/**
 * Reads a table of templates: one line "title | directorate | category | trade | min-max"
 * (pounds, net of VAT), optionally followed by an indented line of description.
 */
export function parseTemplates(table: string): ExerciseTemplate[] {
  const templates: ExerciseTemplate[] = [];
  for (const line of table.split('\n')) {
    if (line.trim() === '') continue;
    const last = templates.at(-1);
    if (line.startsWith('  ') && last) {
      last.description = line.trim();
      continue;
    }
    const [title, directorate, category, trade, range] = line.split('|').map((part) => part.trim());
    const [minPounds, maxPounds] = (range ?? '').split('-').map((n) => Number(n.replace(/_/g, '')));
    const known = directorate !== undefined && directorateKeys[directorate];
    if (
      !title ||
      !known ||
      !procurementCategories.includes(category as ProcurementCategory) ||
      !trades.includes(trade as Trade) ||
      !Number.isInteger(minPounds) ||
      !Number.isInteger(maxPounds)
    ) {
      throw new Error(`Demo template line not understood: "${line}"`);
    }
    templates.push({
      title,
      directorate: known,
      category: category as ProcurementCategory,
      trade: trade as Trade,
      minPounds: minPounds as number,
      maxPounds: maxPounds as number,
      description: null,
    });
  }
  return templates;
}

export const exerciseTemplates: readonly ExerciseTemplate[] = parseTemplates(`
Grounds maintenance and arboriculture | environment | services | grounds | 600_000-2_800_000
  Mowing, shrub beds, hedges and tree works across parks, open spaces and housing land.
Tree surveys and emergency tree works | environment | services | grounds | 40_000-180_000
  Cyclical tree safety surveys and a 24-hour call-out for fallen and dangerous trees.
Cemetery and closed churchyard maintenance | environment | services | grounds | 60_000-240_000
  Grass cutting, memorial safety checks and path repairs at four cemeteries.
Street cleansing vehicles | environment | goods | transport | 300_000-1_200_000
  Purchase of compact and large road sweepers to replace the ageing fleet.
Refuse collection vehicle hire | environment | goods | transport | 150_000-600_000
  Short-term hire of refuse collection vehicles while the new fleet is delivered.
Dry mixed recycling processing | environment | services | waste | 900_000-3_000_000
  Haulage, sorting and sale of kerbside dry mixed recycling.
Garden waste composting | environment | services | waste | 200_000-900_000
  In-vessel composting of collected garden waste, with compost returned for resident events.
Bulky waste collection service | environment | services | waste | 60_000-200_000
  Booked collections of furniture and white goods, with reuse of items in good condition.
Public electric vehicle charge points | environment | works | energy | 150_000-900_000
  Installation and operation of charge points in council car parks.
Solar panels on council depots | environment | works | energy | 90_000-400_000
  Roof-mounted solar arrays and battery storage at two operational depots.
Air quality monitoring equipment | environment | goods | it | 20_000-90_000
  Replacement diffusion tube analysers and two continuous monitoring stations.
Fly-tipping enforcement cameras | environment | goods | security | 8_000-45_000
  Redeployable cameras for fly-tipping hotspots, with evidence download.
Litter and dog waste bins | environment | goods | supplies | 15_000-80_000
  Supply of litter, recycling and dog waste bins for parks and town centres.
Decarbonisation of civic office heating | environment | works | energy | 500_000-2_600_000
  Replacing gas boilers at the civic offices with air source heat pumps.
Pest control services | environment | services | facilities | 20_000-90_000
  Treatment of rats, mice and wasps for residents and council buildings.
Allotment water supply repairs | environment | works | construction | 10_000-40_000
  Renewing leaking water supply pipes and troughs on six allotment sites.
Flood resilience works at Mill Brook | environment | works | construction | 120_000-650_000
  Culvert clearance, a new trash screen and property-level flood protection.
Parks play area refurbishment | environment | works | construction | 80_000-450_000
  Design and build of inclusive play equipment and safety surfacing in three parks.
Temporary accommodation framework | housing | services | housing | 900_000-3_000_000
  Self-contained temporary accommodation for homeless households, with support on site.
Housing repairs and void works | housing | works | construction | 700_000-3_000_000
  Responsive repairs and bringing empty council homes back into use.
Disabled facilities grant adaptations | housing | works | construction | 250_000-1_500_000
  Level-access showers, stairlifts and ramps for residents with disabilities.
Gas servicing and boiler replacement | housing | works | energy | 300_000-1_800_000
  Annual gas safety checks and planned boiler replacement in council homes.
Homelessness prevention support service | housing | services | housing | 150_000-700_000
  Early help for households at risk of losing their home.
Domestic abuse refuge provision | housing | services | care | 200_000-800_000
  Safe accommodation and specialist support for survivors of domestic abuse and their children.
Community centre roof replacement | housing | works | construction | 50_000-250_000
  Replacing the flat roof and rainwater goods at a well-used community centre.
Housing register and lettings software | housing | services | it | 60_000-300_000
  A hosted choice-based lettings system with a resident portal.
Tenancy sustainment service | housing | services | housing | 100_000-400_000
  Support for new tenants to manage money, bills and their home.
Fire risk assessments for council housing | housing | services | security | 25_000-120_000
  Fire risk assessments of blocks of flats and sheltered schemes.
Warm homes insulation programme | housing | works | energy | 300_000-2_000_000
  External wall and loft insulation for low-income households.
Neighbourhood mediation service | housing | services | care | 30_000-90_000
  Independent mediation for disputes between neighbours.
Door entry and CCTV for sheltered housing | housing | works | security | 60_000-300_000
  Replacing door entry systems and CCTV at eight sheltered housing schemes.
Community grants administration | housing | services | consultancy | 15_000-60_000
  Running the small community grants scheme, from application to monitoring.
Home care and reablement | adults | services | care | 1_200_000-3_000_000
  Personal care at home and short-term reablement after a hospital stay.
Extra care housing support | adults | services | care | 400_000-2_000_000
  On-site care and support at two extra care housing schemes.
Supported living for adults with learning disabilities | adults | services | care | 500_000-2_500_000
  Support for adults with learning disabilities to live in their own homes.
Day opportunities for older people | adults | services | care | 150_000-600_000
  Day activities, lunch and transport for older people at risk of isolation.
Carers' support service | adults | services | care | 100_000-450_000
  Information, breaks and emotional support for unpaid carers.
Community equipment and minor adaptations | adults | goods | supplies | 200_000-900_000
  Loan equipment such as beds, hoists and bathing aids, delivered and collected.
Healthy lifestyles and weight management | adults | services | leisure | 80_000-350_000
  Twelve-week weight management and physical activity courses.
Drug and alcohol recovery service | adults | services | care | 600_000-2_400_000
  An integrated treatment and recovery service for adults.
Telecare alarm monitoring | adults | services | security | 90_000-400_000
  A 24-hour monitoring centre and responders for personal alarms.
Independent advocacy services | adults | services | care | 70_000-300_000
  Statutory and general advocacy for adults with care and support needs.
Falls prevention exercise classes | adults | services | leisure | 20_000-80_000
  Strength and balance classes in community venues.
Stop smoking service | adults | services | care | 50_000-220_000
  Behavioural support and nicotine replacement for people who want to quit.
Independent fostering placements | children | services | children | 800_000-3_000_000
  Foster placements from independent fostering agencies when no in-house carer is free.
Home to school transport | children | services | transport | 400_000-2_200_000
  Taxi and minibus routes for pupils with special educational needs.
Short breaks for disabled children | children | services | children | 150_000-700_000
  Overnight and day short breaks, giving families a rest.
Detached youth work | children | services | children | 60_000-250_000
  Youth workers meeting young people where they gather, evenings and weekends.
Family hubs refurbishment | children | works | construction | 120_000-600_000
  Refitting two former children centres as family hubs.
Holiday activities and food programme | children | services | catering | 80_000-400_000
  Activities and a healthy meal for children on free school meals in the holidays.
Tuition for children out of school | children | services | children | 40_000-200_000
  One-to-one and small group tuition for children unable to attend school.
Parenting support programme | children | services | children | 30_000-150_000
  Evidence-based parenting courses, in groups and online.
Care leavers supported accommodation | children | services | housing | 300_000-1_400_000
  Supported accommodation for young people leaving care, aged 16 to 21.
Cleaning of family hubs | children | services | facilities | 20_000-90_000
  Daily cleaning and periodic deep cleans of five family hubs.
Multi-function printers and print management | resources | goods | print | 60_000-250_000
  Lease of multi-function devices with secure follow-me printing.
Cyber security monitoring service | resources | services | it | 90_000-400_000
  A security operations centre watching the council network around the clock.
Software licensing reseller | resources | goods | it | 200_000-900_000
  Office and server software licences bought through a reseller.
Laptop and desktop refresh | resources | goods | it | 150_000-700_000
  Replacement laptops, docks and monitors for 900 staff.
Revenues and benefits software support | resources | services | it | 120_000-600_000
  Support and hosting of the council tax and housing benefit system.
Insurance broking services | resources | services | consultancy | 30_000-120_000
  Broking and claims handling support for the council insurance programme.
Internal audit services | resources | services | consultancy | 80_000-350_000
  The annual internal audit plan and counter-fraud work.
Civic offices cleaning | resources | services | facilities | 90_000-400_000
  Daily office cleaning, window cleaning and washroom services.
Security guarding and key holding | resources | services | security | 60_000-300_000
  Manned guarding, alarm response and key holding for council buildings.
Telephony and contact centre system | resources | services | it | 150_000-700_000
  Cloud telephony and contact centre software with call recording.
Occupational health service | resources | services | consultancy | 40_000-160_000
  Pre-employment checks, management referrals and health surveillance.
Legal services call-off | resources | services | consultancy | 50_000-250_000
  Specialist legal advice on property, employment and procurement matters.
Stationery and office supplies | resources | goods | supplies | 10_000-60_000
  Stationery, paper and office consumables, delivered next day.
Workwear and personal protective equipment | resources | goods | supplies | 30_000-150_000
  Branded workwear and protective equipment for operational staff.
Fleet fuel cards | resources | goods | transport | 150_000-600_000
  Fuel cards for council vehicles with monthly consolidated invoicing.
Payroll and HR system replacement | resources | services | it | 250_000-1_200_000
  A cloud payroll and HR system with staff self-service.
Civic offices lift maintenance | resources | services | facilities | 15_000-70_000
  Servicing, inspection and breakdown cover for six lifts.
Agency staff managed service | resources | services | consultancy | 400_000-2_000_000
  A neutral vendor managed service for temporary agency staff.
Staff restaurant catering | resources | services | catering | 40_000-180_000
  Running the staff restaurant and meeting room hospitality.
Leisure centre refurbishment | place | works | construction | 900_000-3_000_000
  Refurbishing changing rooms, the sports hall and the pool plant.
Leisure centres management | place | services | leisure | 1_000_000-3_000_000
  Operating three leisure centres with a concessionary pricing scheme.
Town centre public realm improvements | place | works | construction | 400_000-2_500_000
  New paving, seating, planting and lighting in the market place.
Market hall roof repairs | place | works | construction | 60_000-300_000
  Repairs to the slate roof and lantern lights of the listed market hall.
Business support programme | place | services | consultancy | 100_000-500_000
  Advice, workshops and small grants for start-ups and growing firms.
Housing needs assessment | place | services | consultancy | 20_000-80_000
  Evidence of housing need for the local plan review.
Bus shelter replacement | place | works | construction | 40_000-200_000
  Replacing worn bus shelters, with real-time passenger information.
Car park payment machines | place | goods | it | 40_000-200_000
  Card and app-enabled pay and display machines for council car parks.
Christmas lights installation | place | services | energy | 20_000-90_000
  Installing, maintaining and removing festive lighting in four towns.
Heritage trail interpretation boards | place | goods | print | 5_000-30_000
  Design and manufacture of interpretation boards for a heritage trail.
Museum collections conservation | place | services | leisure | 15_000-70_000
  Conservation of textiles and paper records in the museum collection.
Visitor guide design and print | place | goods | print | 5_000-35_000
  Design, print and distribution of the annual visitor guide.
Skills and employability programme | place | services | children | 150_000-700_000
  Training and job support for residents furthest from work.
Footbridge replacement at Sence Meadows | place | works | construction | 150_000-700_000
  Replacing a timber footbridge on a well-used riverside path.
CCTV control room upgrade | place | works | security | 120_000-600_000
  Digital cameras, recording and a refitted control room.
Theatre lighting and sound equipment | place | goods | leisure | 30_000-140_000
  LED stage lighting and a digital sound desk for the council theatre.
Public toilets refurbishment | place | works | construction | 50_000-260_000
  Refurbishing public toilets in three towns, with a changing places facility.
`);

/** Contracts the council holds with no exercise in the app: entered from its old register. */
export const registerTemplates: readonly ExerciseTemplate[] = parseTemplates(`
Banking services | resources | services | consultancy | 120_000-400_000
Water hygiene and legionella testing | resources | services | facilities | 30_000-120_000
Out-of-hours call handling | housing | services | it | 60_000-240_000
Fleet vehicle maintenance | environment | services | transport | 200_000-800_000
Enforcement agent services | resources | services | consultancy | 20_000-90_000
Parking enforcement | place | services | security | 300_000-1_200_000
Crematorium cremator maintenance | environment | services | facilities | 40_000-160_000
Franking machine lease | resources | goods | supplies | 5_000-20_000
`);

/** Towns of the local area, for varying titles in the large workspace. */
export const localTowns = [
  'Coalville',
  'Ashby-de-la-Zouch',
  'Loughborough',
  'Hinckley',
  'Market Harborough',
  'Melton Mowbray',
  'Lutterworth',
  'Wigston',
  'Syston',
  'Castle Donington',
] as const;

export const cancellationReasons = [
  'Cancelled: no compliant tenders were received.',
  'Cancelled: the budget was withdrawn at the budget-setting meeting.',
  'Cancelled: the requirement is now met through a regional framework.',
  'Cancelled: the service is being brought back in house.',
  'Cancelled: the scope changed and it will be re-tendered.',
] as const;

export const notApplicableReasons = [
  'Below the local policy threshold; a low-value quotation.',
  'One-off purchase below the local policy threshold, with no proportionate social value.',
  'Call-off from a national framework whose terms already secure social value.',
] as const;

export const extensionOptions = [
  'Option to extend by up to 24 months',
  'Two optional extensions of 12 months each',
  'One optional extension of up to 12 months',
] as const;
