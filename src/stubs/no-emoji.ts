// Stands in for node-emoji in the bundle: marked-terminal runs with `emoji: false`, so its table of
// emoji shortcodes is never read, only loaded (~40 ms a start).
export function get(): undefined {
  return undefined;
}
