#!/bin/sh
# The compose profile's primary lets the standby stream from it (docker-compose.yml, profile cluster).
echo "host replication all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
