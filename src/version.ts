/** The package version, kept equal to package.json by a test; shown when a tag is defined twice. */
export const version = '0.1.0';
