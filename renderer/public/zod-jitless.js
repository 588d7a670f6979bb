// zod builds fast parsers with `new Function`, probing for it when a schema is created; under the renderer's CSP
// (no 'unsafe-eval') the probe is reported as a violation. This classic script runs before any module, so every
// schema is created in jitless mode and never probes. zod keeps its global config on globalThis.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
