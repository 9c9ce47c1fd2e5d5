import { z } from 'zod';

/** The help pages' API (zod): the server validates and documents with it, the web app takes its types from it. */

export const HelpContactInfo = z.object({
  contact: z
    .object({
      name: z
        .string()
        .nullable()
        .describe('Who answers (HARBOR_HELP_CONTACT), as the county wrote it; null when not set.'),
      phone: z
        .object({
          display: z.string().describe('The number as the county wrote it (HARBOR_HELP_PHONE).'),
          tel: z.string().describe('Its digits, with a leading + when written with one: for a tel: link.'),
        })
        .nullable(),
      email: z.string().nullable().describe('HARBOR_HELP_EMAIL; null when not set.'),
    })
    .nullable()
    .describe('Whom staff call about their Harbor account; null when the county set no contact (HARBOR_HELP_*).'),
});
