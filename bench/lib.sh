# Shared by bench/run.sh and bench/overload.sh (sourced; the caller defines die).

# Installs a Debian package (apt-get update first when the package is not known yet); root or sudo.
apt_install() {
    command -v apt-get >/dev/null || die "$1 is missing and apt-get is not available; install $1"
    local prefix=""
    [ "$(id -u)" -eq 0 ] || prefix="sudo"
    if ! apt-cache show "$1" >/dev/null 2>&1; then
        timeout 300 $prefix apt-get update -qq
    fi
    timeout 300 $prefix env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
}

# The tools both benchmarks drive the service with: java, curl, wrk, psql.
require_load_tools() {
    command -v java >/dev/null || die "java (17+) is needed"
    command -v curl >/dev/null || apt_install curl
    command -v wrk >/dev/null || apt_install wrk
    command -v psql >/dev/null || apt_install postgresql-client-15
}
