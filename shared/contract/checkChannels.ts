/** Channels of the library-wide checks J1–J8 (shared/rules/library). Channel name → request and response schema (see shared/contract.ts). */
export const libraryCheckChannels = {};
