#!/usr/bin/env python3
"""A call-day simulator for Hotline's telephony events API (issue 17, docs/decisions/0024-telephony-events.md).

It plays a city hotline's day through POST /api/telephony/events as the ACD/CTI platform would: Poisson arrivals
following a 12345 hotline's hourly curve (about 3,100 calls a day; --calls 4615 for a peak day), N agents with
log-normal handle and after-call times, callers who hang up when their patience (exponential) runs out, so the
15 s answer rate responds to staffing. Agent logins are agent, agent2, ... (Hotline user names, for the screen-pop).

  python3 tools/callday.py --url http://127.0.0.1:5117 --key hk_... --speed 1          # demo: the wall moves as you watch
  python3 tools/callday.py --url http://127.0.0.1:5117 --key hk_... --bench --calls 20000 --workers 8
                                                                                       # as fast as the app takes it

  python3 tools/callday.py --url http://127.0.0.1:5117 --key hk_... --call-to agent --caller 13905350001
                                                                                       # one call, answered by that agent (screen-pop)

--speed 1 replays the day from now at real time (events are stamped with their simulated time, which starts at now).
--bench sends the whole day's events (stamped in the past, so every time is accepted) from --workers threads, one
event per request, and prints events/s sustained and the latency percentiles of the API.
--call-to LOGIN plays one scripted call aimed at that agent: offered, queued, and answered by LOGIN after --wait seconds,
each its own request as the platform sends them, at once (the times are stamped, from --at or now); --talk N also
ends it N seconds after the answer. It prints one line per event and exits 1 if the app refused any.
"""
import argparse
import bisect
import heapq
import json
import math
import random
import sys
import threading
import time
import urllib.error
import urllib.request
from datetime import datetime, timedelta, timezone

# Share of a day's calls per local hour, 00–23: a city hotline's curve (quiet night, a morning peak at 9–11, a second
# one at 14–16, an evening tail).
HOURLY = [0.6, 0.4, 0.3, 0.3, 0.3, 0.5, 1.2, 3.0, 7.0, 9.5, 9.8, 8.6, 6.2, 6.0, 8.2, 8.6, 8.0, 6.6, 4.2, 3.4, 3.0, 2.4, 1.6, 1.0]
SHANGHAI = timezone(timedelta(hours=8))


def day_plan(calls, agents, seed, start):
    """The day's events, in time order: (at, event dict)."""
    rng = random.Random(seed)
    total = sum(HOURLY)
    arrivals = []
    for hour, share in enumerate(HOURLY):
        rate = calls * share / total / 3600.0  # calls per second in this hour
        t = hour * 3600.0
        while True:
            t += rng.expovariate(rate) if rate > 0 else 3600
            if t >= (hour + 1) * 3600:
                break
            arrivals.append(t)
    free_at = [(0.0, i) for i in range(agents)]  # (time the agent is free, agent index)
    heapq.heapify(free_at)
    events = []
    stamp = lambda seconds: (start + timedelta(seconds=seconds)).astimezone(SHANGHAI).isoformat(timespec="milliseconds")
    for n, arrived in enumerate(arrivals):
        call = f"sim-{seed}-{n}"
        caller = f"13{rng.randint(0, 9)}{rng.randint(10000000, 99999999)}"
        events.append((arrived, {"eventId": f"{call}-o", "type": "offered", "callId": call, "at": stamp(arrived), "caller": caller, "queue": "12345"}))
        events.append((arrived + 0.2, {"eventId": f"{call}-q", "type": "queued", "callId": call, "at": stamp(arrived + 0.2)}))
        free, agent = heapq.heappop(free_at)
        answer = max(arrived + 2.0, free)  # two rings at least
        patience = rng.expovariate(1 / 60.0)  # callers wait a minute on average
        login = "agent" if agent == 0 else f"agent{agent + 1}"
        if answer - arrived > patience:
            gone = arrived + patience
            events.append((gone, {"eventId": f"{call}-x", "type": "abandoned", "callId": call, "at": stamp(gone), "waitSeconds": int(patience)}))
            heapq.heappush(free_at, (free, agent))
            continue
        talk = rng.lognormvariate(math.log(180), 0.6)
        wrap = rng.lognormvariate(math.log(45), 0.5)
        ended = answer + talk
        events.append((answer, {"eventId": f"{call}-a", "type": "answered", "callId": call, "at": stamp(answer), "agent": login}))
        events.append((answer, {"eventId": f"{call}-s1", "type": "agentState", "agent": login, "state": "onCall", "at": stamp(answer)}))
        events.append((ended, {"eventId": f"{call}-e", "type": "ended", "callId": call, "at": stamp(ended), "hungUpBy": rng.choice(["caller", "agent"])}))
        events.append((ended, {"eventId": f"{call}-s2", "type": "agentState", "agent": login, "state": "afterCallWork", "at": stamp(ended)}))
        events.append((ended + wrap, {"eventId": f"{call}-s3", "type": "agentState", "agent": login, "state": "ready", "at": stamp(ended + wrap)}))
        heapq.heappush(free_at, (ended + wrap, agent))
    events.sort(key=lambda e: e[0])
    return events


