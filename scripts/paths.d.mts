/** The project folder, given the `import.meta.url` of a script in scripts/. */
export function projectRoot(moduleUrl: string): string;
/** True when the module at `moduleUrl` is the script node was started with. */
export function isEntryScript(moduleUrl: string, argv1?: string): boolean;
