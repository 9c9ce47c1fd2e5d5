import { useEffect, useState } from 'react';
import { fetchHelpContact, type HelpContact } from './api';

/** Asked once per visit: the setting changes only when Harbor restarts. A failed request is asked again next time. */
let asked: Promise<HelpContact | null | undefined> | undefined;

/** The county's contact for account problems, once known; null while unknown, when unset, or when offline. */
export function useHelpContact(): HelpContact | null {
  const [contact, setContact] = useState<HelpContact | null>(null);
  useEffect(() => {
    let current = true;
    asked ??= fetchHelpContact();
    const request = asked;
    void request.then((answer) => {
      if (answer === undefined && asked === request) asked = undefined;
      if (current) setContact(answer ?? null);
    });
    return () => {
      current = false;
    };
  }, []);
  return contact;
}
