/**
 * Writing files in the shape of the DfE GIAS all-establishments extract, for the invented
 * sample directory, the benchmark's synthetic county and tests: the published header (139
 * columns, as recorded in shared/GIAS.md), text quoted and numbers not, CRLF line ends,
 * Windows-1252 bytes.
 */
import iconv from 'iconv-lite';

/** The extract's header, in the published order. */
export const GIAS_HEADER: readonly string[] = [
  'URN',
  'LA (code)',
  'LA (name)',
  'EstablishmentNumber',
  'EstablishmentName',
  'TypeOfEstablishment (code)',
  'TypeOfEstablishment (name)',
  'EstablishmentTypeGroup (code)',
  'EstablishmentTypeGroup (name)',
  'EstablishmentStatus (code)',
  'EstablishmentStatus (name)',
  'ReasonEstablishmentOpened (code)',
  'ReasonEstablishmentOpened (name)',
  'OpenDate',
  'ReasonEstablishmentClosed (code)',
  'ReasonEstablishmentClosed (name)',
  'CloseDate',
  'PhaseOfEducation (code)',
  'PhaseOfEducation (name)',
  'StatutoryLowAge',
  'StatutoryHighAge',
  'Boarders (code)',
  'Boarders (name)',
  'NurseryProvision (name)',
  'OfficialSixthForm (code)',
  'OfficialSixthForm (name)',
  'Gender (code)',
  'Gender (name)',
  'ReligiousCharacter (code)',
  'ReligiousCharacter (name)',
  'ReligiousEthos (name)',
  'Diocese (code)',
  'Diocese (name)',
  'AdmissionsPolicy (code)',
  'AdmissionsPolicy (name)',
  'SchoolCapacity',
  'SpecialClasses (code)',
  'SpecialClasses (name)',
  'CensusDate',
  'NumberOfPupils',
  'NumberOfBoys',
  'NumberOfGirls',
  'PercentageFSM',
  'TrustSchoolFlag (code)',
  'TrustSchoolFlag (name)',
  'Trusts (code)',
  'Trusts (name)',
  'SchoolSponsorFlag (name)',
  'SchoolSponsors (name)',
  'FederationFlag (name)',
  'Federations (code)',
  'Federations (name)',
  'UKPRN',
  'FEHEIdentifier',
  'FurtherEducationType (name)',
  'OfstedLastInsp',
  'OfstedSpecialMeasures (code)',
  'OfstedSpecialMeasures (name)',
  'LastChangedDate',
  'Street',
  'Locality',
  'Address3',
  'Town',
  'County (name)',
  'Postcode',
  'SchoolWebsite',
  'TelephoneNum',
  'HeadTitle (name)',
  'HeadFirstName',
  'HeadLastName',
  'HeadPreferredJobTitle',
  'BSOInspectorateName (name)',
  'InspectorateReport',
  'DateOfLastInspectionVisit',
  'NextInspectionVisit',
  'TeenMoth (name)',
  'TeenMothPlaces',
  'CCF (name)',
  'SENPRU (name)',
  'EBD (name)',
  'PlacesPRU',
  'FTProv (name)',
  'EdByOther (name)',
  'Section41Approved (name)',
  'SEN1 (name)',
  'SEN2 (name)',
  'SEN3 (name)',
  'SEN4 (name)',
  'SEN5 (name)',
  'SEN6 (name)',
  'SEN7 (name)',
  'SEN8 (name)',
  'SEN9 (name)',
  'SEN10 (name)',
  'SEN11 (name)',
  'SEN12 (name)',
  'SEN13 (name)',
  'TypeOfResourcedProvision (name)',
  'ResourcedProvisionOnRoll',
  'ResourcedProvisionCapacity',
  'SenUnitOnRoll',
  'SenUnitCapacity',
  'GOR (code)',
  'GOR (name)',
  'DistrictAdministrative (code)',
  'DistrictAdministrative (name)',
  'AdministrativeWard (code)',
  'AdministrativeWard (name)',
  'ParliamentaryConstituency (code)',
  'ParliamentaryConstituency (name)',
  'UrbanRural (code)',
  'UrbanRural (name)',
  'GSSLACode (name)',
  'Easting',
  'Northing',
  'CensusAreaStatisticWard (name)',
  'MSOA (name)',
  'LSOA (name)',
  'InspectorateName (name)',
  'SENStat',
  'SENNoStat',
  'BoardingEstablishment (name)',
  'PropsName',
  'PreviousLA (code)',
  'PreviousLA (name)',
  'PreviousEstablishmentNumber',
  'OfstedRating (name)',
  'RSCRegion (name)',
  'Country (name)',
  'UPRN',
  'SiteName',
  'QABName (code)',
  'QABName (name)',
  'EstablishmentAccredited (code)',
  'EstablishmentAccredited (name)',
  'QABReport',
  'CHNumber',
  'MSOA (code)',
  'LSOA (code)',
];

/** Columns GIAS writes as bare numbers (`100000`, `3`); every other value is quoted. */
const NUMERIC_COLUMNS: ReadonlySet<string> = new Set([
  'URN',
  'EstablishmentNumber',
  'StatutoryLowAge',
  'StatutoryHighAge',
  'SchoolCapacity',
  'NumberOfPupils',
  'NumberOfBoys',
  'NumberOfGirls',
  'UKPRN',
  'FEHEIdentifier',
  'PlacesPRU',
  'TeenMothPlaces',
  'ResourcedProvisionOnRoll',
  'ResourcedProvisionCapacity',
  'SenUnitOnRoll',
  'SenUnitCapacity',
  'Easting',
  'Northing',
  'SENStat',
  'SENNoStat',
  'PreviousEstablishmentNumber',
  'UPRN',
]);

/** One row's values by column name; columns not given are empty. */
export type GiasValues = Readonly<Partial<Record<string, string | number>>>;

const quoted = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** The header line, every name quoted. */
export const giasHeaderLine = (header: readonly string[] = GIAS_HEADER): string =>
  header.map(quoted).join(',');

/** One data line: numbers bare (empty when absent), text quoted (`""` when absent). */
export const giasDataLine = (values: GiasValues, header: readonly string[] = GIAS_HEADER): string =>
  header
    .map((column) => {
      const value = values[column];
      if (NUMERIC_COLUMNS.has(column) && (value === undefined || /^\d+$/.test(String(value)))) {
        return value === undefined ? '' : String(value);
      }
      return quoted(value === undefined ? '' : String(value));
    })
    .join(',');

/** A whole extract as GIAS publishes it: Windows-1252 bytes, CRLF line ends. */
export const giasExtractBytes = (
  rows: readonly GiasValues[],
  header: readonly string[] = GIAS_HEADER,
): Buffer =>
  iconv.encode(
    `${[giasHeaderLine(header), ...rows.map((row) => giasDataLine(row, header))].join('\r\n')}\r\n`,
    'win1252',
  );
