/** "1 warning", "2 warnings": a count with its noun, for every summary the console and CLI print. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
