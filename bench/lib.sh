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

# SERVICE_ENV: the environment of a production start for a benchmark (args: HTTP port, management port, database).
# Production needs an identity provider, a public URL and an SMTP host to start (common/RequiredSettings): these
# name addresses that nothing here serves (submissions need no sign-in). The mailer is mocked and the dispatcher is
# off, so every acknowledgement stays in the outbox: delivery is not part of these measurements.
service_env() {
    SERVICE_ENV=(
        ACCREDIT_OIDC_URL="http://127.0.0.1:9/realms/bench"
        ACCREDIT_CONSOLE_SECRET="bench-console-secret-0123456789abcdef"
        ACCREDIT_OIDC_CLIENT_SECRET="bench-client-secret"
        ACCREDIT_PUBLIC_URL="http://127.0.0.1:$1"
        ACCREDIT_SMTP_HOST=127.0.0.1
        ACCREDIT_MANAGEMENT_PORT="$2"
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$3"
        QUARKUS_DATASOURCE_USERNAME="$PGUSER"
        QUARKUS_DATASOURCE_PASSWORD=""
        QUARKUS_HTTP_PORT="$1"
        QUARKUS_MAILER_MOCK=true
        ACCREDIT_MAIL_DISPATCH_EVERY=off
    )
}
