import { z } from 'zod';

/** A staff member's work phone, shown to the care teams they are on (never a youth's data). */
export const WorkPhoneBody = z.strictObject({
  workPhone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[0-9+() .\-extEXT]*$/, 'digits, spaces, + ( ) . - and ext only')
    .nullable()
    .describe('A number people can call at work, e.g. (213) 555-0142 ext 12; null or empty clears it'),
});

export const WorkPhone = z.object({ workPhone: z.string().nullable() });
