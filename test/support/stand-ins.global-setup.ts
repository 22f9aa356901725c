import type { TestProject } from 'vitest/node';
import { type StandInEndpoints, startStandIns } from '#local/stand-ins';

declare module 'vitest' {
  export interface ProvidedContext {
    standIns: StandInEndpoints;
  }
}

/** One set of real stand-ins (DynamoDB Local, fauxqs, SES inbox) for every integration and e2e test file. */
export default async function setup(project: TestProject) {
  const standIns = await startStandIns({ sesPort: 0 });
  project.provide('standIns', standIns.endpoints);
  return () => standIns.stop();
}
