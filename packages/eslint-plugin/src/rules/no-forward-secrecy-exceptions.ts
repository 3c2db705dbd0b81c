import { readBool } from "../ats/values.js";
import { createRule } from "../rule.js";
import { domainSettingEntries } from "./helpers/domain-settings.js";
import { oneLineLoc } from "./helpers/one-line-loc.js";

export default createRule("no-forward-secrecy-exceptions", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow NSExceptionRequiresForwardSecrecy = NO, which allows cipher suites without forward secrecy",
      masvs: "MASVS-NETWORK-1",
      presets: { recommended: "warn", strict: "error" },
    },
    schema: [],
    messages: {
      noForwardSecrecy:
        "{{key}} = NO lets '{{domain}}' use TLS cipher suites without forward secrecy: traffic recorded today can be decrypted if the server key later leaks (MASVS-NETWORK-1).",
    },
  },
  create(context) {
    return {
      Document(document) {
        for (const { entry, value, domain } of domainSettingEntries(document, context.settings, "NSExceptionRequiresForwardSecrecy")) {
          if (readBool(value) !== false) continue;
          context.report({ loc: oneLineLoc(entry.key, context.sourceCode.text), messageId: "noForwardSecrecy", data: { key: entry.key.value, domain: domain.name } });
        }
      },
    };
  },
});
