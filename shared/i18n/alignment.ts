import { alignmentChangeMessages } from './alignmentChanges';
import { alignmentCheckMessages } from './alignmentChecks';
import { alignmentLinkMessages } from './alignmentLinks';
import { alignmentOrganisationMessages } from './alignmentOrganisation';

/*
 * What "one library" (issue 10) says, composed from one file per part: duty ↔ step links and
 * drafting, the library-wide checks J1–J8, the organisation views (RACI, 定岗定编, redesign
 * impact) and responsibility changes. Mounted as `alignment` in en.ts and zh-CN.ts.
 */
function compose(locale: 'en' | 'zh-CN') {
  return {
    links: alignmentLinkMessages[locale],
    checks: alignmentCheckMessages[locale],
    organisation: alignmentOrganisationMessages[locale],
    changes: alignmentChangeMessages[locale],
  };
}

export const alignmentMessages = { en: compose('en'), 'zh-CN': compose('zh-CN') };
