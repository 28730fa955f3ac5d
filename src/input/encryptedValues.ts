// Apify returns secret input fields encrypted, as strings beginning "ENCRYPTED_VALUE:". Only the
// exact string Apify sent can be decrypted again: the editor sends an untouched one back byte for
// byte (JSON.parse then JSON.stringify keeps a string exactly), and refuses to send one that was
// altered but still looks encrypted, which Apify could not decrypt. A new plain value is fine:
// Apify encrypts it.

export const ENCRYPTED_PREFIX = 'ENCRYPTED_VALUE:';

/** Every encrypted-looking string anywhere in `value`. */
export function encryptedValuesIn(value: unknown): Set<string> {
  const found = new Set<string>();
  walk(value, '', (text) => { found.add(text); });
  return found;
}

/**
 * Where `edited` holds an encrypted-looking string that `opened` did not hold: paths like
 * `apiKey` or `proxies[2].password`.
 */
export function alteredEncryptedValues(opened: unknown, edited: unknown): string[] {
  const known = encryptedValuesIn(opened);
  const altered: string[] = [];
  walk(edited, '', (text, path) => { if (!known.has(text)) altered.push(path || '(the whole input)'); });
  return altered;
}

function walk(value: unknown, path: string, visit: (text: string, path: string) => void, depth = 0): void {
  if (depth > 100) return;
  if (typeof value === 'string') {
    if (value.startsWith(ENCRYPTED_PREFIX)) visit(value, path);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => walk(item, `${path}[${index}]`, visit, depth + 1));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) walk(item, path ? `${path}.${key}` : key, visit, depth + 1);
  }
}
