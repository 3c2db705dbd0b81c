import { lastEntry } from "../ats/ats-document.js";
import { effectivePolicy, pins } from "../ats/policy.js";
import { createRule } from "../rule.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

type Options = [{ domains: string[] }];

export default createRule<Options, "notPinned">("require-pinning", {
  meta: {
    type: "problem",
    docs: {
      description: "Require the listed hosts to be covered by NSPinnedDomains",
      masvs: "MASVS-NETWORK-2",
      presets: { recommended: "off", strict: "off" },
      securitySeverity: 5.0,
    },
    // The full-array form, so that the rule cannot be turned on without saying which hosts must be pinned.
    schema: {
      type: "array",
      minItems: 1,
      maxItems: 1,
      items: [
        {
          type: "object",
          properties: { domains: { type: "array", items: { type: "string" }, minItems: 1, uniqueItems: true } },
          required: ["domains"],
          additionalProperties: false,
        },
      ],
    },
    messages: {
      notPinned: "'{{host}}' must be pinned: add it to NSPinnedDomains with identities (or its parent, with NSIncludesSubdomains).",
    },
  },
  create(context) {
    const hosts = context.options[0]?.domains ?? [];
    return {
      Document(document) {
        const policy = effectivePolicy(document, context.settings);
        const pinnedMap = lastEntry(policy.document.ats, "NSPinnedDomains");
        // Where the pin belongs: NSPinnedDomains, else NSAppTransportSecurity, else the top-level dict.
        const where = pinnedMap ?? policy.document.atsEntry;
        const loc = oneLineLoc(where?.key ?? document.value ?? document, context.sourceCode.text);
        for (const host of hosts) {
          if (!policy.pinnedDomains.some((pinned) => pins(pinned, host))) {
            context.report({ loc, messageId: "notPinned", data: { host } });
          }
        }
      },
    };
  },
});
