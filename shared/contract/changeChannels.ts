/** Channels of responsibility changes with an impact preview, applied in one transaction. Channel name → request and response schema (see shared/contract.ts). */
export const changeChannels = {};
