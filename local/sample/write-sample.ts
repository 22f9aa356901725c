/**
 * Writes the invented sample directory `npm start` loads: `gias-sample.csv` (about 40 schools
 * in the published GIAS shape, Windows-1252) and `school-contacts.csv` (their contacts, UTF-8).
 * Every school, person and address here is invented; URNs are 99xxxx.
 *
 * Run after changing the table below: `npx tsx local/sample/write-sample.ts`.
 */
import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type GiasValues, giasExtractBytes } from './gias-csv.ts';

const HERE = dirname(fileURLToPath(import.meta.url));

// GIAS code lists (names as GIAS publishes them).
const LA = {
  essex: ['881', 'Essex'],
  southend: ['882', 'Southend-on-Sea'],
  thurrock: ['883', 'Thurrock'],
  herts: ['919', 'Hertfordshire'],
} as const;
const TYPE = {
  community: ['01', 'Community school', '4'],
  va: ['02', 'Voluntary aided school', '4'],
  vc: ['03', 'Voluntary controlled school', '4'],
  foundation: ['05', 'Foundation school', '4'],
  communitySpecial: ['07', 'Community special school', '5'],
  nonMaintainedSpecial: ['08', 'Non-maintained special school', '5'],
  independentSpecial: ['10', 'Other independent special school', '3'],
  independent: ['11', 'Other independent school', '3'],
  foundationSpecial: ['12', 'Foundation special school', '5'],
  pru: ['14', 'Pupil referral unit', '4'],
  laNursery: ['15', 'Local authority nursery school', '4'],
  sponsorLed: ['28', 'Academy sponsor led', '10'],
  converter: ['34', 'Academy converter', '10'],
  freeSchool: ['35', 'Free schools', '11'],
  freeSpecial: ['36', 'Free schools special', '11'],
  free1619: ['39', 'Free schools 16 to 19', '11'],
  utc: ['40', 'University technical college', '11'],
  studio: ['41', 'Studio schools', '11'],
  apConverter: ['42', 'Academy alternative provision converter', '10'],
  specialConverter: ['44', 'Academy special converter', '10'],
  academy1619: ['45', 'Academy 16-19 converter', '10'],
} as const;
const GROUP: Record<string, string> = {
  '3': 'Independent schools',
  '4': 'Local authority maintained schools',
  '5': 'Special schools',
  '10': 'Academies',
  '11': 'Free Schools',
};
const STATUS = {
  open: ['1', 'Open'],
  closed: ['2', 'Closed'],
  closing: ['3', 'Open, but proposed to close'],
  proposed: ['4', 'Proposed to open'],
} as const;
const PHASE = {
  none: ['0', 'Not applicable'],
  nursery: ['1', 'Nursery'],
  primary: ['2', 'Primary'],
  middlePrimary: ['3', 'Middle deemed primary'],
  secondary: ['4', 'Secondary'],
  middleSecondary: ['5', 'Middle deemed secondary'],
  sixteenPlus: ['6', '16 plus'],
  allThrough: ['7', 'All-through'],
} as const;

interface SampleSchool {
  readonly urn: number;
  readonly name: string;
  readonly la: keyof typeof LA;
  readonly type: keyof typeof TYPE;
  readonly status?: keyof typeof STATUS;
  readonly phase: keyof typeof PHASE;
  readonly ages: readonly [number, number];
  readonly town: string;
  readonly postcode: string;
  readonly opened?: string;
  readonly closed?: string;
  readonly closedBecause?: string;
  readonly religion?: string;
}

/**
 * The sample county: Essex maintained schools, academies and free schools of each phase,
 * special schools, a PRU, independent schools, neighbouring councils' schools, closed schools.
 */
