import { newReference, referenceFor } from './references.ts';

/** A new ask reference such as `ASK-7K3M9Q2XHD` (50 random bits). */
export const newAskId = (): string => newReference('ASK');

/** The ask reference a submission always gets (see `referenceFor`): `submissionId` names it. */
export const askIdFor = (submissionId: string): string => referenceFor('ASK', submissionId);
