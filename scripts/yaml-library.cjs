// The entry of the bundles' yaml.cjs (scripts/package.mjs): the `yaml` package alone, which
// src/parse/yaml-library.ts loads only when a document needs more than the fast YAML reader.
module.exports = require('yaml')
