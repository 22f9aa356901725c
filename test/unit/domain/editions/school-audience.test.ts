import { describe, expect, it } from 'vitest';
import {
  audienceOfSchool,
  type EditionSchool,
  reachesRole,
  reachesSchool,
} from '#domain/editions/school-audience';
import type { CommsAudience } from '#events/comms-item';
import { SCHOOLS } from '#test/support/comms-items';

const school = (
  phase: string | undefined,
  type: [code: string, name: string],
  group: [code: string, name: string],
): EditionSchool => ({
  urn: '990100',
  name: 'Example School',
  ...(phase === undefined ? {} : { phase: { code: phase, name: 'as GIAS names it' } }),
  establishmentType: { code: type[0], name: type[1] },
  typeGroup: { code: group[0], name: group[1] },
});

const audience = (overrides: Partial<CommsAudience>): CommsAudience => ({
  roles: [],
  phases: [],
  schoolTypes: [],
  ...overrides,
});

describe('what an audience can match at a school, from its GIAS record', () => {
  it.each([
    ['1', ['nursery']],
    ['2', ['primary']],
    ['3', ['primary']],
    ['4', ['secondary']],
    ['5', ['secondary']],
    ['6', ['16-plus']],
    ['7', ['all-through', 'primary', 'secondary']],
    ['0', []],
  ])('reads PhaseOfEducation %s as %j', (phase, phases) => {
    // prepare
    const record = school(phase, ['01', 'Community school'], ['4', 'Local authority maintained schools']);

    // act
    const found = audienceOfSchool(record);

    // assert
    expect([...found.phases]).toEqual(phases);
  });

  it.each([
    ['01', 'Community school', '4', ['la-maintained']],
    ['02', 'Voluntary aided school', '4', ['la-maintained']],
    ['15', 'LA nursery school', '4', ['la-maintained']],
    ['07', 'Community special school', '4', ['la-maintained', 'special']],
    ['14', 'Pupil referral unit', '4', ['la-maintained', 'alternative-provision']],
    ['34', 'Academy converter', '10', ['academy']],
    ['35', 'Free schools', '11', ['academy']],
    ['44', 'Academy special converter', '10', ['academy', 'special']],
    ['43', 'Academy alternative provision sponsor led', '10', ['academy', 'alternative-provision']],
    ['11', 'Other independent school', '3', ['independent']],
    ['08', 'Non-maintained special school', '5', ['special']],
  ])('reads TypeOfEstablishment %s (%s) in type group %s as %j', (code, name, group, types) => {
    // prepare
    const record = school('2', [code, name], [group, 'as GIAS names it']);

    // act
    const found = audienceOfSchool(record);

    // assert
    expect([...found.schoolTypes].sort()).toEqual([...types].sort());
  });
});

describe('which items reach a school and a contact', () => {
  it('reaches every school when the item names no phase and no type', () => {
    // prepare
    const everyone = audience({});

    // act
    const reached = Object.values(SCHOOLS).map((s) => reachesSchool(everyone, audienceOfSchool(s)));

    // assert
    expect(reached).toEqual([true, true, true]);
  });

  it('reaches a school of a named phase and type only', () => {
    // prepare
    const secondaryAcademies = audience({ phases: ['secondary'], schoolTypes: ['academy'] });

    // act
    const reached = {
      primaryMaintained: reachesSchool(secondaryAcademies, audienceOfSchool(SCHOOLS.primaryMaintained)),
      secondaryAcademy: reachesSchool(secondaryAcademies, audienceOfSchool(SCHOOLS.secondaryAcademy)),
    };

    // assert
    expect(reached).toEqual({ primaryMaintained: false, secondaryAcademy: true });
  });

  it('reaches an all-through school with an item for primary schools', () => {
    // prepare
    const allThrough = school('7', ['34', 'Academy converter'], ['10', 'Academies']);

    // act
    const reached = reachesSchool(audience({ phases: ['primary'] }), audienceOfSchool(allThrough));

    // assert
    expect(reached).toBe(true);
  });

  it('does not filter out by phase a special school GIAS gives no phase, but does by type', () => {
    // prepare
    const special = audienceOfSchool(SCHOOLS.specialMaintained);

    // act
    const reached = [
      reachesSchool(audience({ phases: ['primary'] }), special),
      reachesSchool(audience({ phases: ['primary'], schoolTypes: ['special'] }), special),
      reachesSchool(audience({ schoolTypes: ['academy'] }), special),
    ];

    // assert
    expect(reached).toEqual([true, true, false]);
  });

  it('reaches every contact when the item names no role, and otherwise a contact holding any named role', () => {
    // prepare
    const forSencos = audience({ roles: ['senco'] });

    // act
    const reached = [
      reachesRole(audience({}), ['office']),
      reachesRole(forSencos, ['senco']),
      reachesRole(forSencos, ['headteacher']),
      reachesRole(forSencos, ['headteacher', 'senco']),
    ];

    // assert
    expect(reached).toEqual([true, true, false, true]);
  });
});
