/** Channels of the organisation views. Channel name → request and response schema (see shared/contract.ts). */
export const organisationChannels = {};
