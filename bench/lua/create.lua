-- POST /api/cloud/gateways, then poll the task it returns until it is Finished.
-- Each wrk thread uses its own logon token (TOKEN_<n>) and its own spare hosts (spare-<n>-*).
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
   spares = tonumber(os.getenv("SPARES") or "1000")
   offset = tonumber(os.getenv("SPARE_OFFSET") or "0")
   per_backup_server = tonumber(os.getenv("PER_BACKUP_SERVER") or "100")
   pending = {}
   created = 0
   finished = 0
   post_headers = { ["X-RestSvcSessionId"] = token, ["Content-Type"] = "application/xml", ["Accept"] = "application/xml" }
   get_headers = { ["X-RestSvcSessionId"] = token, ["Accept"] = "application/xml" }
end

function request()
   local task = table.remove(pending, 1)
   if task then
      return wrk.format("GET", task, get_headers)
   end
   local n = (offset + created) % spares
   created = created + 1
   -- Same names as bench/src/Seeds.java: spare host n of thread t sits on backup server vbr-spare-t-(n / 100).
   local body = '<CreateCloudGatewaySpec xmlns="http://www.veeam.com/ent/v1.0"><BackupServerIdOrName>' ..
      string.format("vbr-spare-%d-%03d.bench.local", tid, math.floor(n / per_backup_server)) .. '</BackupServerIdOrName><ServerHostName>' ..
      string.format("spare-%d-%05d.bench.local", tid, n) .. '</ServerHostName><NetworkType>Direct</NetworkType></CreateCloudGatewaySpec>'
   return wrk.format("POST", "/api/cloud/gateways", post_headers, body)
end

local function path_of(url)
   return url and (string.match(url, "^https?://[^/]+(/.*)$") or url)
end

function response(status, headers, body)
   if status == 202 then
      local location = path_of(headers["Location"] or headers["location"])
      if location then table.insert(pending, location) end
   elseif status == 200 then
      if string.find(body, "<State>Finished</State>", 1, true) then
         finished = finished + 1
      else
         local href = string.match(body, 'Href="([^"]*/tasks/[^"?]*)"')
         if href then table.insert(pending, path_of(href)) end
      end
   end
end

function done(summary, latency, requests)
   local total = 0
   for _, thread in ipairs(threads) do
      total = total + (thread:get("finished") or 0)
   end
   io.write(string.format("creates-finished-per-sec: %.1f\n", total / (summary.duration / 1e6)))
end
