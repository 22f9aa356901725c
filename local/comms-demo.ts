import type { CommsItemRequestInput } from '#events/comms-item';

/** A few invented items a newcomer sees go out in the Monday email. */
export const demoCommsItems = (): CommsItemRequestInput[] => [
  {
    headline: 'Spring census: check your pupil records',
    summary: 'Census day is the third Thursday in January. Run the pre-census checks in your MIS now.',
    body: '## What to do\n\n1. Run the **pre-census checks**.\n2. Resolve every error and query.\n\nThe [census guide](https://example.gov.uk/census/spring) explains each check.',
    category: 'action-required',
    actionBy: undefined,
    audience: { roles: ['headteacher', 'office'], phases: [], schoolTypes: [] },
    owner: {
      team: 'Education Data and Information',
      contact: { name: 'Sam Taylor', email: 'education.data@example.gov.uk' },
    },
    links: [{ text: 'School census guide', url: 'https://example.gov.uk/census/guide' }],
  },
  {
    headline: 'Winter road gritting routes published',
    summary: 'See which roads near your school are gritted this winter.',
    category: 'for-information',
    owner: { team: 'Highways', contact: { name: 'Pat Lee', email: 'highways.info@example.gov.uk' } },
    links: [{ text: 'Gritting routes map', url: 'https://example.gov.uk/highways/gritting' }],
  },
  {
    headline: 'SENCO network meeting: spring term dates',
    summary: 'Book a place at the spring SENCO network meetings.',
    body: '- Tuesday 12 January, online\n- Wednesday 3 February, Chelmsford',
    category: 'training-and-events',
    audience: { roles: ['senco'], phases: [], schoolTypes: [] },
    owner: { team: 'SEND Services', contact: { name: 'Jo Morgan', email: 'send.network@example.gov.uk' } },
  },
];

/** Posts the demo items (the action due three weeks on) and a letter; resolves with the edition they go out in. */
export async function playCommsDemo(apiUrl: string, now: Date): Promise<string> {
  const actionBy = new Date(now.getTime() + 21 * 86_400_000).toISOString().slice(0, 10);
  let edition = '';
  for (const item of demoCommsItems()) {
    const body = item.category === 'action-required' ? { ...item, actionBy } : item;
    const response = await fetch(`${apiUrl}/comms/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const accepted = (await response.json()) as { edition?: string };
    if (response.status !== 202 || !accepted.edition)
      throw new Error(`demo item was not accepted: ${response.status} ${JSON.stringify(accepted)}`);
    edition = accepted.edition;
  }
  await fetch(`${apiUrl}/editions/${edition}/letter`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      body: 'Dear colleagues,\n\nThank you for all you do. This week, please look at the census checks below.',
      signedBy: 'Alex Morgan, Director of Education',
    }),
  });
  return edition;
}
