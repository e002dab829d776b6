/** The organisation views' numbers in the interface language (1,662.5 h; 1.70 FTE; 9.0 %). */
export function numberFormat(locale: string) {
  const fixed = (digits: number) =>
    new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const one = fixed(1);
  const two = fixed(2);
  const upToOne = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  return {
    hours: (value: number) => one.format(value),
    fte: (value: number) => two.format(value),
    plain: (value: number) => upToOne.format(value),
    percent: (share: number) => `${one.format(share * 100)} %`,
  };
}

export type NumberFormat = ReturnType<typeof numberFormat>;
