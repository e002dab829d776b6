/** Channels of duty ↔ step links. Channel name → request and response schema (see shared/contract.ts). */
export const linkChannels = {};
