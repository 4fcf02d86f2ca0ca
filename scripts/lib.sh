# Shared by scripts/run, scripts/test and scripts/bench: the Debian packages xuncha needs and a
# throw-away PostgreSQL server for the tests. Source it; it defines functions only.

# Building: compiler, CMake, and the libraries' -dev packages.
XUNCHA_BUILD_PACKAGES=(
  g++ cmake ninja-build pkg-config gettext
  libwxgtk3.2-dev libsoci-dev libpq-dev libsqlite3-dev libboost-date-time-dev libicu-dev nlohmann-json3-dev libssl-dev
  libgoogle-perftools-dev
  catch2
)
# Running the GUI: wxWidgets' own Chinese strings and fonts with CJK glyphs.
XUNCHA_RUN_PACKAGES=(wx3.2-i18n fonts-noto-cjk)
# Testing: a virtual X server for the GUI tests, a PostgreSQL server, screenshot tools, a JSON Schema
# validator for the exchange format, and LLVM's faster linker for the test builds.
XUNCHA_TEST_PACKAGES=(xvfb xauth postgresql imagemagick python3 python3-jsonschema lld)

# Installs whichever of the given packages are missing; a machine that has them all pays nothing.
ensure_packages() {
  local missing=()
  local package
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "xuncha: installing ${missing[*]}" >&2
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "xuncha: these packages are missing and you are not root: ${missing[*]}" >&2; return 1; }
    sudo=(sudo)
  fi
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Starts a private PostgreSQL server on a unix socket in a new temporary directory (no TCP port) and
# exports XUNCHA_TEST_PG with its connection URI. stop_test_postgres stops it and removes the directory.
start_test_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -x "$bin/initdb" ] || { echo "xuncha: PostgreSQL server binaries not found" >&2; return 1; }
  XUNCHA_PG_DIR=$(mktemp -d /tmp/xuncha-pg.XXXXXX)
  local as_user=()
  # The server refuses to run as root: run it as the postgres system user then.
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres: "$XUNCHA_PG_DIR"
    as_user=(runuser -u postgres --)
  fi
  XUNCHA_PG_BIN=$bin
  XUNCHA_PG_AS=("${as_user[@]}")
  local port=$((20000 + RANDOM % 20000))
  "${as_user[@]}" "$bin/initdb" -D "$XUNCHA_PG_DIR/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 >"$XUNCHA_PG_DIR/initdb.log" 2>&1 \
    || { cat "$XUNCHA_PG_DIR/initdb.log" >&2; return 1; }
  "${as_user[@]}" "$bin/pg_ctl" -D "$XUNCHA_PG_DIR/data" -l "$XUNCHA_PG_DIR/server.log" -w -t 60 \
    -o "-k $XUNCHA_PG_DIR -c listen_addresses='' -p $port -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50" \
    start >/dev/null || { cat "$XUNCHA_PG_DIR/server.log" >&2; return 1; }
  export XUNCHA_TEST_PG="postgresql:///postgres?host=$XUNCHA_PG_DIR&port=$port&user=postgres"
  echo "xuncha: PostgreSQL test server running ($XUNCHA_TEST_PG)" >&2
}

stop_test_postgres() {
  [ -n "${XUNCHA_PG_DIR:-}" ] || return 0
  if [ -f "$XUNCHA_PG_DIR/data/postmaster.pid" ]; then
    "${XUNCHA_PG_AS[@]}" "$XUNCHA_PG_BIN/pg_ctl" -D "$XUNCHA_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$XUNCHA_PG_DIR"
  XUNCHA_PG_DIR=
}
