// Checks src/main/docker/Dockerfile.jvm with a real Dockerfile parser (dockerfile-ast):
// it parses, the last USER is a non-root numeric user, JAVA_OPTS_APPEND carries the benchmark's
// JVM flags (bench/README.md) and -Djava.io.tmpdir=/tmp, the ConfigMap's JAVA_OPTS_APPEND (rendered
// manifests named on the command line) is the same, and every COPY source exists after
// ./mvnw package (target/quarkus-app). Exits 1 on any error.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DockerfileParser } from "dockerfile-ast";
import YAML from "yaml";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const file = path.join(root, "src/main/docker/Dockerfile.jvm");
const FLAGS = ["-Xms32m", "-Xmx96m", "-XX:+UseSerialGC", "-XX:-TieredCompilation", "-XX:MaxMetaspaceSize=128m",
  "-Xss512k", "-XX:+UnlockExperimentalVMOptions", "-XX:TrimNativeHeapInterval=2000", "-XX:+ExitOnOutOfMemoryError",
  "-Djava.io.tmpdir=/tmp"];
const errors = [];
const dockerfile = DockerfileParser.parse(fs.readFileSync(file, "utf8"));
const instructions = dockerfile.getInstructions();
if (!instructions.some((i) => i.getKeyword() === "FROM")) errors.push("no FROM");
for (const i of instructions) {
  if (!["FROM", "ENV", "COPY", "EXPOSE", "USER", "ENTRYPOINT", "CMD", "ARG", "LABEL", "WORKDIR", "RUN"].includes(i.getKeyword())) {
    errors.push(`line ${i.getRange().start.line + 1}: unexpected instruction ${i.getKeyword()}`);
  }
}
const users = instructions.filter((i) => i.getKeyword() === "USER");
const user = users.length ? users[users.length - 1].getArguments().map((a) => a.getValue()).join(" ") : "";
if (!/^[1-9][0-9]*(:[0-9]+)?$/.test(user)) errors.push(`USER must be a numeric non-root uid (is "${user || "unset"}")`);
const env = {};
for (const i of instructions.filter((i) => i.getKeyword() === "ENV")) {
  for (const p of i.getProperties()) env[p.getName()] = p.getValue();
}
const opts = (env.JAVA_OPTS_APPEND || "").split(/\s+/);
for (const f of FLAGS) if (!opts.includes(f)) errors.push(`JAVA_OPTS_APPEND lacks ${f}`);
if (env.GC_CONTAINER_OPTIONS !== "-XX:+UseSerialGC") errors.push("GC_CONTAINER_OPTIONS must be -XX:+UseSerialGC (run-java.sh adds ParallelGC otherwise)");
for (const i of instructions.filter((i) => i.getKeyword() === "COPY")) {
  const args = i.getArguments().map((a) => a.getValue()).filter((v) => !v.startsWith("--"));
  for (const src of args.slice(0, -1)) {
    const dir = path.join(root, path.dirname(src));
    const base = path.basename(src);
    const found = base.includes("*")
      ? fs.existsSync(dir) && fs.readdirSync(dir).some((n) => new RegExp("^" + base.replace(/\./g, "\\.").replace(/\*/g, ".*") + "$").test(n))
      : fs.existsSync(path.join(root, src));
    if (!found) errors.push(`COPY source ${src} does not exist (run ./mvnw -B package -DskipTests first)`);
  }
}
for (const rendered of process.argv.slice(2)) {
  for (const doc of YAML.parseAllDocuments(fs.readFileSync(rendered, "utf8"))) {
    const o = doc.toJS();
    if (o?.kind === "ConfigMap" && o.data?.JAVA_OPTS_APPEND !== undefined && o.data.JAVA_OPTS_APPEND !== env.JAVA_OPTS_APPEND) {
      errors.push(`${path.basename(rendered)}: ConfigMap ${o.metadata.name} JAVA_OPTS_APPEND differs from the Dockerfile's`);
    }
  }
}
for (const e of errors) console.log(`FAIL Dockerfile.jvm: ${e}`);
console.log(errors.length ? `Dockerfile.jvm: ${errors.length} errors` : `ok   Dockerfile.jvm: parses, USER ${user}, JVM flags present, COPY sources exist`);
process.exit(errors.length ? 1 : 0);
