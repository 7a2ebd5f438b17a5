-- POST /carts/cross-sell with 5 items (as cart.lua), open loop: requests leave on a fixed schedule of
-- RATE requests/s in all (each wrk thread keeps its share), not when the previous answer comes back.
-- A request whose slot passed while every connection was busy is sent at once and counted late, with
-- how late: wrk's latency starts at the send, so without this count a stalled server would hide its
-- tail (coordinated omission). Needs RATE, WRK_THREADS (wrk's -t), ITEMS; give enough connections
-- (serve.sh opens RATE / 50: 20 ms per request and connection before its next slot comes).
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } paced_timeval;
  int gettimeofday(paced_timeval *tv, void *tz);
]]
local clock = ffi.new("paced_timeval")
local function now_ms()
  ffi.C.gettimeofday(clock, nil)
  return tonumber(clock.tv_sec) * 1000 + tonumber(clock.tv_usec) / 1000
end

local threads = {}
function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

local ids = {}
local n, interval, next_at = 0, nil, nil
sent, late, late_ms, max_late_ms = 0, 0, 0, 0

function init(args)
  for line in io.lines(os.getenv("ITEMS")) do ids[#ids + 1] = line end
  local rate = tonumber(os.getenv("RATE") or error("RATE (requests/s) is required"))
  interval = tonumber(os.getenv("WRK_THREADS") or "1") * 1000 / rate
  n = index * 7919 -- threads start at different carts
end

-- the wait before this connection's next request: until the thread's next free slot
function delay()
  local now = now_ms()
  if next_at == nil then next_at = now end
  local slot = next_at
  next_at = next_at + interval
  sent = sent + 1
  if slot < now - 1 then -- more than 1 ms behind the schedule
    late = late + 1
    late_ms = late_ms + (now - slot)
    if now - slot > max_late_ms then max_late_ms = now - slot end
    return 0
  end
  return math.max(0, math.floor(slot - now + 0.5))
end

request = function()
  local cart = {}
  for k = 1, 5 do
    n = n + 1
    cart[k] = '"' .. ids[(n % #ids) + 1] .. '"'
  end
  return wrk.format("POST", "/carts/cross-sell", {["Content-Type"] = "application/json"},
    '{"items": [' .. table.concat(cart, ",") .. '], "count": 10}')
end

function done(summary, latency, requests)
  local s, l, ms, worst = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    s = s + thread:get("sent")
    l = l + thread:get("late")
    ms = ms + thread:get("late_ms")
    worst = math.max(worst, thread:get("max_late_ms"))
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("paced: asked %s req/s, sent %.0f req/s; late (> 1 ms behind schedule): %d of %d (%.2f%%),"
    .. " mean lateness %.1f ms, max %.1f ms\n", os.getenv("RATE"), summary.requests / seconds, l, s,
    s > 0 and 100 * l / s or 0, l > 0 and ms / l or 0, worst))
  io.write(string.format("paced: latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    latency:percentile(99.9) / 1000, latency.max / 1000))
end
