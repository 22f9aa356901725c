import { describe, expect, it } from 'vitest';
import {
  dueSoonWorkingDaysSetting,
  person,
  quadrantManagersSetting,
  SettingError,
} from '#functions/commons/ehcp-settings';
import { SETTINGS } from '#wiring/settings';

describe('EHCP deployment settings', () => {
  it("reads the default quadrant managers, keyed by the council's names", () => {
    const managers = quadrantManagersSetting(SETTINGS.quadrantManagers.default);

    expect(managers['north-east']).toEqual({
      name: 'North East quadrant manager',
      email: 'send.northeast.manager@example.gov.uk',
    });
    expect(Object.keys(managers)).toEqual(['north-east', 'mid', 'south', 'west']);
  });

  it('takes a name with the address, and codes as keys', () => {
    const managers = quadrantManagersSetting(
      JSON.stringify({
        'north-east': 'a@example.gov.uk',
        mid: 'Morgan Manager <m@example.gov.uk>',
        south: 's@example.gov.uk',
        west: 'w@example.gov.uk',
      }),
    );

    expect(managers.mid).toEqual({ name: 'Morgan Manager', email: 'm@example.gov.uk' });
  });

  it.each([
    ['not json', /must be JSON/],
    [JSON.stringify({ 'North East': 'a@example.gov.uk' }), /no address for Mid/],
    [
      JSON.stringify({ 'North East': 'nobody', Mid: 'm@x.org', South: 's@x.org', West: 'w@x.org' }),
      /"North East" must be an email address/,
    ],
  ])('refuses %s, saying why', (value, message) => {
    expect(() => quadrantManagersSetting(value)).toThrow(SettingError);
    expect(() => quadrantManagersSetting(value)).toThrow(message);
  });

  it('reads the Director as "Name <address>"', () => {
    expect(person(SETTINGS.directorOfEducation.default, 'DIRECTOR_OF_EDUCATION', 'x')).toEqual({
      name: 'Director of Education',
      email: 'director.education@example.gov.uk',
    });
  });

  it.each([
    ['5', 5],
    ['10', 10],
  ])('reads %s working days', (value, days) => {
    expect(dueSoonWorkingDaysSetting(value)).toBe(days);
  });

  it.each(['0', '2.5', 'five', '21'])('refuses %s working days', (value) => {
    expect(() => dueSoonWorkingDaysSetting(value)).toThrow(
      /EHCP_DUE_SOON_WORKING_DAYS must be a whole number/,
    );
  });
});
