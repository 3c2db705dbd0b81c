import { readBool } from "../ats/values.js";
import { createRule } from "../rule.js";
import { domainSettingEntries } from "./helpers/domain-settings.js";
import { domainLabel, keyLabel } from "./helpers/message-parts.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

export default createRule("no-forward-secrecy-exceptions", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow NSExceptionRequiresForwardSecrecy = NO, which allows cipher suites without forward secrecy",
      masvs: "MASVS-NETWORK-1",
      presets: { recommended: "warn", strict: "error" },
      securitySeverity: 4.0,
    },
    schema: [],
    messages: {
      noForwardSecrecy: "{{key}} = {{no}} drops forward secrecy for {{domain}}: remove it.",
    },
  },
  create(context) {
    return {
      Document(document) {
        for (const { entry, value, domain } of domainSettingEntries(document, context.settings, "NSExceptionRequiresForwardSecrecy")) {
          if (readBool(value) !== false) continue;
          const { text, syntax } = context.sourceCode;
          const data = { key: keyLabel(entry.key.value), no: syntax.booleans[0], domain: domainLabel(domain) };
          context.report({ loc: oneLineLoc(entry.key, text), messageId: "noForwardSecrecy", data });
        }
      },
    };
  },
});
