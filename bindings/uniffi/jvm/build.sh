#!/usr/bin/env bash
# Builds the JVM artifact into target/jvm/:
#   lexpact-jvm-<version>.jar          the Kotlin bindings compiled with kotlinc, and the release
#                                      native library as a JNA resource
#                                      (<os>-<arch>/liblexpact_uniffi.so, found on the class path
#                                      without -Djna.library.path)
#   lexpact-jvm-<version>-sources.jar  the generated Kotlin
#   lexpact-jvm-<version>.pom          bindings/uniffi/jvm/pom.xml, checked against the versions
#                                      (the workspace's, and the JNA jar compiled against)
# and the Android variant of the bindings (uniffi-android.toml over uniffi.toml) into
# target/jvm/android/, generated only: Android is not built here.
#
# Installs what is missing (a JDK, JNA, the npm Kotlin compiler); skips the Kotlin compilation
# when the generated sources have not changed. Prints the jar's path last.
set -euo pipefail
cd "$(dirname "$0")/../../.."
ROOT=$PWD
HERE=bindings/uniffi/jvm
OUT=target/jvm
KOTLINC=node_modules/kotlin-compiler/bin/kotlinc
JNA=/usr/share/java/jna.jar
# The oldest Kotlin whose compiler and standard library can use the jar.
KOTLIN_FLOOR=2.2

say() { printf '== %s\n' "$*" >&2; }
die() {
  echo "build.sh: $*" >&2
  exit 1
}

say "tools"
if ! command -v jar >/dev/null 2>&1; then
  apt-get install -y default-jdk-headless
fi
if [ ! -f "$JNA" ]; then
  apt-get install -y libjna-java
fi
if [ ! -x "$KOTLINC" ]; then
  npm install --no-audit --no-fund
fi

# JNA's directory name for this machine (com.sun.jna.Platform.RESOURCE_PREFIX).
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) PLATFORM=linux-x86-64 ;;
  Linux-aarch64) PLATFORM=linux-aarch64 ;;
  *) die "no JNA resource directory known for $(uname -s) $(uname -m)" ;;
esac

say "versions"
VERSION=$(cargo metadata --locked --no-deps --format-version 1 |
  python3 -c 'import json, sys
print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "lexpact-uniffi"))')
# The pom is deployed as it is, so it must already say what is being built.
read -r POM_VERSION POM_JNA < <(python3 - "$HERE/pom.xml" <<'EOF'
import sys
import xml.etree.ElementTree as ET
ns = {"m": "http://maven.apache.org/POM/4.0.0"}
project = ET.parse(sys.argv[1]).getroot()
jna = [d for d in project.findall("m:dependencies/m:dependency", ns)
       if d.findtext("m:artifactId", namespaces=ns) == "jna"]
print(project.findtext("m:version", namespaces=ns),
      jna[0].findtext("m:version", namespaces=ns) if jna else "none")
EOF
)
JNA_VERSION=$(unzip -p "$JNA" META-INF/MANIFEST.MF | sed -n 's/^Bundle-Version: *\([^[:space:]]*\).*/\1/p')
[ "$POM_VERSION" = "$VERSION" ] ||
  die "$HERE/pom.xml says version $POM_VERSION, the workspace $VERSION: update the pom"
[ "$POM_JNA" = "$JNA_VERSION" ] ||
  die "$HERE/pom.xml depends on JNA $POM_JNA, but $JNA is JNA $JNA_VERSION: update the pom"
echo "lexpact-jvm $VERSION for $PLATFORM, JNA $JNA_VERSION" >&2

say "the native library (release)"
cargo build --locked --release -p lexpact-uniffi --lib
mkdir -p "$OUT"
# Copied out: the library inside the jar is exactly the one the bindings are generated from.
cp target/release/liblexpact_uniffi.so "$OUT/liblexpact_uniffi.so"
LIB=$OUT/liblexpact_uniffi.so

say "uniffi-bindgen"
cargo build --locked -p lexpact-uniffi --features bindgen --bin uniffi-bindgen
BINDGEN=target/debug/uniffi-bindgen

say "generate the Kotlin bindings (library mode): the JVM and the Android variant"
rm -rf "${OUT:?}/kotlin" "${OUT:?}/android"
"$BINDGEN" generate --library "$LIB" --language kotlin --out-dir "$OUT/kotlin" --no-format
"$BINDGEN" generate --library "$LIB" --language kotlin --config "$HERE/uniffi-android.toml" \
  --out-dir "$OUT/android" --no-format
SOURCE=$OUT/kotlin/org/lexpact/lexpact.kt

say "compile with kotlinc"
KOTLINC_FLAGS=(-jvm-target 1.8 -language-version "$KOTLIN_FLOOR" -api-version "$KOTLIN_FLOOR"
  -module-name lexpact-jvm -nowarn)
stamp=$( (
  cat "$SOURCE"
  echo "${KOTLINC_FLAGS[*]}"
  "$KOTLINC" -version 2>&1
) | sha256sum | cut -d' ' -f1)
if [ -d "$OUT/classes" ] && [ "$(cat "$OUT/classes.stamp" 2>/dev/null)" = "$stamp" ]; then
  echo "unchanged sources: $OUT/classes is up to date" >&2
else
  rm -rf "${OUT:?}/classes" "$OUT/classes.stamp"
  "$KOTLINC" "$SOURCE" -cp "$JNA" "${KOTLINC_FLAGS[@]}" -d "$OUT/classes"
  echo "$stamp" >"$OUT/classes.stamp"
fi

say "assemble the jar"
STAGE=$OUT/stage
rm -rf "$STAGE"
mkdir -p "$STAGE/$PLATFORM" "$STAGE/META-INF/maven/org.lexpact/lexpact-jvm"
cp "$LIB" "$STAGE/$PLATFORM/"
cp "$HERE/pom.xml" "$STAGE/META-INF/maven/org.lexpact/lexpact-jvm/pom.xml"
printf 'groupId=org.lexpact\nartifactId=lexpact-jvm\nversion=%s\n' "$VERSION" \
  >"$STAGE/META-INF/maven/org.lexpact/lexpact-jvm/pom.properties"
if [ -f LICENSE ]; then
  cp LICENSE "$STAGE/META-INF/LICENSE"
fi
cat >"$OUT/manifest.txt" <<EOF
Implementation-Title: lexpact-jvm
Implementation-Version: $VERSION
Implementation-Vendor: Lexpact
Automatic-Module-Name: org.lexpact
Lexpact-Native-Platforms: $PLATFORM
EOF
JAR=$OUT/lexpact-jvm-$VERSION.jar
# A fixed date: the same inputs give the same jar.
DATE=1980-01-01T00:00:02Z
rm -f "$JAR" "$OUT/lexpact-jvm-$VERSION-sources.jar"
jar --create --file "$JAR" --manifest "$OUT/manifest.txt" --date "$DATE" \
  -C "$OUT/classes" . -C "$STAGE" .
jar --create --file "$OUT/lexpact-jvm-$VERSION-sources.jar" --no-manifest --date "$DATE" \
  -C "$OUT/kotlin" .
cp "$HERE/pom.xml" "$OUT/lexpact-jvm-$VERSION.pom"

echo "$ROOT/$JAR"
