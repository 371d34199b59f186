#!/usr/bin/env bash
# Run a local Neo4j 5.26 LTS Community server for diplograph's neo4j backend and its tests.
#
#   scripts/neo4j.sh start    fetch the server from Maven Central (first time), start it, wait for Bolt
#   scripts/neo4j.sh stop     stop it cleanly
#   scripts/neo4j.sh import ARGS_FILE
#                             replace the database with CSV files: stop the server, run
#                             `neo4j-admin database import full` with the arguments in ARGS_FILE
#                             (one a line; `diplograph push --bulk` writes it), start the server
#   scripts/neo4j.sh status   say whether it runs, where, and where its data and logs are
#
# Everything lives under .cache/neo4j/ in the repository (git-ignored): the server's jars,
# its configuration, data and logs. The server listens on 127.0.0.1 only: Bolt on
# $DIPLOGRAPH_NEO4J_BOLT_PORT (7687) and Neo4j Browser on http://127.0.0.1:$DIPLOGRAPH_NEO4J_HTTP_PORT (7474).
# User neo4j, password $DIPLOGRAPH_NEO4J_PASSWORD (default diplograph-dev), set before the
# first start; to change it later, stop the server and delete .cache/neo4j/data.
#
# Maven Central does not carry Neo4j's tar.gz distribution, only its jars; so the jars that
# make up the Community server (see scripts/neo4j-server/pom.xml) are gathered with Maven and
# run with the distribution's own entry point, org.neo4j.server.CommunityEntryPoint.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
POM="$ROOT/scripts/neo4j-server/pom.xml"
HOME_DIR="${DIPLOGRAPH_NEO4J_HOME:-$ROOT/.cache/neo4j}"
BOLT_PORT="${DIPLOGRAPH_NEO4J_BOLT_PORT:-7687}"
HTTP_PORT="${DIPLOGRAPH_NEO4J_HTTP_PORT:-7474}"
PASSWORD="${DIPLOGRAPH_NEO4J_PASSWORD:-diplograph-dev}"
HEAP="${DIPLOGRAPH_NEO4J_HEAP:-1g}"
PAGECACHE="${DIPLOGRAPH_NEO4J_PAGECACHE:-512m}"
START_TIMEOUT="${DIPLOGRAPH_NEO4J_START_TIMEOUT:-180}"
# JVM options of the import tool (diplograph push --bulk sets them by the size of the import)
IMPORT_JAVA_OPTIONS="${DIPLOGRAPH_NEO4J_IMPORT_JAVA_OPTIONS:-}"
# The import tool's memory beside its heap. The server is stopped while the tool runs, so the tool
# may take its page cache's share too: at 1M relations, 1536m instead of 512m halves the linking
# of relationships (34 s against 74 s; 57 s of CPU for the whole tool against 79 s).
IMPORT_MEMORY="${DIPLOGRAPH_NEO4J_IMPORT_MEMORY:-1536m}"

VERSION="$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$POM")"
LIB="$HOME_DIR/lib-$VERSION"
CONF="$HOME_DIR/conf"
DATA="$HOME_DIR/data"
LOGS="$HOME_DIR/logs"
RUN="$HOME_DIR/run"
PIDFILE="$RUN/neo4j.pid"

say() { printf 'neo4j.sh: %s\n' "$*"; }
die() { printf 'neo4j.sh: error: %s\n' "$*" >&2; exit 1; }

