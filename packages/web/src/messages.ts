import type { MessageKey } from '@harbor/core';

/** Temporary: the keys t() accepts (core's catalogs). */
export type AppMessageKey = MessageKey;
