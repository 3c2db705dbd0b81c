// Property tests (fast-check) find new inputs on every local run, to keep finding what no example shows; in CI they
// run the same inputs, where a landing must not depend on chance (a failure prints its seed and counterexample, to be
// kept as a test of its own).
import fc from "fast-check";

if (process.env.CI) fc.configureGlobal({ seed: 20_261_206 });
