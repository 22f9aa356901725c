import type { SchoolContact } from '#domain/schools/school-contact';

/** Who a booking's confirmation goes to, and whether the booker is known to the school. */
export interface ConfirmationRecipients {
  /** The addresses the confirmation is sent to. */
  readonly to: readonly string[];
  /**
   * `booker`: the booker is one of the school's contacts or writes from the school's own email
   * domain, so the confirmation goes to them. `school-contacts`: the booker is not known to the
   * school, so the confirmation goes to the school's registered contacts, saying who booked.
   * `team-mailbox`: the school has no contacts yet; the team confirms by hand.
   */
  readonly basis: 'booker' | 'school-contacts' | 'team-mailbox';
}

// Addresses anyone can have: never evidence that a writer belongs to a school.
const PUBLIC_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'hotmail.co.uk',
  'live.com',
  'live.co.uk',
  'yahoo.com',
  'yahoo.co.uk',
  'icloud.com',
  'me.com',
  'aol.com',
  'btinternet.com',
  'protonmail.com',
  'proton.me',
]);

const domainOf = (address: string) => address.slice(address.lastIndexOf('@') + 1).toLowerCase();

/**
 * Who receives a booking's confirmation (issue 11: the public form must not be a mail relay).
 * The form is public and anyone can type any address into it, so the council's mail goes to the
 * booker only when the directory vouches for the address: it is one of the school's registered
 * contacts, or it is on the school's own email domain (a domain its contacts write from, public
 * webmail excepted). Otherwise the confirmation goes to the school's registered contacts, which
 * say who booked, so a booking made in a school's name is seen by the school; and if the school
 * has no contacts yet, to the team mailbox.
 */
export function confirmationRecipients(
  bookerEmail: string,
  contacts: readonly SchoolContact[],
  teamMailbox: string,
): ConfirmationRecipients {
  const booker = bookerEmail.toLowerCase();
  const schoolDomains = new Set(
    contacts.map((c) => domainOf(c.email)).filter((domain) => !PUBLIC_MAIL_DOMAINS.has(domain)),
  );
  if (contacts.some((c) => c.email.toLowerCase() === booker) || schoolDomains.has(domainOf(booker))) {
    return { to: [bookerEmail], basis: 'booker' };
  }
  if (contacts.length > 0) {
    return { to: [...new Set(contacts.map((c) => c.email))], basis: 'school-contacts' };
  }
  return { to: [teamMailbox], basis: 'team-mailbox' };
}
