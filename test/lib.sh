# test/lib.sh -- set-up shared by test/run-tests and test/demo (sourced).
#
# Installs missing Debian packages (as root), builds and installs the
# extension from a copy of the source tree, and runs a throwaway PostgreSQL
# cluster in a temporary directory owned by user postgres (the server
# refuses to run as root), on a unix socket in that directory.

PG_MAJOR=${PG_MAJOR:-15}
NE_KEEP=${NE_KEEP:-0}
export DEBIAN_FRONTEND=noninteractive

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PGBIN=/usr/lib/postgresql/$PG_MAJOR/bin
PG_CONFIG=$PGBIN/pg_config
NPROC=$(nproc 2>/dev/null || echo 2)

say() { printf '\n=== %s\n' "$*"; }

# Installs the packages of the build, the tests and the server that are missing.
install_dependencies() {
	local pkgs=(postgresql-$PG_MAJOR postgresql-server-dev-$PG_MAJOR libpcre2-dev
		libutf8proc-dev libcmocka-dev clang libclang-rt-14-dev make gcc
		pkg-config valgrind)
	local missing=() p
	for p in "${pkgs[@]}"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' ||
			missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	if [ "$(id -u)" -ne 0 ]; then
		echo "missing packages: ${missing[*]} (run as root to install them)" >&2
		return 1
	fi
	say "installing ${missing[*]}"
	apt-get update -qq </dev/null &&
		apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
}

# Temporary space: WORK/{src,data,sock,logs}.
ne_make_workdir() {
	WORK=$(mktemp -d "/tmp/newsextract-$1.XXXXXX")
	SRC=$WORK/src
	PGDATA=$WORK/data
	SOCK=$WORK/sock
	LOGS=$WORK/logs
	PGPORT=$((50000 + RANDOM % 10000))
	mkdir -p "$SRC" "$SOCK" "$LOGS"
	chmod 755 "$WORK"
	MAKE="make -C $SRC PG_CONFIG=$PG_CONFIG"
}

# Copies the source tree (tracked files plus untracked, not ignored ones) to SRC.
ne_copy_tree() {
	if git -C "$ROOT" rev-parse --git-dir >/dev/null 2>&1; then
		(cd "$ROOT" && git ls-files -z -c -o --exclude-standard |
			xargs -0 -r cp --parents -t "$SRC" 2>/dev/null) || true
	else
		(cd "$ROOT" && tar --exclude=./build --exclude='*.o' --exclude='*.bc' \
			--exclude='*.so' -cf - .) | (cd "$SRC" && tar -xf -)
	fi
}

# Builds and installs the extension from SRC; logs in LOGS/{build,install}.log.
ne_build_install() {
	$MAKE -j"$NPROC" >"$LOGS/build.log" 2>&1 && $MAKE install >"$LOGS/install.log" 2>&1
}

# Runs a command as the database owner.
as_pg() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

CLUSTER_UP=0
# initdb + start on SOCK/PGPORT; exports PGHOST, PGPORT, PGUSER.
ne_start_cluster() {
	[ "$(id -u)" -eq 0 ] && chown -R postgres: "$WORK"
	as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust --locale=C --encoding=UTF8 \
		>"$LOGS/initdb.log" 2>&1 &&
		as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$WORK/server.log" -w -t 60 \
			-o "-k $SOCK -p $PGPORT -c listen_addresses='' -c fsync=off" start \
			>"$LOGS/pg_ctl.log" 2>&1 || {
		cat "$LOGS/initdb.log" "$LOGS/pg_ctl.log" "$WORK/server.log" 2>/dev/null | tail -n 40
		return 1
	}
	CLUSTER_UP=1
	export PGHOST=$SOCK PGPORT PGUSER=postgres
}

# Stops the cluster and removes WORK (unless NE_KEEP=1).
ne_cleanup() {
	if [ "$CLUSTER_UP" = 1 ]; then
		as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate -w stop >/dev/null 2>&1
		CLUSTER_UP=0
	fi
	if [ -n "${WORK:-}" ] && [ -d "$WORK" ]; then
		if [ "$NE_KEEP" = 1 ]; then
			echo "kept $WORK" >&2
		else
			rm -rf "$WORK"
		fi
	fi
}
