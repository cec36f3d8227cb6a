/* The export's file name: ASCII letters, digits and dashes only, so no header or path can be formed. Pure. */
export function summaryFilename(s: { title: string; revision: number }, ext: 'md' | 'json'): string {
  const slug =
    s.title
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'draft';
  return `compliance-summary-${slug}-rev${s.revision}.${ext}`;
}
