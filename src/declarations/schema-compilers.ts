/**
 * ajv's schema compilers, in a module of their own so that `import()` of it (custom-schema.ts
 * `loadSchemaCompilers`) keeps ajv out of the bundles' start-up code and gets the same named
 * exports a static import does.
 */
export { Ajv } from 'ajv'
export { Ajv2020 } from 'ajv/dist/2020.js'
