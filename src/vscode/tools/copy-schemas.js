// Copies the schemas of negconfig.json and negarchive.json from docs/schema/ (the one copy, which the C# tests hold
// to the loaders) into schemas/, where package.json's jsonValidation finds them in the packaged extension.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const source = path.join(__dirname, '..', '..', '..', 'docs', 'schema');
const target = path.join(__dirname, '..', 'schemas');
fs.mkdirSync(target, { recursive: true });
for (const name of ['negconfig.schema.json', 'negarchive.schema.json']) {
  fs.copyFileSync(path.join(source, name), path.join(target, name));
}
