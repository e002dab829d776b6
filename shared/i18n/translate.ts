import type { Translate } from './errorText';

/**
 * A plain `t` over one language's messages, for main (which has no i18next): looks a dotted
 * key up, fills `{{name}}` from the options, and gives `defaultValue` (else the key) when the
 * key is missing. Enough for the messages main shows itself, such as a failed menu action.
 */
export function translator(messages: object): Translate {
  return (key, options = {}) => {
    const found = key
      .split('.')
      .reduce<unknown>(
        (node, part) =>
          typeof node === 'object' && node !== null
            ? (node as Record<string, unknown>)[part]
            : undefined,
        messages,
      );
    if (typeof found !== 'string') {
      return typeof options.defaultValue === 'string' ? options.defaultValue : key;
    }
    return found.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
      const value = options[name];
      return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    });
  };
}
