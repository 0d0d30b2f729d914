# Sourced by ./cloudgate and ./run-tests: finds a JDK of version 21 or newer so that nobody has to
# set JAVA_HOME. Order: $JAVA_HOME if new enough, the javac on PATH, then /usr/lib/jvm/*, newest first.
# Sets JAVA_HOME, JAVA_MAJOR (its feature version) and PATH. Every server start sources this file, so it
# reads the JDKs' release files with bash itself: the pipelines it ran before cost ~35 ms of each start.

# Sets MAJOR to the feature version of the JDK in $1 (0 when unknown); fails when $1 holds no java.
major_of() {
    local home="$1" line
    MAJOR=0
    [ -x "$home/bin/java" ] || return 1
    if [ -f "$home/release" ]; then
        while IFS= read -r line || [ -n "$line" ]; do
            if [[ $line =~ ^JAVA_VERSION=\"([0-9]+) ]]; then
                MAJOR=${BASH_REMATCH[1]}
                return 0
            fi
        done < "$home/release"
    fi
    line=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1)
    MAJOR=${line:-0}
}

# The feature version of the JDK in $1, printed (0 when unknown).
java_major() {
    major_of "$1" || return 1
    echo "$MAJOR"
}

find_jdk() {
    local candidate best="" best_major=0
    if [ -n "${JAVA_HOME:-}" ] && major_of "$JAVA_HOME" && [ "$MAJOR" -ge 21 ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        JAVA_MAJOR=$MAJOR
        return 0
    fi
    if candidate=$(command -v javac 2>/dev/null); then
        candidate=$(readlink -f "$candidate")
        candidate=${candidate%/bin/javac}
        if major_of "$candidate" && [ "$MAJOR" -ge 21 ]; then
            JAVA_HOME=$candidate JAVA_MAJOR=$MAJOR
            return 0
        fi
    fi
    for candidate in /usr/lib/jvm/*/ /opt/java/*/ /opt/jdk*/; do
        candidate=${candidate%/}
        if [ -x "$candidate/bin/javac" ] && major_of "$candidate" && [ "$MAJOR" -gt "$best_major" ]; then
            best=$candidate best_major=$MAJOR
        fi
    done
    if [ "$best_major" -ge 21 ]; then
        JAVA_HOME=$best JAVA_MAJOR=$best_major
        return 0
    fi
    return 1
}

if ! find_jdk; then
    echo "cloudgate needs a JDK 21 or newer; none was found in JAVA_HOME, on PATH or under /usr/lib/jvm." >&2
    exit 1
fi
export JAVA_HOME JAVA_MAJOR
export PATH="$JAVA_HOME/bin:$PATH"
if [ "$JAVA_MAJOR" -ge 23 ]; then
    # Maven's bundled Guava calls sun.misc.Unsafe; newer JDKs warn about it on every build.
    export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
