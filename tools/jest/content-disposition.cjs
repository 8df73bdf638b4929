// Jest cannot require() an ES module on Node 20 (Node itself can since 20.19), and
// @fastify/static (used by the Swagger UI) requires the ESM-only content-disposition 3.
// Under jest only, it gets the CommonJS 1.x line of the same package, which has the same
// create(filename, options) behaviour under its default export.
const contentDisposition = require('content-disposition-cjs');

module.exports = { create: contentDisposition, parse: contentDisposition.parse };
