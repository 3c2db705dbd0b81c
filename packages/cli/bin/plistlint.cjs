#!/usr/bin/env node
// The CLI ships as a bundle (scripts/bundle.js) so that it starts in about the time Node itself takes.
require("../bundle/plistlint.cjs");
