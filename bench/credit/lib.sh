# Shared helpers for the credit-repair benchmarks (crash.sh, fuzz.sh); not run by itself. Everything but the jar's
# default place and new_files comes from bench/service/lib.sh (see its settings: JAR, CONTENT, SVC_JAVA_OPTS).
#   JAR      the service jar (default /tmp/build-credit/portal.jar;
#            build it with: mvn -q -Dbuild.dir=/tmp/build-credit package -DskipTests)

JAR=${JAR:-/tmp/build-credit/portal.jar}
CREDIT_HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
source "$CREDIT_HERE/../service/lib.sh"
HERE=$CREDIT_HERE  # the credit scripts find their Java files here

# new_files MARKER DIR…: regular files under DIR… modified after MARKER, outside any …/data/postgres folder.
new_files() {
    local marker=$1
    shift
    find "$@" -xdev -newer "$marker" -type f -not -path '*/data/postgres/*' 2>/dev/null | sort
}
