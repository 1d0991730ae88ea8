// better-sqlite3's JavaScript is bundled; its types (@types/better-sqlite3) are not installed: the
// slice newsread uses is declared in ../library/sqlite.ts.
declare module "better-sqlite3" {
  const Database: new (filename: string, options?: Record<string, unknown>) => unknown;
  export default Database;
}