running_pid() {
    # The pid of our server if it is alive (a stale pid file from a crash or reboot is ignored).
    [[ -f "$PIDFILE" ]] || return 1
    local pid
    pid="$(cat "$PIDFILE")"
    [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null \
        && grep -qa "CommunityEntryPoint" "/proc/$pid/cmdline" 2>/dev/null || return 1
    echo "$pid"
}

bolt_answers() {
    # A real Bolt handshake: the magic preamble and the versions we speak (5.0-5.8, 4.4); a Bolt
    # server answers with the 4-byte version it chose, anything else leaves the reply empty.
    local reply
    reply="$(timeout 3 bash -c '
        exec 3<>"/dev/tcp/127.0.0.1/$1" || exit 1
        printf "\x60\x60\xb0\x17\x00\x08\x08\x05\x00\x00\x04\x04\x00\x00\x00\x00\x00\x00\x00\x00" >&3
        head -c 4 <&3 | od -An -tx1' _ "$BOLT_PORT" 2>/dev/null)" || return 1
    reply="${reply// /}"
    [[ ${#reply} -eq 8 && "$reply" != "00000000" ]]
}

port_taken() {
    timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1"' _ "$1" 2>/dev/null
}

fetch_server() {
    [[ -f "$LIB/.complete" ]] && return 0
    command -v mvn >/dev/null || die "Maven (mvn) is needed once to fetch Neo4j $VERSION from Maven Central"
    say "fetching Neo4j $VERSION Community from Maven Central into $LIB (once)"
    rm -rf "$LIB"
    mvn -q -B -f "$POM" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$LIB" \
        || die "Maven could not fetch Neo4j $VERSION (see its output above)"
    touch "$LIB/.complete"
}

write_config() {
    mkdir -p "$CONF" "$DATA" "$LOGS" "$RUN" "$HOME_DIR/import" "$HOME_DIR/plugins"
    # Regenerated on every start so that the script, not a stale file, decides the settings.
    cat > "$CONF/neo4j.conf" <<EOF
# Written by scripts/neo4j.sh on each start: edit the script, not this file.
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$BOLT_PORT
server.bolt.tls_level=DISABLED
server.http.enabled=true
server.http.listen_address=127.0.0.1:$HTTP_PORT
server.https.enabled=false
dbms.security.auth_enabled=true
dbms.usage_report.enabled=false
server.directories.data=$DATA
server.directories.logs=$LOGS
server.directories.run=$RUN
server.directories.import=$HOME_DIR/import
server.directories.plugins=$HOME_DIR/plugins
server.memory.pagecache.size=$PAGECACHE
db.tx_log.rotation.retention_policy=2 files
db.transaction.timeout=10m
EOF
}

java_options() {
    # The JVM options the distribution's launcher would pass, trimmed to what this server needs.
    printf '%s\n' "-Xms256m" "-Xmx$HEAP" "-XX:+UseG1GC" "-XX:-OmitStackTraceInFastThrow" \
        "-XX:+DisableExplicitGC" "-Djdk.nio.maxCachedBufferSize=1024" \
        "-Dio.netty.tryReflectionSetAccessible=true" "-Dlog4j2.disable.jmx=true" \
        "--add-opens=java.base/java.nio=ALL-UNNAMED" "--add-opens=java.base/java.io=ALL-UNNAMED" \
        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED" "--add-opens=java.base/java.lang=ALL-UNNAMED" \
        "--enable-native-access=ALL-UNNAMED"
}

start() {
    mkdir -p "$RUN"
    exec 9>"$RUN/start.lock"
    flock -w "$START_TIMEOUT" 9 || die "another start is still running"
    local pid
    if pid="$(running_pid)" && bolt_answers; then
        say "already running (pid $pid), Bolt at bolt://127.0.0.1:$BOLT_PORT"
        return 0
    fi
    if [[ -z "${pid:-}" ]] && port_taken "$BOLT_PORT"; then
        die "port $BOLT_PORT on 127.0.0.1 is taken by another program; stop it or set DIPLOGRAPH_NEO4J_BOLT_PORT"
    fi
    command -v java >/dev/null || die "Java 17 or 21 is needed to run Neo4j $VERSION"
    fetch_server
    write_config
    if [[ -z "${pid:-}" ]]; then
        if [[ ! -f "$DATA/dbms/auth.ini" ]]; then
            NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$CONF" java -cp "$LIB/*" org.neo4j.cli.AdminTool \
                dbms set-initial-password "$PASSWORD" >"$LOGS/set-initial-password.log" 2>&1 \
                || die "could not set the initial password; see $LOGS/set-initial-password.log"
        fi
        local -a jvm
        mapfile -t jvm < <(java_options)
        say "starting Neo4j $VERSION (data in $DATA, logs in $LOGS)"
        cd "$HOME_DIR"
        NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$CONF" setsid nohup java "${jvm[@]}" -cp "$LIB/*" \
            org.neo4j.server.CommunityEntryPoint --home-dir="$HOME_DIR" --config-dir="$CONF" \
            >"$LOGS/console.log" 2>&1 </dev/null 9>&- &
        pid=$!
        echo "$pid" >"$PIDFILE"
    fi
    local waited=0
    until bolt_answers; do
        if ! kill -0 "$pid" 2>/dev/null; then
            tail -n 20 "$LOGS/console.log" >&2 || true
            rm -f "$PIDFILE"
            die "Neo4j exited while starting; see $LOGS/console.log and $LOGS/neo4j.log"
        fi
        (( waited >= START_TIMEOUT )) && die "Bolt did not answer within ${START_TIMEOUT}s; see $LOGS/console.log"
        sleep 1
        waited=$((waited + 1))
    done
    say "running (pid $pid): bolt://127.0.0.1:$BOLT_PORT, Neo4j Browser at http://127.0.0.1:$HTTP_PORT, user neo4j"
}

stop() {
    local pid
    if ! pid="$(running_pid)"; then
        rm -f "$PIDFILE"
        say "not running"
        return 0
    fi
    say "stopping (pid $pid)"
    kill -TERM "$pid"
    local waited=0
    while kill -0 "$pid" 2>/dev/null; do
        (( waited >= 120 )) && die "pid $pid still running after 120s; see $LOGS/console.log"
        sleep 1
        waited=$((waited + 1))
    done
    rm -f "$PIDFILE"
    say "stopped"
}

status() {
    local pid
    if pid="$(running_pid)"; then
        if bolt_answers; then
            say "running (pid $pid), Neo4j $VERSION, bolt://127.0.0.1:$BOLT_PORT, http://127.0.0.1:$HTTP_PORT"
        else
            say "starting or unresponsive (pid $pid): Bolt does not answer on 127.0.0.1:$BOLT_PORT"
        fi
        say "data $DATA, logs $LOGS"
        return 0
    fi
    say "stopped (data $DATA)"
    return 3
}

import_csv() {
    # neo4j-admin's import tool (among the jars fetch_server gathers) needs the database stopped,
    # and Neo4j Community stops a database only by stopping the server.
    local args="${1:-}"
    [[ -f "$args" ]] || die "import needs the file of neo4j-admin arguments that diplograph push --bulk writes"
    command -v java >/dev/null || die "Java 17 or 21 is needed to run Neo4j $VERSION"
    fetch_server
    write_config
    stop
    say "importing with neo4j-admin database import full (arguments in $args)"
    local started=$SECONDS
    local -a tuning
    read -r -a tuning <<<"$IMPORT_JAVA_OPTIONS"
    NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$CONF" java "-Xmx$HEAP" "${tuning[@]}" -cp "$LIB/*" org.neo4j.cli.AdminTool \
        database import full --overwrite-destination=true "--max-off-heap-memory=$IMPORT_MEMORY" \
        "--report-file=$LOGS/import.report" "@$args" \
        || { say "the import failed: the database is left empty; starting the server anyway"; start; exit 1; }
    say "imported in $((SECONDS - started)) s"
    start
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    import) import_csv "${2:-}" ;;
    *) echo "usage: $0 start|stop|status|import ARGS_FILE" >&2; exit 2 ;;
esac
