export { findAmountBand, formatAmountMax, type AmountBand } from './amountBand';
export { authorityText, kindOf, parseAuthorityClause, parseAuthorityText } from './parseAuthority';
export { parseRelationsText, partnerNameOf, relationsText } from './parseRelations';
export { normaliseName, resolvePartner, resolveRelations } from './resolvePartner';
export { deriveStructures, regenerateTexts } from './structures';
