import { defineMessages } from '../define.js';

/** Messages of the web app's screening form, result page and offline queue, English and Spanish side by side. */
export const screeningFormMessages = defineMessages({});
