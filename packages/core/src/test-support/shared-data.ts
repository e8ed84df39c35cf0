/**
 * The real texts tests develop against live in ../shared beside the clone (never
 * copied into the repo): a path inside it, from the repository's root.
 * @example sharedData("corpus/deadline-phrases.tsv")
 */
export function sharedData(path: string): URL {
  return new URL(`../../../../../shared/${path}`, import.meta.url);
}
