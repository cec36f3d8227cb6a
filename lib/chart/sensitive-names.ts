/** `passwordKey`, `tokenKey`: the name of the entry inside an existing Secret, not secret material. */
const KEY_NAME_OF = new Set(['password', 'passwd', 'token', 'cert', 'certificate', 'username', 'user']);

/** Words that, as the last word of a key, name secret material (seed 000 §4.4). */
const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'secret',
  'token',
  'apikey',
  'accesskey',
  'secretkey',
  'privatekey',
  'key',
  'keys',
  'cert',
  'certs',
  'certificate',
  'certificates',
  'license',
  'licence',
  'licensekey',
  'credential',
  'credentials',
  'pem',
  'jwt',
  'dsn',
]);

/** Bare keys too generic to judge on their own (tolerations and selectors use `key`). */
const TOO_GENERIC = new Set(['key', 'keys', 'secret']);

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase());
}

/**
 * True when a property or values key names a password, token, key, certificate or licence, rather
 * than a reference to one (`existingSecret`, `secretName`, `passwordSecretRef`, `certificateArn`).
 */
export function isSensitiveName(name: string): boolean {
  let known = CACHE.get(name);
  if (known === undefined) {
    known = judge(name);
    if (CACHE.size < 10_000) CACHE.set(name, known);
  }
  return known;
}

const CACHE = new Map<string, boolean>();

function judge(name: string): boolean {
  const w = words(name);
  if (w.length === 0 || w[0] === 'existing' || w.includes('public')) return false;
  if (w.length === 1 && TOO_GENERIC.has(w[0] as string)) return false;
  const last = w[w.length - 1] as string;
  const lastTwo = w.slice(-2).join('');
  if (last === 'key' && KEY_NAME_OF.has(w[w.length - 2] ?? '')) return false;
  return SECRET_WORDS.has(last) || SECRET_WORDS.has(lastTwo);
}

/** Secret material recognisable by shape, wherever it appears. */
export const PEM_BLOCK = /-----BEGIN [A-Z0-9 ]*(PRIVATE KEY|CERTIFICATE)-----/;
export const AWS_ACCESS_KEY = /\b(AKIA|ASIA)[0-9A-Z]{16}\b/;
