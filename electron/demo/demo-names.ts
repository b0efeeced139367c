// Words the demo suppliers are made of: fictional names, people, streets and real-format
// postcodes. Phone numbers come from Ofcom's ranges reserved for drama, so none rings anyone.

import type { VcseType } from '../../shared/supplier';
import type { Trade } from './demo-catalogue';

/** A comma-separated list written across lines, as an array. */
function list(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** Made-up place-like words for company names. */
export const nameStems: readonly string[] = list(`
Ashgrove, Beechmoor, Birchley, Bramblewood, Brookvale, Carrowfield, Copperleigh, Dunmere,
Elmstead, Fairholme, Fernbridge, Foxcote, Glenmoor, Greystone, Hazelmere, Heathcote, Hollybank,
Ivydene, Juniper, Kestrel, Kingsmead, Larkfield, Lindenhall, Marlow Vale, Meadowbank,
Millbrook, Northwold, Oakmere, Orchardleigh, Pennyfield, Quarrybank, Ravensdale, Redwing,
Ridgeway, Rowanfield, Saxonbury, Sedgemoor, Silverbirch, Southmead, Stonecroft, Swallowfield,
Thistledown, Thornleigh, Upton Vale, Valleyside, Wensley, Westbrook, Willowmead, Wolds Edge,
Wrenfield, Yewtree, Amberley, Bridgend Mill, Charnfield, Dovecote, Eastmere, Fallowfield,
Goldcrest, Harrowden, Ironbridge Lane, Kingfisher, Longmeadow, Mistletoe, Nettlebed, Oldfield,
Primrose, Riverbend, Sandpiper, Teasel, Whitethorn
`);

export const surnames: readonly string[] = list(`
Ashworth, Barker, Begum, Bennett, Bradshaw, Brooks, Carter, Chapman, Chauhan, Clarke, Dawson,
Dixon, Ellis, Fletcher, Foster, Gibson, Hammond, Harding, Hartley, Holt, Hughes, Hussain,
Jarvis, Kaur, Kemp, Kowalski, Lakhani, Lambert, Lowe, Marsh, Mensah, Mistry, Moss, Nash, Novak,
Okafor, Osborne, Parekh, Patel, Pearce, Porter, Quinn, Reid, Rowe, Sharma, Shaw, Slater,
Spencer, Stokes, Sutton, Thornton, Tucker, Wade, Walsh, Webb, Whitfield, Wood, Yates
`);

export const firstNames: readonly string[] = list(`
Aisha, Amir, Anita, Ben, Chloe, Daniel, Deepa, Emma, Gareth, Hannah, Imran, James, Jas, Kate,
Kieran, Laura, Liam, Mandeep, Mark, Nadia, Neil, Olivia, Paul, Priya, Rachel, Raj, Rebecca,
Sam, Sarah, Simon, Sophie, Tom, Yusuf, Zoe
`);

/** Words a company in each trade puts after its name. */
export const tradeWords: Record<Trade, readonly string[]> = {
  grounds: ['Grounds Care', 'Landscapes', 'Tree Care', 'Arboriculture', 'Grounds Maintenance'],
  construction: [
    'Construction',
    'Building Contractors',
    'Builders',
    'Civil Engineering',
    'Roofing',
    'Property Maintenance',
  ],
  facilities: [
    'Facilities Management',
    'Cleaning Services',
    'Hygiene Services',
    'Lift Services',
    'Pest Control',
  ],
  care: ['Care', 'Home Care', 'Care Services', 'Support Services', 'Healthcare'],
  children: ['Family Services', 'Fostering', 'Youth Services', 'Learning', 'Tuition'],
  housing: ['Housing', 'Homes', 'Lettings', 'Residential Services'],
  it: ['IT Solutions', 'Digital', 'Software', 'Data Systems', 'Networks', 'Technology'],
  transport: ['Coaches', 'Travel', 'Fleet Services', 'Vehicle Hire', 'Commercial Vehicles'],
  waste: ['Recycling', 'Waste Services', 'Environmental Services', 'Composting'],
  consultancy: ['Consulting', 'Associates', 'Advisory', 'Partners', 'Solicitors'],
  energy: ['Energy', 'Solar', 'Heating', 'Electrical Contractors', 'Renewables'],
  supplies: ['Supplies', 'Office Supplies', 'Workwear', 'Equipment', 'Mobility Equipment'],
  print: ['Print', 'Design and Print', 'Signs', 'Graphics'],
  catering: ['Catering', 'Foods', 'Kitchens'],
  security: ['Security', 'Fire and Security', 'Alarms', 'Guarding'],
  leisure: ['Leisure', 'Sport and Leisure', 'Active', 'Arts', 'Heritage'],
};

/** How much of the council's buying each trade wins: how many suppliers of it to make. */
export const tradeWeights: Record<Trade, number> = {
  grounds: 3,
  construction: 7,
  facilities: 4,
  care: 6,
  children: 3,
  housing: 3,
  it: 5,
  transport: 3,
  waste: 2,
  consultancy: 4,
  energy: 3,
  supplies: 3,
  print: 2,
  catering: 2,
  security: 3,
  leisure: 2,
};

export interface VcseTemplate {
  type: VcseType;
  trade: Trade;
  /** The name, with {stem} for a made-up place word. */
  name: string;
  /** Registered with the Charity Commission or OSCR. */
  charity: boolean;
  /** Incorporated at Companies House. */
  company: boolean;
  /** Words in the titles of the work it is best placed to win. */
  serves: readonly string[];
}

const vcse = (
  type: VcseType,
  trade: Trade,
  name: string,
  registered: 'charity' | 'charitable company' | 'company',
  serves: string,
): VcseTemplate => ({
  type,
  trade,
  name,
  charity: registered !== 'company',
  company: registered !== 'charity',
  serves: list(serves),
});

export const vcseTemplates: readonly VcseTemplate[] = [
  vcse(
    'charity',
    'care',
    '{stem} Carers Centre',
    'charitable company',
    'Carers, Day opportunities',
  ),
  vcse(
    'charity',
    'housing',
    '{stem} Housing Trust',
    'charitable company',
    'accommodation, Tenancy',
  ),
  vcse('charity', 'children', '{stem} Youth Trust', 'charity', 'youth, Short breaks, Parenting'),
  vcse('charity', 'care', "{stem} Women's Refuge", 'charitable company', 'Domestic abuse'),
  vcse('community-interest-company', 'waste', '{stem} Reuse CIC', 'company', 'Bulky waste'),
  vcse('community-interest-company', 'catering', '{stem} Community Kitchen CIC', 'company', 'food'),
  vcse('social-enterprise', 'grounds', '{stem} Green Spaces Ltd', 'company', 'Grounds, Cemetery'),
  vcse('social-enterprise', 'facilities', '{stem} Clean Works Ltd', 'company', 'Cleaning'),
  vcse(
    'co-operative',
    'care',
    '{stem} Home Care Co-operative Ltd',
    'company',
    'Home care, Extra care',
  ),
  vcse('mutual', 'leisure', '{stem} Leisure Mutual Ltd', 'company', 'Leisure, Healthy, Falls'),
];

export interface Place {
  /** Postcode districts of the place. */
  outwards: readonly string[];
  town: string;
  /** A phone number in the drama range, but for its last three digits. */
  phone: string;
  scottish?: boolean;
}

export const localPlaces: readonly Place[] = [
  { outwards: ['LE1', 'LE2', 'LE3', 'LE4', 'LE5', 'LE19'], town: 'Leicester', phone: '0116 496 0' },
  { outwards: ['LE67'], town: 'Coalville', phone: '01632 960' },
  { outwards: ['LE65'], town: 'Ashby-de-la-Zouch', phone: '01632 960' },
  { outwards: ['LE11', 'LE12'], town: 'Loughborough', phone: '01632 960' },
  { outwards: ['LE10'], town: 'Hinckley', phone: '01632 960' },
  { outwards: ['LE13'], town: 'Melton Mowbray', phone: '01632 960' },
  { outwards: ['LE16'], town: 'Market Harborough', phone: '01632 960' },
  { outwards: ['LE17'], town: 'Lutterworth', phone: '01632 960' },
  { outwards: ['LE18'], town: 'Wigston', phone: '0116 496 0' },
];

export const elsewherePlaces: readonly Place[] = [
  { outwards: ['NG1', 'NG7', 'NG2'], town: 'Nottingham', phone: '0115 496 0' },
  { outwards: ['DE1', 'DE24'], town: 'Derby', phone: '01632 960' },
  { outwards: ['B4', 'B30', 'B11'], town: 'Birmingham', phone: '0121 496 0' },
  { outwards: ['CV1', 'CV3'], town: 'Coventry', phone: '01632 960' },
  { outwards: ['M1', 'M15'], town: 'Manchester', phone: '0161 496 0' },
  { outwards: ['LS1', 'LS11'], town: 'Leeds', phone: '0113 496 0' },
  { outwards: ['S1', 'S9'], town: 'Sheffield', phone: '0114 496 0' },
  { outwards: ['NN1', 'NN4'], town: 'Northampton', phone: '01632 960' },
  { outwards: ['PE1', 'PE2'], town: 'Peterborough', phone: '01632 960' },
  { outwards: ['MK9'], town: 'Milton Keynes', phone: '01632 960' },
  { outwards: ['BS1'], town: 'Bristol', phone: '0117 496 0' },
  { outwards: ['SE1', 'EC2A', 'SW1A'], town: 'London', phone: '020 7946 0' },
  { outwards: ['CF10'], town: 'Cardiff', phone: '029 2018 0' },
  { outwards: ['EH1', 'EH6'], town: 'Edinburgh', phone: '0131 496 0', scottish: true },
  { outwards: ['G2'], town: 'Glasgow', phone: '0141 496 0', scottish: true },
];

/** Letters used in the last two places of a postcode (never C, I, K, M, O or V). */
export const inwardLetters = 'ABDEFGHJLNPQRSTUWXYZ';

export const streets: readonly string[] = list(`
Station Road, Mill Lane, Victoria Street, Commerce Way, Meadow Lane, Canal Street, Forge Close,
Orchard Way, Kings Road, Albion Street, Wharf Road, Sandy Lane, Northgate, Bridge Street,
Chapel Row, Market Street, Queens Road, Park Avenue
`);

export const premises = [
  'Business Park',
  'Trading Estate',
  'Enterprise Centre',
  'Industrial Estate',
];
