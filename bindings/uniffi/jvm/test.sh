#!/usr/bin/env bash
# The JVM artifact as a user gets it: builds it (build.sh), checks the jar's contents and
# manifest, the pom (coordinates, version, JNA as its one dependency), and the Android variant
# of the generated code; then compiles examples/kotlin/Main.kt against the jar alone plus JNA,
# copies the three jars to an empty directory and runs the program there, with
# `java -cp` and with `java -jar`, with no -Djna.library.path and no LD_LIBRARY_PATH. Its
# verdict counts for examples/profiles/borealis.json must equal the CLI's committed report.
# Ends with `N passed, M failed`.
set -uo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
HERE=bindings/uniffi/jvm
OUT=target/jvm
TEST=$OUT/test
KOTLINC=node_modules/kotlin-compiler/bin/kotlinc
JNA=/usr/share/java/jna.jar
PROFILE=examples/profiles/borealis.json
EXPECTED=examples/profiles/expected/borealis.json

# shellcheck source=bindings/uniffi/tally.sh
. bindings/uniffi/tally.sh

step "build"
mkdir -p "$TEST"
must bash -c "'$HERE/build.sh' > '$TEST/build.out'"
JAR=$(tail -n 1 "$TEST/build.out")
VERSION=$(cargo metadata --locked --no-deps --format-version 1 |
  python3 -c 'import json, sys
print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "lexpact-uniffi"))')
check "the jar is named lexpact-jvm-$VERSION.jar" [ "$JAR" = "$ROOT/$OUT/lexpact-jvm-$VERSION.jar" ]
must test -f "$JAR"

step "the jar's contents"
jar --list --file "$JAR" | sort >"$TEST/jar.list"
has() { grep -qx "$1" "$TEST/jar.list"; }
check "the native library is a JNA resource (linux-x86-64/liblexpact_uniffi.so)" \
  has linux-x86-64/liblexpact_uniffi.so
check "the compiled bindings (org/lexpact/RuleSet.class)" has org/lexpact/RuleSet.class
check "the pom (META-INF/maven/org.lexpact/lexpact-jvm/pom.xml)" \
  has META-INF/maven/org.lexpact/lexpact-jvm/pom.xml
check "neither JNA nor the Kotlin standard library is bundled" \
  bash -c "! grep -Eq '^(com/sun/jna|kotlin)/' '$TEST/jar.list'"
rm -rf "$TEST/unpacked"
mkdir -p "$TEST/unpacked"
(cd "$TEST/unpacked" && unzip -q "$JAR" linux-x86-64/liblexpact_uniffi.so META-INF/MANIFEST.MF)
check "the resource is the release build" \
  cmp -s "$TEST/unpacked/linux-x86-64/liblexpact_uniffi.so" target/release/liblexpact_uniffi.so
check "the manifest gives the version ($VERSION)" \
  grep -qx "Implementation-Version: $VERSION"$'\r' "$TEST/unpacked/META-INF/MANIFEST.MF"
check "the sources jar holds the generated Kotlin" \
  bash -c "jar --list --file '$OUT/lexpact-jvm-$VERSION-sources.jar' | grep -qx org/lexpact/lexpact.kt"

step "the pom"
JNA_VERSION=$(unzip -p "$JNA" META-INF/MANIFEST.MF | sed -n 's/^Bundle-Version: *\([^[:space:]]*\).*/\1/p')
REPOSITORY=$(python3 -c 'import tomllib
print(tomllib.load(open("Cargo.toml", "rb"))["workspace"]["package"]["repository"])')
# One line per finding: "ok <what>" or "bad <what>".
python3 - "$OUT/lexpact-jvm-$VERSION.pom" "$VERSION" "$JNA_VERSION" "$REPOSITORY" \
  >"$TEST/pom.log" 2>&1 <<'EOF'
import sys
import xml.etree.ElementTree as ET
path, version, jna_version, repository = sys.argv[1:]
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
def report(ok, what):
    print(("ok " if ok else "bad ") + what)
try:
    project = ET.parse(path).getroot()
except ET.ParseError as e:
    report(False, f"the pom parses: {e}")
    sys.exit()
report(True, "the pom parses")
text = lambda p: project.findtext(p, namespaces=ns)
report(project.tag == "{http://maven.apache.org/POM/4.0.0}project", "a Maven 4.0.0 project")
report((text("m:groupId"), text("m:artifactId"), text("m:packaging")) == ("org.lexpact", "lexpact-jvm", "jar"),
       "coordinates org.lexpact:lexpact-jvm, a jar")
report(text("m:version") == version, f"version {version} (pom: {text('m:version')})")
deps = [(d.findtext("m:groupId", namespaces=ns), d.findtext("m:artifactId", namespaces=ns),
         d.findtext("m:version", namespaces=ns), d.findtext("m:scope", namespaces=ns) or "compile")
        for d in project.findall("m:dependencies/m:dependency", ns)]
report(deps == [("net.java.dev.jna", "jna", jna_version, "compile")],
       f"one dependency, JNA {jna_version} as compiled against (pom: {deps})")
licenses = [l.findtext("m:name", namespaces=ns) for l in project.findall("m:licenses/m:license", ns)]
report(licenses == ["Apache-2.0"], f"license Apache-2.0 (pom: {licenses})")
report(text("m:url") == repository and text("m:scm/m:url") == repository,
       f"url and scm are the workspace's repository {repository} (pom: {text('m:url')})")
EOF
while read -r verdict what; do
  case "$verdict" in
    ok) pass "pom: $what" ;;
    bad) fail "pom: $what" ;;
    *) echo "$verdict $what" ;;
  esac
