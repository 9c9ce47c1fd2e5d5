import { defineMessages } from '../define.js';

/** Messages of screening features (server errors and web screens), English and Spanish side by side. */
export const screeningMessages = defineMessages({});
