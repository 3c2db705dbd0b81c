/** The package's version, written out so that the bundle carries it; a test keeps it equal to package.json. */
export const VERSION = "0.1.0";