done <"$TEST/pom.log"
grep -q '^ok the pom parses$' "$TEST/pom.log" || fail "the pom check did not run"
check "the pom in the jar is the pom beside it" \
  bash -c "unzip -p '$JAR' META-INF/maven/org.lexpact/lexpact-jvm/pom.xml | cmp -s - '$OUT/lexpact-jvm-$VERSION.pom'"

step "the Android variant (generated through $HERE/uniffi-android.toml)"
JVM_KT=$OUT/kotlin/org/lexpact/lexpact.kt
ANDROID_KT=$OUT/android/org/lexpact/lexpact.kt
check "generated" test -s "$ANDROID_KT"
check "it frees objects with android.system.SystemCleaner" grep -q 'android.system.SystemCleaner.cleaner()' "$ANDROID_KT"
check "it imports android.os.Build and androidx.annotation.RequiresApi" \
  bash -c "grep -qx 'import android.os.Build' '$ANDROID_KT' && grep -qx 'import androidx.annotation.RequiresApi' '$ANDROID_KT'"
check "the JVM bindings use java.lang.ref.Cleaner and no Android API" \
  bash -c "grep -q 'java.lang.ref.Cleaner.create()' '$JVM_KT' && ! grep -Eq '(^import |[^.])androidx?\\.' '$JVM_KT'"
check "the tracked uniffi.toml does not ask for Android" \
  bash -c "! grep -q android bindings/uniffi/uniffi.toml"

step "a Kotlin program compiled against the jar alone plus JNA"
EXAMPLE=$TEST/example.jar
stamp=$( (
  cat examples/kotlin/Main.kt "$JVM_KT"
  "$KOTLINC" -version 2>&1
) | sha256sum | cut -d' ' -f1)
if [ -f "$EXAMPLE" ] && [ "$(cat "$TEST/example.stamp" 2>/dev/null)" = "$stamp" ]; then
  echo "unchanged sources: $EXAMPLE is up to date"
else
  rm -f "$EXAMPLE" "$TEST/example.stamp"
  # -include-runtime: a runnable Kotlin program carries the Kotlin standard library itself.
  must "$KOTLINC" examples/kotlin/Main.kt -cp "$JAR:$JNA" -include-runtime -nowarn -d "$EXAMPLE"
  echo "$stamp" >"$TEST/example.stamp"
fi
# An empty directory holding the three jars, as a user's would.
RUN=$TEST/run
rm -rf "$RUN"
mkdir -p "$RUN"
cp "$EXAMPLE" "$JAR" "$JNA" "$RUN/"
LEXPACT_JAR=$(basename "$JAR")
JNA_JAR=$(basename "$JNA")
printf 'Class-Path: %s %s\n' "$LEXPACT_JAR" "$JNA_JAR" >"$TEST/class-path.mf"
must jar --update --file "$RUN/example.jar" --manifest "$TEST/class-path.mf"
# The summary lines of the example: "... : N obligations" and "met N, partially met N, ...".
counts_of() {
  python3 - "$1" <<'EOF'
import re, sys
text = open(sys.argv[1]).read()
total = re.search(r": (\d+) obligations$", text, re.M)
mix = re.search(r"met (\d+), partially met (\d+), not met (\d+), unknown (\d+), not applicable (\d+); overdue (\d+)", text)
print(" ".join([total.group(1)] + list(mix.groups())) if total and mix else "none")
EOF
}
EXPECTED_COUNTS=$(python3 -c '
import json, sys
s = json.load(open(sys.argv[1]))["summary"]
print(*(s[k] for k in ["total", "met", "partially_met", "not_met", "unknown", "not_applicable", "overdue"]))' "$EXPECTED")
echo "the CLI's report ($EXPECTED): total, met, partially met, not met, unknown, not applicable, overdue = $EXPECTED_COUNTS"

run_example() {
  local name=$1 log=$2
  shift 2
  # No LD_LIBRARY_PATH, no -Djna.library.path: JNA can only find the library in the jar.
  if (cd "$RUN" && env -u LD_LIBRARY_PATH "$@" "$ROOT/$PROFILE") >"$log" 2>"$log.err"; then
    cat "$log"
    local counts
    counts=$(counts_of "$log")
    check "$name: the verdict counts are the CLI's ($counts)" [ "$counts" = "$EXPECTED_COUNTS" ]
  else
    cat "$log" "$log.err"
    fail "$name: the program failed"
  fi
}
run_example "java -cp" "$TEST/cp.log" \
  java -Djna.debug_load=true -cp "example.jar:$LEXPACT_JAR:$JNA_JAR" org.lexpact.example.MainKt
# JNA says where it found the library: inside the jar, under the platform's directory.
check "JNA loaded the library from the jar's linux-x86-64/ resource" \
  grep -Eq "jar:file:.*/$LEXPACT_JAR!/linux-x86-64/liblexpact_uniffi.so" "$TEST/cp.log.err"
run_example "java -jar" "$TEST/jar.log" java -jar example.jar

finish
