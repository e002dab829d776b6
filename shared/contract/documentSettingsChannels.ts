import { documentSettingsSchema } from '../documentSettings';
import { empty } from './common';

/*
 * The organisation's document settings (issue 11): name, logo, document-number scheme,
 * confidentiality line and the Chinese layout. Main checks the logo's bytes and the scheme's
 * tokens beyond this schema (electron/services/documentSettingsService.ts).
 */
export const documentSettingsChannels = {
  'documentSettings:get': { request: empty, response: documentSettingsSchema },
  'documentSettings:set': { request: documentSettingsSchema, response: documentSettingsSchema },
};
