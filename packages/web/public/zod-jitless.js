// Loaded before the app (a classic script, so it runs first): tells zod, used by @harbor/core, not to probe for
// `new Function` when it builds its first object schema. zod catches the failure, but the Content-Security-Policy
// (no 'unsafe-eval') still reports the probe as a violation. zod reads this shared global configuration.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
