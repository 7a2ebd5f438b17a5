-- POST /events in batches of 100 new view events (ids unique per thread and request).
local thread_id = 0
local counter = 0
setup = function(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end
request = function()
  counter = counter + 1
  local events = {}
  for k = 1, 100 do
    events[k] = string.format('{"id":"wrk-%s-%d-%d-%d","type":"view","itemId":"85123A","userId":"wrk"}',
      os.getenv("RUN") or "0", tid or 0, counter, k)
  end
  return wrk.format("POST", "/events", {["Content-Type"] = "application/json"},
    "[" .. table.concat(events, ",") .. "]")
end
