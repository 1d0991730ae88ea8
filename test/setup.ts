import fc from "fast-check";

// Property tests explore new random cases on every local run; in CI (CI=true) they replay a fixed
// seed, so a submission is judged on the same cases every time. FC_SEED replays a reported failure.
const seed = process.env.FC_SEED ?? (process.env.CI ? "20261127" : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
