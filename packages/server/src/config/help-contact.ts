import { ConfigError } from './config-error.js';

/**
 * Whom staff call about their Harbor account (HARBOR_HELP_*): the county's Harbor help desk or administrator, shown on
 * the help pages to anyone, signed in or not (a person locked out needs it most). Optional: without it the pages send
 * people to their supervisor or their agency's Harbor administrator.
 */
export interface HelpContactConfig {
  /** Who answers, as staff should read it ("DMH Harbor help desk, weekdays 8 to 5"), shown as written in both languages. */
  name: string | undefined;
  /** As written, and for a tel: link (its digits, with the leading + if any). */
  phone: { display: string; tel: string } | undefined;
  email: string | undefined;
}

type Env = Record<string, string | undefined>;

const VARIABLES = ['HARBOR_HELP_CONTACT', 'HARBOR_HELP_PHONE', 'HARBOR_HELP_EMAIL'] as const;

function read(env: Env, name: (typeof VARIABLES)[number]): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to refuse control characters.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Digits, spaces, brackets, dots and dashes, with one + at the start at most: "(213) 555-0100", "+1 213 555 0100". */
const PHONE = /^\+?[0-9 ().-]+$/;
/** One @, no spaces, and a dot in the domain: enough to refuse a typing mistake (the address is only shown). */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:".]+$/;

function parsePhone(raw: string): { display: string; tel: string } {
  const digits = raw.replace(/\D/g, '');
  if (!PHONE.test(raw) || digits.length < 3 || digits.length > 15) {
    throw new ConfigError(
      'HARBOR_HELP_PHONE',
      `must be a telephone number of 3 to 15 digits, such as "(213) 555-0100" or "+1 213 555 0100" (no letters or extensions); got "${raw}".`,
    );
  }
  return { display: raw, tel: `${raw.startsWith('+') ? '+' : ''}${digits}` };
}

/** Reads HARBOR_HELP_CONTACT, _PHONE and _EMAIL; undefined when none is set. Throws ConfigError on a wrong value. */
export function parseHelpContact(env: Env): HelpContactConfig | undefined {
  const name = read(env, 'HARBOR_HELP_CONTACT');
  const phoneRaw = read(env, 'HARBOR_HELP_PHONE');
  const email = read(env, 'HARBOR_HELP_EMAIL');
  if (name === undefined && phoneRaw === undefined && email === undefined) return undefined;
  if (name !== undefined && ([...name].length > 120 || CONTROL.test(name))) {
    throw new ConfigError(
      'HARBOR_HELP_CONTACT',
      'must be at most 120 printable characters, such as "DMH Harbor help desk, weekdays 8 a.m. to 5 p.m.".',
    );
  }
  const phone = phoneRaw === undefined ? undefined : parsePhone(phoneRaw);
  if (email !== undefined && (email.length > 254 || !EMAIL.test(email))) {
    throw new ConfigError(
      'HARBOR_HELP_EMAIL',
      `must be an e-mail address, such as harbor-help@county.example; got "${email}".`,
    );
  }
  if (phone === undefined && email === undefined) {
    throw new ConfigError(
      'HARBOR_HELP_CONTACT',
      'says who helps with accounts, but not how to reach them: set HARBOR_HELP_PHONE, HARBOR_HELP_EMAIL or both.',
    );
  }
  return { name, phone, email };
}
