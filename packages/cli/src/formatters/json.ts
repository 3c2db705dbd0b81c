import type { Formatter } from "./index.js";

/** ESLint's json formatter is exactly this (lib/cli-engine/formatters/json.js). */
export const formatJson: Formatter = (results) => JSON.stringify(results);