// biome-ignore format: one school per line reads as a table
const SCHOOLS: readonly SampleSchool[] = [
  // Essex, LA maintained. 999001 and 999123 are the demo's and the tests' bookers.
  { urn: 999001, name: 'Example Church of England Primary School', la: 'essex', type: 'vc', phase: 'primary', ages: [4, 11], town: 'Chelmsford', postcode: 'CM1 9ZA', religion: 'Church of England' },
  { urn: 999123, name: 'Example Park Primary School', la: 'essex', type: 'community', phase: 'primary', ages: [4, 11], town: 'Colchester', postcode: 'CO1 9ZB' },
  { urn: 999003, name: 'St Mary’s Catholic Primary School', la: 'essex', type: 'va', phase: 'primary', ages: [4, 11], town: 'Braintree', postcode: 'CM7 9ZC', religion: 'Roman Catholic' },
  { urn: 999004, name: 'Example Foundation High School', la: 'essex', type: 'foundation', phase: 'secondary', ages: [11, 16], town: 'Harlow', postcode: 'CM20 9ZD' },
  { urn: 999005, name: 'Example Nursery School', la: 'essex', type: 'laNursery', phase: 'nursery', ages: [2, 5], town: 'Basildon', postcode: 'SS14 9ZE' },
  { urn: 999006, name: 'Example Green Infant School', la: 'essex', type: 'community', phase: 'primary', ages: [4, 7], town: 'Witham', postcode: 'CM8 9ZF' },
  { urn: 999007, name: 'Example Green Junior School', la: 'essex', type: 'community', phase: 'primary', ages: [7, 11], town: 'Witham', postcode: 'CM8 9ZG' },
  { urn: 999008, name: 'Example Brook Community Special School', la: 'essex', type: 'communitySpecial', phase: 'none', ages: [3, 19], town: 'Chelmsford', postcode: 'CM2 9ZH' },
  { urn: 999009, name: 'Example Meadow Foundation Special School', la: 'essex', type: 'foundationSpecial', phase: 'none', ages: [5, 16], town: 'Clacton-on-Sea', postcode: 'CO15 9ZJ' },
  { urn: 999010, name: 'Example Pupil Referral Unit', la: 'essex', type: 'pru', phase: 'none', ages: [11, 16], town: 'Colchester', postcode: 'CO2 9ZL' },
  { urn: 999011, name: 'Example St Peter’s CofE Voluntary Aided Primary School', la: 'essex', type: 'va', phase: 'primary', ages: [4, 11], town: 'Saffron Walden', postcode: 'CB11 9ZN', religion: 'Church of England' },
  { urn: 999012, name: 'Example Heath Middle School', la: 'essex', type: 'foundation', phase: 'middlePrimary', ages: [9, 13], town: 'Dunmow', postcode: 'CM6 9ZP' },
  { urn: 999035, name: 'Example Foundation Primary School', la: 'essex', type: 'foundation', phase: 'primary', ages: [3, 11], town: 'Maldon', postcode: 'CM9 9ZQ' },
  { urn: 999033, name: 'Example Village Primary School', la: 'essex', type: 'community', status: 'closing', phase: 'primary', ages: [4, 11], town: 'Halstead', postcode: 'CO9 9ZR' },
  // Essex academies and free schools, every phase.
  { urn: 999002, name: 'Example Academy', la: 'essex', type: 'converter', phase: 'secondary', ages: [11, 18], town: 'Brentwood', postcode: 'CM14 9ZS', opened: '01-09-2011' },
  { urn: 999013, name: 'Example Primary Academy', la: 'essex', type: 'converter', phase: 'primary', ages: [4, 11], town: 'Rayleigh', postcode: 'SS6 9ZT', opened: '01-04-2021' },
  { urn: 999014, name: 'Example Early Years Free School', la: 'essex', type: 'freeSchool', phase: 'nursery', ages: [2, 5], town: 'Harlow', postcode: 'CM19 9ZU', opened: '01-09-2019' },
  { urn: 999015, name: 'Example Middle Academy', la: 'essex', type: 'converter', phase: 'middleSecondary', ages: [9, 13], town: 'Great Dunmow', postcode: 'CM6 9ZW', opened: '01-09-2013' },
  { urn: 999016, name: 'Example All-Through Academy', la: 'essex', type: 'sponsorLed', phase: 'allThrough', ages: [4, 18], town: 'Basildon', postcode: 'SS15 9ZX', opened: '01-09-2014' },
  { urn: 999017, name: 'Example Sixth Form Free School', la: 'essex', type: 'free1619', phase: 'sixteenPlus', ages: [16, 19], town: 'Chelmsford', postcode: 'CM1 9ZY', opened: '01-09-2016' },
  { urn: 999018, name: 'Example Free Primary School', la: 'essex', type: 'freeSchool', phase: 'primary', ages: [4, 11], town: 'Colchester', postcode: 'CO4 9YA', opened: '01-09-2015' },
  { urn: 999019, name: 'Example Secondary Free School', la: 'essex', type: 'freeSchool', phase: 'secondary', ages: [11, 16], town: 'Harlow', postcode: 'CM18 9YB', opened: '01-09-2018' },
  { urn: 999020, name: 'Example Special Academy', la: 'essex', type: 'specialConverter', phase: 'none', ages: [3, 19], town: 'Billericay', postcode: 'CM12 9YD', opened: '01-11-2016' },
  { urn: 999021, name: 'Example Special Free School', la: 'essex', type: 'freeSpecial', phase: 'none', ages: [4, 19], town: 'Witham', postcode: 'CM8 9YE', opened: '01-09-2020' },
  { urn: 999022, name: 'Example Alternative Provision Academy', la: 'essex', type: 'apConverter', phase: 'none', ages: [11, 16], town: 'Harlow', postcode: 'CM20 9YF', opened: '01-02-2017' },
  { urn: 999023, name: 'Example Studio School', la: 'essex', type: 'studio', phase: 'secondary', ages: [14, 19], town: 'Chelmsford', postcode: 'CM2 9YG', opened: '01-09-2014' },
  { urn: 999024, name: 'Example University Technical College', la: 'essex', type: 'utc', phase: 'secondary', ages: [14, 19], town: 'Colchester', postcode: 'CO3 9YH', opened: '01-09-2016' },
  { urn: 999025, name: 'Example Sixth Form Academy', la: 'essex', type: 'academy1619', phase: 'sixteenPlus', ages: [16, 19], town: 'Southminster', postcode: 'CM0 9YJ', opened: '01-08-2015' },
  { urn: 999034, name: 'Example New Free School', la: 'essex', type: 'freeSchool', status: 'proposed', phase: 'primary', ages: [4, 11], town: 'Chelmsford', postcode: 'CM3 9YL', opened: '01-09-2027' },
  // Essex, neither maintained nor academy.
  { urn: 999026, name: 'Example Independent School', la: 'essex', type: 'independent', phase: 'allThrough', ages: [3, 18], town: 'Brentwood', postcode: 'CM15 9YN' },
  { urn: 999027, name: 'Example Independent Special School', la: 'essex', type: 'independentSpecial', phase: 'none', ages: [7, 19], town: 'Colchester', postcode: 'CO5 9YP' },
  { urn: 999028, name: 'Example Non-Maintained Special School', la: 'essex', type: 'nonMaintainedSpecial', phase: 'none', ages: [5, 19], town: 'Epping', postcode: 'CM16 9YQ' },
  // Closed.
  { urn: 999030, name: 'Example Old Infant School', la: 'essex', type: 'community', status: 'closed', phase: 'primary', ages: [4, 7], town: 'Witham', postcode: 'CM8 9YR', closed: '31-08-2019', closedBecause: 'Merged' },
  { urn: 999031, name: 'Example Former Primary School', la: 'essex', type: 'vc', status: 'closed', phase: 'primary', ages: [4, 11], town: 'Rayleigh', postcode: 'SS6 9YS', closed: '31-03-2021', closedBecause: 'Academy Converter', religion: 'Church of England' },
  { urn: 999032, name: 'Example Closed High School', la: 'essex', type: 'foundation', status: 'closed', phase: 'secondary', ages: [11, 16], town: 'Brentwood', postcode: 'CM13 9YT', closed: '31-08-2015', closedBecause: 'Closure' },
  // Neighbours: other councils.
  { urn: 999040, name: 'Example Southend Primary School', la: 'southend', type: 'community', phase: 'primary', ages: [4, 11], town: 'Southend-on-Sea', postcode: 'SS1 9YU' },
  { urn: 999041, name: 'Example Southend Academy', la: 'southend', type: 'converter', phase: 'secondary', ages: [11, 18], town: 'Westcliff-on-Sea', postcode: 'SS0 9YW', opened: '01-04-2012' },
  { urn: 999042, name: 'Example Thurrock Catholic Primary School', la: 'thurrock', type: 'va', phase: 'primary', ages: [4, 11], town: 'Grays', postcode: 'RM17 9YX', religion: 'Roman Catholic' },
  { urn: 999043, name: 'Example Thurrock Free School', la: 'thurrock', type: 'freeSchool', phase: 'secondary', ages: [11, 16], town: 'Tilbury', postcode: 'RM18 9YY', opened: '01-09-2017' },
  { urn: 999044, name: 'Example Hertfordshire Academy', la: 'herts', type: 'sponsorLed', phase: 'secondary', ages: [11, 18], town: 'Bishop’s Stortford', postcode: 'CM23 9YZ', opened: '01-09-2012' },
];

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/’/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const FIRST = [
  'Alex',
  'Sam',
  'Jo',
  'Chris',
  'Pat',
  'Robin',
  'Jamie',
  'Morgan',
  'Charlie',
  'Taylor',
  'Casey',
  'Jordan',
];
const LAST = [
  'Example',
  'Sample',
  'Placeholder',
  'Testing',
  'Demo',
  'Specimen',
  'Model',
  'Pattern',
  'Mock',
  'Trial',
];
const ROLES = ['headteacher', 'school-business-manager', 'senco', 'office'] as const;
const ROLE_MAILBOX = {
  headteacher: 'head',
  'school-business-manager': 'sbm',
  senco: 'senco',
  office: 'office',
};

