import { describe, expect, it } from 'vitest';
import { environmentFor, settingValues } from '#wiring/environment';
import { SETTINGS } from '#wiring/settings';
import type { AnyWiring, FunctionSpec } from '#wiring/types';

const wiring: AnyWiring = { tables: {}, queues: {}, functions: {}, rules: [], schedules: [], routes: [] };
const values = (overrides?: Record<string, string>) => ({
  table: () => 'unused',
  queueUrl: () => 'unused',
  busName: 'unused',
  mailFrom: 'unused',
  mailConfigurationSet: 'unused',
  setting: settingValues(overrides),
});
const sweep: FunctionSpec<string, string> = {
  entry: 'functions/x.ts',
  description: 'x',
  memoryMb: 128,
  timeoutSeconds: 3,
  settings: ['quadrantManagers', 'schoolsCommunicationsMailbox'],
};

describe('deployment settings', () => {
  it('gives a function exactly the settings it names, as their environment variables', () => {
    const env = environmentFor(wiring, sweep, values());

    expect(Object.keys(env).sort()).toEqual(['QUADRANT_MANAGERS', 'SCHOOLS_COMMUNICATIONS_MAILBOX']);
    expect(env.SCHOOLS_COMMUNICATIONS_MAILBOX).toBe('schools.communications@example.gov.uk');
  });

  it('takes a deployment’s value over the placeholder default', () => {
    const env = environmentFor(
      wiring,
      sweep,
      values({ schoolsCommunicationsMailbox: 'comms@council.example.org' }),
    );

    expect(env.SCHOOLS_COMMUNICATIONS_MAILBOX).toBe('comms@council.example.org');
  });

  it('uses placeholder addresses only, never a real council domain', () => {
    const defaults = Object.values(SETTINGS)
      .map((s) => s.default)
      .join(' ');

    expect(defaults).not.toMatch(/@(?!example\.)[\w.-]+/);
  });
});
