#!/bin/sh
# One database and one owning login role per service (docs/conventions.md), plus Camunda's
# secondary storage. The postgres image runs this once, on an empty data directory, from
# /docker-entrypoint-initdb.d. Shared by compose/ (bind mount) and k8s/ (ConfigMap).
# Passwords come from the environment; the container fails to initialise when one is missing.
set -e

create_database() {
  database="$1"
  owner="$2"
  password="$3"
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v database="$database" -v owner="$owner" -v password="$password" <<'SQL'
CREATE ROLE :"owner" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"owner";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
SQL
  echo "created database ${database} owned by ${owner}"
}

create_database orders orders "${ORDERS_DB_PASSWORD:?ORDERS_DB_PASSWORD is not set}"
create_database inventory inventory "${INVENTORY_DB_PASSWORD:?INVENTORY_DB_PASSWORD is not set}"
create_database gateway gateway "${GATEWAY_DB_PASSWORD:?GATEWAY_DB_PASSWORD is not set}"
create_database camunda camunda "${CAMUNDA_DB_PASSWORD:?CAMUNDA_DB_PASSWORD is not set}"
