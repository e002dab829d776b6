import type { CSSProperties } from 'react';

/* The dock's compact tables: one look for Pareto, hand-offs, RACI and compare. */
export const TABLE: CSSProperties = { borderCollapse: 'collapse', fontSize: 12 };
export const TH: CSSProperties = {
  textAlign: 'left',
  fontWeight: 600,
  color: '#3b4a5a',
  padding: '4px 8px',
  borderBottom: '1px solid #d0d7de',
  background: '#f6f8fa',
  position: 'sticky',
  top: 0,
  zIndex: 1,
  whiteSpace: 'nowrap',
};
export const TD: CSSProperties = { padding: '3px 8px', borderBottom: '1px solid #eef0f3' };
export const NUM: CSSProperties = { ...TD, textAlign: 'right', fontVariantNumeric: 'tabular-nums' };
export const LINK: CSSProperties = {
  background: 'none',
  border: 'none',
  padding: 0,
  color: '#1f5fa8',
  cursor: 'pointer',
  textAlign: 'left',
  font: 'inherit',
};
