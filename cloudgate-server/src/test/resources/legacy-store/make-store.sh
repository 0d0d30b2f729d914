#!/usr/bin/env bash
# Made cloudgate.mv.db beside it with the build of commit db4f191 (before typed task commands): finished gateways
# and pools, then one queued (never run) task of every operation, as that version stored them. Run from a checkout of it.
set -euo pipefail
cd "${BASE:-.}" && . scripts/java-env.sh
D=/tmp/legacy/data; rm -rf $D
P=19461; B=http://127.0.0.1:$P/api
serve() { java -jar cloudgate-cli/target/cloudgate.jar serve --port $P --https-port off --data $D --task-delay "$1" --admin-token t > /tmp/legacy/serve-$1.log 2>&1 & echo $! > /tmp/legacy/pid; for i in $(seq 200); do curl -s -o /dev/null $B/ 2>/dev/null && return; sleep 0.3; done; echo no server; exit 1; }
stop() { kill $(cat /tmp/legacy/pid); while kill -0 $(cat /tmp/legacy/pid) 2>/dev/null; do sleep 0.2; done; }
logon() { TOKEN=$(curl -si -X POST -u 'TECH\Administrator:Password' "$B/sessionMngr/?v=latest" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-restsvcsessionid"{print $2}'); }
J() { curl -s -X "$1" -H "X-RestSvcSessionId: $TOKEN" -H 'Content-Type: application/json' -H 'Accept: application/json' "$B$2" ${3:+-d "$3"}; echo; }
wait_tasks() { for i in $(seq 100); do if ! J GET /tasks | grep -q '"Running"'; then return; fi; sleep 0.3; done; }
related() { J GET "/tasks/$1" | grep -o "$2/[0-9a-f-]*" | head -1 | sed 's|.*/||'; }
task() { echo "$1" | grep -o '"TaskId":"task-[0-9]*"' | cut -d'"' -f4; }
BS1=urn:veeam:BackupServer:8ea5406b-a6e9-42d9-bca5-44b6a5d94af1
BS2=urn:veeam:BackupServer:29e5d158-1f58-44bc-bbaa-2752d787a91d
ABC=urn:veeam:CloudTenant:5cf540af-512a-5ba8-9f12-77fba51207e0
XYZ=urn:veeam:CloudTenant:1b5f2c40-6d9e-4f1c-8a7b-3c4d5e6f7a06
serve 0; logon
t=$(task "$(J POST /cloud/gateways '{"ServerHostName":"gw01.tech.local","NetworkType":"Direct","BackupServerUid":"'$BS1'"}')"); wait_tasks; GW1=$(related $t cloud/gateways)
t=$(task "$(J POST /cloud/gateways '{"ServerHostName":"gw02.tech.local","NetworkType":"Direct","BackupServerUid":"'$BS1'"}')"); wait_tasks; GW2=$(related $t cloud/gateways)
t=$(task "$(J POST /cloud/gateways '{"ServerHostName":"srv01.tech.local","NetworkType":"Direct","BackupServerUid":"'$BS2'"}')"); wait_tasks; GW3=$(related $t cloud/gateways)
t=$(task "$(J POST /cloud/gatewayPools '{"Name":"Old Pool","Description":"d","CloudGateways":{"CloudGatewayUids":["urn:veeam:CloudGateway:'$GW1'"]},"CloudTenants":{"CloudTenantUids":["'$ABC'"]},"BackupServerUid":"'$BS1'"}')"); wait_tasks; P1=$(related $t cloud/gatewayPools)
t=$(task "$(J POST /cloud/gatewayPools '{"Name":"Doomed Pool","CloudGateways":{"CloudGatewayUids":["urn:veeam:CloudGateway:'$GW3'"]},"BackupServerUid":"'$BS2'"}')"); wait_tasks; P3=$(related $t cloud/gatewayPools)
echo "GW1=$GW1 GW2=$GW2 GW3=$GW3 P1=$P1 P3=$P3"
[ -n "$GW1" ] && [ -n "$GW2" ] && [ -n "$GW3" ] && [ -n "$P1" ] && [ -n "$P3" ]
stop
serve 1h; logon
J POST /cloud/gateways '{"ServerHostName":"gw03.tech.local","Description":"Queued NAT","NetworkType":"NAT","ExternalIp":"203.0.113.7","ExternalPort":6280,"InternalPort":6281,"BackupServerUid":"'$BS1'"}'
J POST /cloud/gateways '{"ServerHostName":"172.16.13.119","NetworkType":"Direct","BackupServerUid":"'$BS1'"}'
J PUT /cloud/gateways/$GW1 '{"Enabled":false,"NetworkMode":"NAT","ExternalIP":"198.51.100.1","ExternalPort":7000,"InternalPort":7001,"Description":""}'
J POST /cloud/gatewayPools '{"Name":"New Pool","Description":"Queued pool","CloudGateways":{"CloudGatewayUids":["urn:veeam:CloudGateway:'$GW2'"]},"CloudTenants":{"CloudTenantUids":["'$ABC'","'$XYZ'"]},"BackupServerUid":"'$BS1'"}'
J PUT /cloud/gatewayPools/$P1 '{"Name":"Renamed Pool","Description":"","CloudGateways":{"CloudGatewayUids":["urn:veeam:CloudGateway:'$GW1'"]},"CloudTenants":{}}'
J DELETE /cloud/gatewayPools/$P3
J DELETE /cloud/gateways/$GW3
J GET /tasks
stop
echo "GW1=$GW1 GW2=$GW2 GW3=$GW3 P1=$P1 P3=$P3" > /tmp/legacy/ids
ls -la $D
