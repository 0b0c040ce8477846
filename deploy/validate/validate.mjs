// Validates every object of a rendered kustomize output (read from the files named on the command
// line) against a real schema:
// - Kubernetes kinds: kubernetes-models (the Kubernetes OpenAPI schemas compiled with ajv);
// - PrometheusRule, PodMonitor: @kubernetes-models/prometheus-operator;
// - CloudNativePG kinds: the CRD schemas vendored in crds/ (see their headers), with ajv.
// Unknown fields are errors. For CRDs, every object schema that lists properties and neither
// declares additionalProperties nor x-kubernetes-preserve-unknown-fields gets
// additionalProperties: false. The kubernetes-models validators do not reject unknown fields, so
// each document is handed to them through a Proxy that records which keys the validator read: a
// key that the compiled schema never looked at is not in the schema.
// An unknown kind is an error. Prints one line per object; exits 1 on any error.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import YAML from "yaml";
import Ajv from "ajv";
import addFormats from "ajv-formats";
import { ObjectMeta } from "@kubernetes-models/apimachinery/apis/meta/v1/ObjectMeta";

const here = path.dirname(fileURLToPath(import.meta.url));

const coreKinds = {
  "v1/ConfigMap": () => import("kubernetes-models/v1/ConfigMap"),
  "v1/Service": () => import("kubernetes-models/v1/Service"),
  "v1/Secret": () => import("kubernetes-models/v1/Secret"),
  "apps/v1/Deployment": () => import("kubernetes-models/apps/v1/Deployment"),
  "policy/v1/PodDisruptionBudget": () => import("kubernetes-models/policy/v1/PodDisruptionBudget"),
  "autoscaling/v2/HorizontalPodAutoscaler": () => import("kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler"),
  "networking.k8s.io/v1/NetworkPolicy": () => import("kubernetes-models/networking.k8s.io/v1/NetworkPolicy"),
  "networking.k8s.io/v1/Ingress": () => import("kubernetes-models/networking.k8s.io/v1/Ingress"),
  "monitoring.coreos.com/v1/PrometheusRule": () => import("@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PrometheusRule"),
  "monitoring.coreos.com/v1/PodMonitor": () => import("@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor"),
  "monitoring.coreos.com/v1/ServiceMonitor": () => import("@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor"),
};

// ---- CRDs -------------------------------------------------------------------------------------
function strict(schema) {
  if (Array.isArray(schema)) return schema.map(strict);
  if (!schema || typeof schema !== "object") return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (k.startsWith("x-kubernetes-")) continue; // CEL rules and list/map types: not JSON Schema
    out[k] = k === "properties" ? Object.fromEntries(Object.entries(v).map(([p, s]) => [p, strict(s)])) : strict(v);
  }
  if (schema.properties && schema.additionalProperties === undefined && !schema["x-kubernetes-preserve-unknown-fields"]) {
    out.additionalProperties = false;
  }
  return out;
}
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const crdKinds = {};
for (const f of fs.readdirSync(path.join(here, "crds")).filter((n) => n.endsWith(".yaml"))) {
  const crd = YAML.parse(fs.readFileSync(path.join(here, "crds", f), "utf8"));
  crdKinds[`${crd.apiVersion}/${crd.kind}`] = ajv.compile(strict(crd.schema));
}

// ---- unknown fields seen by kubernetes-models' compiled validators -------------------------------
function tracked(value, seen, where) {
  if (!value || typeof value !== "object") return value;
  const reads = new Set();
  seen.push({ where, value, reads });
  const children = new Map();
  return new Proxy(value, {
    get(target, key, receiver) {
      if (typeof key === "string" && Object.prototype.hasOwnProperty.call(target, key)) {
        reads.add(key);
        if (!children.has(key)) children.set(key, tracked(target[key], seen, `${where}/${key}`));
        return children.get(key);
      }
      return Reflect.get(target, key, receiver);
    },
  });
}
function unknownFields(seen) {
  const out = [];
  for (const { where, value, reads } of seen) {
    if (Array.isArray(value)) continue;
    for (const k of Object.keys(value)) if (!reads.has(k)) out.push(`${where}/${k}: unknown field`);
  }
  return out;
}

function ajvMessages(errors) {
  return (errors || []).map((e) =>
    e.keyword === "additionalProperties"
      ? `${e.instancePath}/${e.params.additionalProperty}: unknown field (or not in the vendored CRD excerpt)`
      : `${e.instancePath || "/"}: ${e.message}`);
}

let failures = 0;
let count = 0;
for (const file of process.argv.slice(2)) {
  const docs = YAML.parseAllDocuments(fs.readFileSync(file, "utf8"));
  for (const doc of docs) {
    if (doc.errors.length) { console.log(`FAIL ${file}: YAML: ${doc.errors[0].message}`); failures++; continue; }
    const obj = doc.toJS();
    if (obj == null) continue;
    count++;
    const key = `${obj.apiVersion}/${obj.kind}`;
    const label = `${path.basename(file)} ${key} ${obj.metadata?.namespace ?? "-"}/${obj.metadata?.name}`;
    let errors = [];
    if (coreKinds[key]) {
      const mod = await coreKinds[key]();
      const Model = mod[obj.kind];
      const validate = (data) => { try { new Model(data).validate(); return []; } catch (e) { return [e.message]; } };
      errors = validate(obj);
      // Second pass over a Proxy: the validator reads every key its schema knows.
      const seen = [];
      try { Model.prototype.validate.call(tracked(obj, seen, "")); } catch (e) { /* reported above */ }
      errors.push(...unknownFields(seen));
    } else if (crdKinds[key]) {
      const v = crdKinds[key];
      if (!v(obj)) errors = ajvMessages(v.errors);
      const meta = new ObjectMeta(obj.metadata);
      try { meta.validate(); } catch (e) { errors.push(`/metadata: ${e.message}`); }
    } else {
      errors = [`unknown kind ${key}: no schema for it (add one to validate.mjs)`];
    }
    if (errors.length) { failures++; console.log(`FAIL ${label}`); for (const e of errors) console.log(`     ${e}`); }
    else console.log(`ok   ${label}`);
  }
}
console.log(`${count} objects, ${failures} invalid`);
process.exit(failures || count === 0 ? 1 : 0);
