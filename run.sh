#!/usr/bin/env bash
# Builds OpenCPMS and runs it in TRAINING MODE: WildFly with the embedded H2 file database in ./data and the
# synthetic training data set, on http://localhost:8080. Ctrl-C stops it cleanly; data survive a restart and a crash
# of the server process (README: What survives what).
#   OPENCPMS_DATA_DIR   where the database, the server state and the identity key live (default ./data)
#   OPENCPMS_PORT_OFFSET  shift all ports (e.g. 100 -> http://localhost:8180)
#   OPENCPMS_SKIP_BUILD=true  start the last build without rebuilding
set -euo pipefail
cd "$(dirname "$0")"
root=$PWD
data=${OPENCPMS_DATA_DIR:-$root/data}
offset=${OPENCPMS_PORT_OFFSET:-0}

if [ "${OPENCPMS_SKIP_BUILD:-false}" != "true" ]; then
  echo "Building OpenCPMS (first time: downloads dependencies and WildFly, a few minutes)..."
  ./mvnw -B -q -DskipTests -pl ear -am install
fi

wildfly=$(ls -d "$root"/ear/target/wildfly-*/ | head -n 1)
base=$data/server
mkdir -p "$base/deployments" "$base/configuration" "$base/data" "$base/log"
cp -r "$wildfly/standalone/configuration/." "$base/configuration/"
cp "$root/ear/target/opencpms.ear" "$base/deployments/opencpms.ear"

# The key that encrypts patients' identifying data at rest: generated once, kept with the data.
key_file=$data/identity.key
if [ ! -s "$key_file" ]; then
  (umask 077 && head -c 32 /dev/urandom | base64 > "$key_file")
fi
export OPENCPMS_IDENTITY_KEY
OPENCPMS_IDENTITY_KEY=$(cat "$key_file")

port=$((8080 + offset))
cat <<BANNER

  OpenCPMS is starting in TRAINING MODE (synthetic data only). When the log says "TRAINING MODE":
    Web app        http://localhost:$port/
    API            http://localhost:$port/api
    Swagger UI     http://localhost:$port/swagger-ui/
    OpenAPI        http://localhost:$port/openapi
    Accounts       curl http://localhost:$port/api/training/accounts
    A token        curl -X POST -H 'Content-Type: application/json' -d '{"username":"hp.berlin"}' http://localhost:$port/api/training/tokens
    Readiness      http://localhost:$((9990 + offset))/health/ready
  Data in $data. Ctrl-C stops the server.

BANNER
exec "$wildfly/bin/standalone.sh" -c standalone-opencpms.xml \
  -Djboss.server.base.dir="$base" \
  -Djboss.socket.binding.port-offset="$offset" \
  -Djboss.bind.address=127.0.0.1 -Djboss.bind.address.management=127.0.0.1 \
  -Dopencpms.training=true -Dopencpms.data.dir="$data"