function giasRow(school: SampleSchool, i: number): GiasValues {
  const [laCode, laName] = LA[school.la];
  const [typeCode, typeName, groupCode] = TYPE[school.type];
  const [statusCode, statusName] = STATUS[school.status ?? 'open'];
  const [phaseCode, phaseName] = PHASE[school.phase];
  const independent = groupCode === '3';
  return {
    URN: school.urn,
    'LA (code)': laCode,
    'LA (name)': laName,
    EstablishmentNumber: 2000 + i,
    EstablishmentName: school.name,
    'TypeOfEstablishment (code)': typeCode,
    'TypeOfEstablishment (name)': typeName,
    'EstablishmentTypeGroup (code)': groupCode,
    'EstablishmentTypeGroup (name)': GROUP[groupCode],
    'EstablishmentStatus (code)': statusCode,
    'EstablishmentStatus (name)': statusName,
    'ReasonEstablishmentOpened (code)': school.opened ? '10' : '00',
    'ReasonEstablishmentOpened (name)': school.opened ? 'Academy Converter' : 'Not applicable',
    OpenDate: school.opened ?? '',
    'ReasonEstablishmentClosed (code)': school.closed ? '99' : '00',
    'ReasonEstablishmentClosed (name)': school.closedBecause ?? 'Not applicable',
    CloseDate: school.closed ?? '',
    'PhaseOfEducation (code)': phaseCode,
    'PhaseOfEducation (name)': phaseName,
    StatutoryLowAge: school.ages[0],
    StatutoryHighAge: school.ages[1],
    'Boarders (code)': '1',
    'Boarders (name)': 'No boarders',
    'NurseryProvision (name)': school.ages[0] < 4 ? 'Has Nursery Classes' : 'No Nursery Classes',
    'OfficialSixthForm (code)': school.ages[1] > 16 ? '1' : '2',
    'OfficialSixthForm (name)': school.ages[1] > 16 ? 'Has a sixth form' : 'Does not have a sixth form',
    'Gender (code)': '3',
    'Gender (name)': 'Mixed',
    'ReligiousCharacter (code)': school.religion ? '02' : '06',
    'ReligiousCharacter (name)': school.religion ?? 'Does not apply',
    'AdmissionsPolicy (code)': '0',
    'AdmissionsPolicy (name)': 'Not applicable',
    SchoolCapacity: 210 + 30 * (i % 20),
    NumberOfPupils: 190 + 29 * (i % 20),
    UKPRN: 19_990_000 + i,
    Street: `${1 + (i % 90)} Example Road`,
    Town: school.town,
    'County (name)': laName === 'Essex' ? 'Essex' : '',
    Postcode: school.postcode,
    SchoolWebsite: `https://www.${slug(school.name)}.example.org`,
    TelephoneNum: `01632 960${String(100 + i).padStart(3, '0')}`,
    'HeadTitle (name)': 'Mx',
    HeadFirstName: FIRST[i % FIRST.length],
    HeadLastName: LAST[i % LAST.length],
    HeadPreferredJobTitle: 'Headteacher',
    'InspectorateName (name)': independent ? 'ISI' : 'Not applicable',
    'GOR (code)': 'G',
    'GOR (name)': 'East of England',
    'UrbanRural (code)': 'C1',
    'UrbanRural (name)': '(England/Wales) Urban city and town',
    Easting: 570_000 + i * 37,
    Northing: 207_000 + i * 53,
    'Country (name)': 'United Kingdom',
  };
}

/** 2 to 4 contacts per school that has staff (closed schools have none), at the school's own domain. */
function contactRows(school: SampleSchool, i: number): string[] {
  if (school.status === 'closed') return [];
  const domain = `${slug(school.name)}.example.org`;
  const count = 2 + (i % 3);
  return ROLES.slice(0, count).map((role, r) => {
    const name = `${FIRST[(i + r * 5) % FIRST.length]} ${LAST[(i + r * 3) % LAST.length]}`;
    return [school.urn, role, `"${name}"`, `${ROLE_MAILBOX[role]}@${domain}`].join(',');
  });
}

writeFileSync(resolve(HERE, 'gias-sample.csv'), giasExtractBytes(SCHOOLS.map(giasRow)));
writeFileSync(
  resolve(HERE, 'school-contacts.csv'),
  `${['urn,role,name,email', ...SCHOOLS.flatMap(contactRows)].join('\n')}\n`,
);
console.log(`Wrote ${SCHOOLS.length} schools and their contacts to ${HERE}.`);
