import { describe, expect, it } from "vitest";
import { checkDomainKey } from "../../packages/eslint-plugin/dist/ats/domain-keys.js";

describe("checkDomainKey", () => {
  it.each([
    ["api.example.com", [], "api.example.com", false],
    ["10.0.0.0/8", [], "10.0.0.0/8", false],
    ["2001:db8::/32", [], "2001:db8::/32", false],
    ["::1", [], "::1", false],
    ["$(API_HOST)", [], "$(API_HOST)", false],
    ["https://API.example.com:443/", ["scheme", "path", "port", "uppercase"], "api.example.com", false],
    ["*.example.com", ["wildcard"], "example.com", true],
    ["[::1]", ["brackets"], "::1", false],
    ["[::1]:8080", ["brackets", "port"], "::1", false],
    ["example.com.", ["trailing-dot"], "example.com", false],
    [" example.com", ["whitespace"], "example.com", false],
    ["example.com/api?x=1", ["query", "path"], "example.com", false],
    ["localhost:8081", ["port"], "localhost", false],
    ["", ["empty"], undefined, false],
    ["999.1.1.1", ["invalid-address"], undefined, false],
    ["1.2.3.4/33", ["invalid-address"], undefined, false],
    ["api.*.example.com", ["wildcard"], undefined, false],
    [".example.com", ["leading-dot"], "example.com", true],
    ["*.10.0.0.1", ["wildcard"], "10.0.0.1", true],
    ["example..com", ["invalid-host"], undefined, false],
    ["a.com,b.com", ["invalid-host"], undefined, false],
    ["-x.com", ["invalid-host"], undefined, false],
    ["fe80::1%en0", ["invalid-address"], undefined, false],
    ["10.0.0.0/08", ["invalid-address"], undefined, false],
  ])("%j: %j → %j", (key, problems, normalized, wildcard) => {
    expect(checkDomainKey(key)).toEqual({ problems, normalized, wildcard });
  });
});
