import { defineMessages } from '../define.js';

/** Messages of youth features (server errors and web screens), English and Spanish side by side. */
export const youthMessages = defineMessages({});
