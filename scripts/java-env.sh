# Sourced by ./cloudgate and ./run-tests: finds a JDK of version 21 or newer so that nobody has to
# set JAVA_HOME. Order: $JAVA_HOME if new enough, the java on PATH, then /usr/lib/jvm/*, newest first.

java_major() {
    local home="$1" version
    [ -x "$home/bin/java" ] || return 1
    if [ -f "$home/release" ]; then
        version=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
    fi
    if [ -z "${version:-}" ]; then
        version=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
    fi
    echo "${version:-0}"
}

find_jdk() {
    local candidate
    if [ -n "${JAVA_HOME:-}" ] && [ "$(java_major "$JAVA_HOME")" -ge 21 ] 2>/dev/null && [ -x "$JAVA_HOME/bin/javac" ]; then
        echo "$JAVA_HOME"; return 0
    fi
    if command -v javac >/dev/null 2>&1; then
        candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
        if [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then echo "$candidate"; return 0; fi
    fi
    for candidate in $(ls -d /usr/lib/jvm/*/ /opt/java/*/ /opt/jdk*/ 2>/dev/null | sed 's:/$::'); do
        if [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
            echo "$(java_major "$candidate") $candidate"
        fi
    done | sort -rn | head -1 | cut -d' ' -f2-
}

JAVA_HOME="$(find_jdk)"
if [ -z "$JAVA_HOME" ]; then
    echo "cloudgate needs a JDK 21 or newer; none was found in JAVA_HOME, on PATH or under /usr/lib/jvm." >&2
    exit 1
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
if [ "$(java_major "$JAVA_HOME")" -ge 23 ]; then
    # Maven's bundled Guava calls sun.misc.Unsafe; newer JDKs warn about it on every build.
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
