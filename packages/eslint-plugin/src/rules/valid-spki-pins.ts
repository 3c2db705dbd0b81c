import { PIN_KEY, type PinProblem } from "../ats/pins.js";
import { effectivePolicy } from "../ats/policy.js";
import { toFix } from "../fix/to-fix.js";
import { createRule } from "../rule.js";
import { domainLabel } from "./helpers/message-parts.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

const PROBLEM_WORDS: Record<PinProblem, string> = {
  "not-a-dict": "is not a dict with SPKI-SHA256-BASE64",
  "missing-key": "has no SPKI-SHA256-BASE64 key",
  "wrong-key": "uses '{{innerKey}}' instead of SPKI-SHA256-BASE64",
  "not-a-string": "is not a base64 string",
  "sha256-prefix": "has OkHttp's 'sha256/' prefix, which is no part of the base64",
  "hex-digest": "is a hex digest, not base64",
  sha1: "is a SHA-1 hash, not SHA-256",
  placeholder: "is placeholder text",
  "not-base64": "is not valid base64",
  "wrong-length": "decodes to {{bytes}} bytes, not 32",
};

export default createRule("valid-spki-pins", {
  meta: {
    type: "problem",
    docs: {
      description: "Require each pinned identity to be a dict with SPKI-SHA256-BASE64 set to a base64 SHA-256 hash",
      masvs: "MASVS-NETWORK-2",
      presets: { recommended: "error", strict: "error" },
      securitySeverity: 4.5,
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      invalidPin: "Identity {{position}} of {{list}} for {{domain}} {{problem}}, so it never matches a key.",
      renameKey: "Rename the key to SPKI-SHA256-BASE64",
      stripPrefix: "Remove the 'sha256/' prefix",
    },
  },
  create(context) {
    const { edits } = context.sourceCode;
    return {
      Document(document) {
        for (const { domain, identityLists } of effectivePolicy(document, context.settings).pinnedDomains) {
          for (const { entry: list, identities } of identityLists) {
            identities.forEach(({ problem, pinEntry, intendedPin, bytes }, index) => {
              if (!problem) return;
              const innerKey = pinEntry?.key.value ?? "";
              const problemText = PROBLEM_WORDS[problem].replace("{{innerKey}}", innerKey).replace("{{bytes}}", String(bytes));
              const suggest =
                intendedPin && pinEntry && problem === "wrong-key"
                  ? [{ messageId: "renameKey" as const, fix: toFix(edits.renameKey(pinEntry.key, PIN_KEY)) }]
                  : intendedPin && pinEntry && problem === "sha256-prefix"
                    ? [{ messageId: "stripPrefix" as const, fix: toFix(edits.replaceValue(pinEntry.value, { type: "String", value: intendedPin })) }]
                    : [];
              context.report({
                // The inner key when it is the wrong one, else the pin (or the identity) that is no pin.
                loc: oneLineLoc(problem === "wrong-key" ? pinEntry!.key : (pinEntry?.value ?? identities[index]!.item), context.sourceCode.text),
                messageId: "invalidPin",
                data: { position: index + 1, list: list.key.value, domain: domainLabel(domain), problem: problemText },
                suggest,
              });
            });
          }
        }
      },
    };
  },
});
