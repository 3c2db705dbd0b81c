import { type PinProblem } from "../ats/pins.js";
import { trustKitConfiguration } from "../ats/trustkit.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";

/** What is wrong with a hash TrustKit refuses (it reads strings only: no inner keys, no dicts). */
const PROBLEM_WORDS: Partial<Record<PinProblem, string>> = {
  "not-a-string": "is not a string",
  "sha256-prefix": "starts with OkHttp's 'sha256/'",
  "hex-digest": "is a hex digest",
  sha1: "is a SHA-1 hash",
  placeholder: "is placeholder text",
  "not-base64": "is not base64",
  "wrong-length": "decodes to {{bytes}} bytes, not 32",
};

export default createRule("trustkit-valid-public-key-hashes", {
  meta: {
    type: "problem",
    docs: {
      description: "Require each TrustKit TSKPublicKeyHashes item to be the base64 of a 32-byte SHA-256 hash",
      masvs: "MASVS-NETWORK-2",
      presets: { recommended: "error", strict: "error" },
      securitySeverity: 3.0,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      invalidHash: "Replace this hash for '{{domain}}': it {{problem}}, and TrustKit refuses to start.",
      stripPrefix: "Remove the 'sha256/' prefix",
    },
  },
  create(context) {
    const { edits } = context.sourceCode;
    return {
      Document(document) {
        for (const domain of trustKitConfiguration(document)?.domains ?? []) {
          for (const { item, problem, bytes, intendedPin } of domain.hashes) {
            if (!problem) continue;
            context.report({
              loc: item.loc,
              messageId: "invalidHash",
              data: { domain: domain.name, problem: (PROBLEM_WORDS[problem] ?? problem).replace("{{bytes}}", String(bytes)) },
              suggest:
                intendedPin !== undefined && item.type === "String"
                  ? [{ messageId: "stripPrefix", fix: toFix(edits.replaceValue(item, { type: "String", value: intendedPin })) }]
                  : [],
            });
          }
        }
      },
    };
  },
});
