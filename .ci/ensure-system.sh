#!/usr/bin/env bash
# Installs the Debian packages the project needs when their commands are missing:
#   ensure-system.sh redis-server [postgresql] [chromium] [clamav-daemon] [haproxy] [prometheus]
# As root it uses apt-get; otherwise it says what to install and fails.
set -euo pipefail

missing=()
for pkg in "$@"; do
  case "$pkg" in
    redis-server) command -v redis-server >/dev/null 2>&1 || missing+=(redis-server) ;;
    postgresql) compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql) ;;
    # The browser test (test/client/browser.int-spec.ts) drives Debian's headless Chromium.
    chromium) command -v chromium >/dev/null 2>&1 || missing+=(chromium) ;;
    # The documents tests scan uploads with a real clamd (test/support/clamd.ts starts its own).
    clamav-daemon) [ -x /usr/sbin/clamd ] || command -v clamd >/dev/null 2>&1 || missing+=(clamav-daemon) ;;
    # The deployment test (test/deployment/) puts Debian's HAProxy in front of two API processes.
    haproxy) command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ] || missing+=(haproxy) ;;
    # The metrics test scrapes with a real Prometheus; CI checks the alert rules with its promtool.
    prometheus) command -v promtool >/dev/null 2>&1 || missing+=(prometheus) ;;
    *) echo "ensure-system.sh: paquete desconocido: $pkg" >&2; exit 2 ;;
  esac
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Faltan paquetes del sistema: instálelos con \`sudo apt-get install ${missing[*]}\`" >&2
  exit 1
fi
echo "Instalando paquetes del sistema: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
# Debian starts a system-wide redis/postgres on install where it can; this project runs its own.
service redis-server stop >/dev/null 2>&1 || true
service postgresql stop >/dev/null 2>&1 || true
# Likewise clamd and freshclam (which cannot download signatures here): the tests start their own clamd.
service clamav-daemon stop >/dev/null 2>&1 || true
service clamav-freshclam stop >/dev/null 2>&1 || true
# And HAProxy, Prometheus and its node exporter: the tests start their own, on free ports.
service haproxy stop >/dev/null 2>&1 || true
service prometheus stop >/dev/null 2>&1 || true
service prometheus-node-exporter stop >/dev/null 2>&1 || true
