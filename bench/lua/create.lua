-- POST /api/cloud/gateways, then poll the task it returns until it is Finished, then the next create.
-- Run with as many wrk threads as connections (-tN -cN): each thread is one connection, one logon
-- session (TOKEN_<n>) and one backup server at a time, as N clients each deploying on their own site.
-- Thread t creates on spare hosts of prefix SPARE_PREFIX, backup server blocks t-1, t-1+N, t-1+2N, ...
-- (Seeds.java: spare host n sits on backup server vbr-spare-<prefix>-(n / 100)), so no two connections
-- ever share a backup server.
-- wrk does not say which request a response answers, so the response is recognised by its shape:
-- a 202 carries the task's Location; a task body names its own Href and State.
local threads = {}
local count = 0

function setup(thread)
   count = count + 1
   thread:set("tid", count)
   table.insert(threads, thread)
end

function init(args)
   token = os.getenv("TOKEN_" .. tid) or os.getenv("TOKEN_1")
   connections = tonumber(os.getenv("CONNECTIONS") or "1")
   prefix = tonumber(os.getenv("SPARE_PREFIX") or "1")
   spares = tonumber(os.getenv("SPARES") or "1000")
   per_backup_server = tonumber(os.getenv("PER_BACKUP_SERVER") or "100")
   pending = nil
   created = 0
   finished = 0
   post_headers = { ["X-RestSvcSessionId"] = token, ["Content-Type"] = "application/xml", ["Accept"] = "application/xml" }
   get_headers = { ["X-RestSvcSessionId"] = token, ["Accept"] = "application/xml" }
end

function request()
   if pending then
      return wrk.format("GET", pending, get_headers)
   end
   local block = (tid - 1) + connections * math.floor(created / per_backup_server)
   local n = (block * per_backup_server + created % per_backup_server) % spares
   created = created + 1
   local body = '<CreateCloudGatewaySpec xmlns="http://www.veeam.com/ent/v1.0"><BackupServerIdOrName>' ..
      string.format("vbr-spare-%d-%03d.bench.local", prefix, math.floor(n / per_backup_server)) .. '</BackupServerIdOrName><ServerHostName>' ..
      string.format("spare-%d-%05d.bench.local", prefix, n) .. '</ServerHostName><NetworkType>Direct</NetworkType></CreateCloudGatewaySpec>'
   return wrk.format("POST", "/api/cloud/gateways", post_headers, body)
end

local function path_of(url)
   return url and (string.match(url, "^https?://[^/]+(/.*)$") or url)
end

function response(status, headers, body)
   if status == 202 then
      pending = path_of(headers["Location"] or headers["location"])
   elseif status == 200 and string.find(body, "<State>Finished</State>", 1, true) then
      finished = finished + 1
      pending = nil
   elseif status ~= 200 then
      -- A refused create or poll: move on to the next host rather than poll nothing forever.
      pending = nil
   end
end

function done(summary, latency, requests)
   local total = 0
   for _, thread in ipairs(threads) do
      total = total + (thread:get("finished") or 0)
   end
   io.write(string.format("creates-finished-per-sec: %.1f\n", total / (summary.duration / 1e6)))
end