def post(url, key, body):
    request = urllib.request.Request(url + "/api/telephony/events", data=json.dumps(body).encode(), method="POST",
                                     headers={"Content-Type": "application/json", "X-Api-Key": key})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as e:
        status = e.code
        print(f"HTTP {e.code}: {e.read().decode(errors='replace')[:300]}", file=sys.stderr)
    return status, (time.perf_counter() - started) * 1000


def demo(args, events, start_real):
    """1×: each event is sent when its simulated time comes."""
    for at, event in events:
        delay = start_real + at / args.speed - time.time()
        if delay > 0:
            time.sleep(delay)
        status, ms = post(args.url, args.key, event)
        print(f"{event['at']} {event['type']:<12} {event.get('callId', event.get('agent'))} -> {status} ({ms:.0f} ms)", flush=True)


def bench(args, events):
    """As fast as the app takes them, one event per request, from --workers threads; prints throughput and latency."""
    latencies = []
    errors = [0]
    lock = threading.Lock()
    position = [0]

    def worker():
        while True:
            with lock:
                i = position[0]
                position[0] += 1
            if i >= len(events):
                return
            status, ms = post(args.url, args.key, events[i][1])
            with lock:
                bisect.insort(latencies, ms)
                if status != 200:
                    errors[0] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(args.workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    pct = lambda p: latencies[min(len(latencies) - 1, int(len(latencies) * p))]
    print(f"events {len(events)}, errors {errors[0]}, {elapsed:.1f} s, {len(events) / elapsed:.0f} events/s "
          f"({len(events) / elapsed * 60:.0f}/min); latency ms p50 {pct(0.5):.1f} p95 {pct(0.95):.1f} p99 {pct(0.99):.1f}")


def one_call(args):
    """One scripted call to one agent, for the screen-pop: returns whether the app took every event."""
    start = datetime.fromisoformat(args.at) if args.at else datetime.now(timezone.utc) - timedelta(seconds=args.wait + args.talk)
    stamp = lambda seconds: (start + timedelta(seconds=seconds)).astimezone(SHANGHAI).isoformat(timespec="milliseconds")
    call = args.call_id or f"sim-one-{int(time.time() * 1000)}"
    events = [
        {"eventId": f"{call}-o", "type": "offered", "callId": call, "at": stamp(0), "caller": args.caller, "queue": "12345"},
        {"eventId": f"{call}-q", "type": "queued", "callId": call, "at": stamp(0.2)},
        {"eventId": f"{call}-a", "type": "answered", "callId": call, "at": stamp(args.wait), "agent": args.call_to},
        {"eventId": f"{call}-s", "type": "agentState", "agent": args.call_to, "state": "onCall", "at": stamp(args.wait)},
    ]
    if args.talk > 0:
        ended = args.wait + args.talk
        events.append({"eventId": f"{call}-e", "type": "ended", "callId": call, "at": stamp(ended), "hungUpBy": "caller"})
        events.append({"eventId": f"{call}-w", "type": "agentState", "agent": args.call_to, "state": "afterCallWork", "at": stamp(ended)})
    ok = True
    for event in events:
        status, ms = post(args.url, args.key, event)
        ok = ok and status == 200
        print(f"{event['at']} {event['type']:<12} {call} -> {status} ({ms:.0f} ms)", flush=True)
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:5000")
    parser.add_argument("--key", required=True, help="a telephone platform key from /Admin/ApiClients")
    parser.add_argument("--calls", type=int, default=3100, help="calls in the day (3,100 a usual day, 4,615 a peak day)")
    parser.add_argument("--agents", type=int, default=40)
    parser.add_argument("--seed", type=int, default=int(time.time()))
    parser.add_argument("--speed", type=float, default=1.0, help="1 = real time")
    parser.add_argument("--bench", action="store_true")
    parser.add_argument("--workers", type=int, default=8)
    parser.add_argument("--call-to", metavar="LOGIN", help="play one call answered by this agent (a Hotline user name)")
    parser.add_argument("--caller", default="13905350001", help="the caller's number of --call-to")
    parser.add_argument("--call-id", help="the platform's call id of --call-to (default: sim-one-<ms>)")
    parser.add_argument("--at", help="ISO 8601 time with offset the --call-to call is offered at (default: now, less its wait and talk)")
    parser.add_argument("--wait", type=float, default=8.0, help="seconds the --call-to call rings before the answer")
    parser.add_argument("--talk", type=float, default=0.0, help="seconds the --call-to call lasts (0: it is still on)")
    args = parser.parse_args()
    now = datetime.now(timezone.utc)
    if args.call_to:
        sys.exit(0 if one_call(args) else 1)
    if args.bench:
        # Stamped yesterday, so no event is ahead of the app's clock.
        events = day_plan(args.calls, args.agents, args.seed, now - timedelta(days=1, hours=now.hour))
        bench(args, events)
    else:
        # The demo day starts now: the first hours of the curve come at once, compressed into the current hour's share.
        local = now.astimezone(SHANGHAI)
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        events = day_plan(args.calls, args.agents, args.seed, midnight)
        offset = (now - midnight).total_seconds()
        events = [(at - offset, e) for at, e in events if at >= offset]
        demo(args, events, time.time())


if __name__ == "__main__":
    main()
