#!/usr/bin/env bash
# Picks a JDK 21 or newer (Jira 11.3 runs on Java 21) and exports it as JAVA_HOME; shared by .ci/run and
# preview/run, which source it:
#
#   source build-support/jdk.sh
#   pk_select_jdk || exit 1          # exports JAVA_HOME, or says on stderr where it looked
#
# Maven alone does not need this: the root pom's maven-toolchains-plugin (select-jdk-toolchain) finds a JDK
# 21+ for javac and the tests even when Maven runs on Java 17. The scripts need one themselves: preview/run
# starts the preview's own JVM with it, and CI runs Maven on it so that the log's `java -version` is the JDK
# that compiled and tested.
#
# Order: JAVA_HOME when it is a JDK 21+; otherwise the newest JDK 21+ among JAVA<n>_HOME and the places
# maven-toolchains-plugin also looks (/usr/lib/jvm, /usr/java, /opt/java, ~/.sdkman, ~/.jdks,
# /Library/Java/JavaVirtualMachines). Run directly (build-support/jdk.sh) it prints the JDK it would pick.
# Safe under `set -euo pipefail`; defines only pk_* functions.

# The feature release of the JDK in $1: 21 for "21.0.9", 25 for "25-ea", 8 for "1.8.0_462"; fails without a java.
pk_jdk_major() {
    [ -x "$1/bin/java" ] || return 1
    "$1/bin/java" -version 2>&1 | awk -F'"' '/version/ { v = $2; sub(/^1\./, "", v); sub(/[^0-9].*/, "", v); print v; exit }'
}

# Exports JAVA_HOME as a JDK (with javac) of release ${1:-21} or newer; returns 1 if there is none.
pk_select_jdk() {
    local minimum=${1:-21} candidate major best="" best_major=0 var
    local -a candidates=()
    if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
        major=$(pk_jdk_major "$JAVA_HOME") || major=0
        if [ "${major:-0}" -ge "$minimum" ]; then
            export JAVA_HOME
            return 0
        fi
    fi
    for var in $(compgen -v); do
        case $var in
            JAVA[0-9]*_HOME) candidates+=("${!var}") ;;
        esac
    done
    candidates+=(/usr/lib/jvm/* /usr/java/* /opt/java/* "${HOME:-/nonexistent}"/.sdkman/candidates/java/*
        "${HOME:-/nonexistent}"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home)
    for candidate in "${candidates[@]}"; do
        [ -x "$candidate/bin/javac" ] || continue
        major=$(pk_jdk_major "$candidate") || continue
        if [ "${major:-0}" -gt "$best_major" ]; then
            best=$candidate
            best_major=$major
        fi
    done
    if [ "$best_major" -ge "$minimum" ]; then
        JAVA_HOME=$best
        export JAVA_HOME
        return 0
    fi
    echo "No JDK $minimum or newer found (JAVA_HOME${JAVA_HOME:+=$JAVA_HOME}, JAVA<n>_HOME, /usr/lib/jvm, /usr/java," \
        "/opt/java, ~/.sdkman, ~/.jdks, /Library/Java/JavaVirtualMachines): install one, or point JAVA_HOME at one." >&2
    return 1
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    pk_select_jdk "$@"
    echo "$JAVA_HOME"
fi
