#!/usr/bin/env bash
# Prepares the WildFly unpacked by the build for OpenCPMS: the PostgreSQL JDBC driver as a module, and the
# server configuration standalone-opencpms.xml (from standalone-microprofile.xml + configure.cli).
# Idempotent: does nothing when the configuration is already there.
set -euo pipefail
home=$1
pg_jar=$2
here=$(cd "$(dirname "$0")" && pwd)
config=$home/standalone/configuration/standalone-opencpms.xml
marker=$home/.opencpms-configured

module=$home/modules/org/postgresql/main
# The driver's defaults for every PostgreSQL connection (a JDBC URL may still override them):
# reWriteBatchedInserts sends a batch of inserts (outbox rows, audit records) as one multi-row INSERT.
driver_defaults=$module/defaults/org/postgresql/driverconfig.properties
if [ ! -f "$module/module.xml" ] || [ ! -f "$driver_defaults" ]; then
  mkdir -p "$module" "$(dirname "$driver_defaults")"
  cp "$pg_jar" "$module/postgresql.jar"
  echo "reWriteBatchedInserts=true" > "$driver_defaults"
  cat > "$module/module.xml" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<module xmlns="urn:jboss:module:1.9" name="org.postgresql">
  <resources>
    <resource-root path="postgresql.jar"/>
    <resource-root path="defaults"/>
  </resources>
  <dependencies>
    <module name="java.logging"/>
    <module name="java.management"/>
    <module name="java.naming"/>
    <module name="java.security.jgss"/>
    <module name="java.sql"/>
    <module name="jakarta.transaction.api"/>
  </dependencies>
</module>
XML
fi

if [ -f "$marker" ] && [ "$marker" -nt "$here/configure.cli" ] && [ "$marker" -nt "$0" ]; then
  exit 0
fi
rm -f "$marker"
cp "$home/standalone/configuration/standalone-microprofile.xml" "$config"
chmod +x "$home"/bin/*.sh
JAVA_OPTS="-Xmx512m" "$home/bin/jboss-cli.sh" --file="$here/configure.cli"
touch "$marker"
echo "WildFly configured for OpenCPMS: $config"
