/** The dictionary's two languages, the interface language first (its fields come first). */
export function interfaceLanguagesFirst(interfaceLanguage: string): readonly ('zh' | 'en')[] {
  return interfaceLanguage.startsWith('zh') ? ['zh', 'en'] : ['en', 'zh'];
}

/** The interface language as a dictionary language. */
export function dictionaryLanguageOf(interfaceLanguage: string): 'zh' | 'en' {
  return interfaceLanguage.startsWith('zh') ? 'zh' : 'en';
}
