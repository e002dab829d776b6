/** One text of the starter dictionary in both languages: [中文, English]. */
export type Text = readonly [zh: string, en: string];

/** Indicators for levels 1–4, in order; the tuple type keeps every entry at exactly four. */
export type Indicators = readonly [Text, Text, Text, Text];

/** One starter entry: its names, its description and its four levels' indicators. */
export type Row = readonly [nameZh: string, nameEn: string, description: Text, levels: Indicators];
