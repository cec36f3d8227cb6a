export type ClassValue =
  string | number | bigint | boolean | null | undefined | ClassDictionary | ClassValue[];
type ClassDictionary = Record<string, boolean | null | undefined>;

/** Joins class names, skipping falsy values; objects contribute the keys whose value is truthy. */
export function cn(...classes: ClassValue[]): string {
  const out: string[] = [];
  for (const value of classes) {
    if (!value && value !== 0) continue;
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
      out.push(String(value));
    } else if (Array.isArray(value)) {
      const nested = cn(...value);
      if (nested) out.push(nested);
    } else if (typeof value === 'object') {
      for (const [key, on] of Object.entries(value)) if (on) out.push(key);
    }
  }
  return out.join(' ');
}
