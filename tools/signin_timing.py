#!/usr/bin/env python3
"""How long refused sign-ins take, by reason: an unknown name, a wrong password, a locked account (docs/performance.md).

    python3 tools/signin_timing.py http://127.0.0.1:5000 [samples]

Against the app of `./build.sh run` (its demo logins). Locks agent2 (15 minutes). Every attempt comes from another
X-Forwarded-For address (loopback is a trusted proxy), so the per-address sign-in limit does not answer instead.
"""
import http.client, random, re, statistics, sys, time, urllib.parse

base = urllib.parse.urlsplit(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5000")
samples = int(sys.argv[2]) if len(sys.argv) > 2 else 30
units = re.findall(r'new\("([a-z0-9-]+)"', open("src/Hotline.Services/Data/Seed/ReferenceUnits.cs", encoding="utf-8").read())
counter = 0

def attempt(name, password):
    global counter
    counter += 1
    address = f"10.{counter // 65536 % 256}.{counter // 256 % 256}.{counter % 256}"
    connection = http.client.HTTPConnection(base.hostname, base.port)
    connection.request("GET", "/Account/Login", headers={"X-Forwarded-For": address})
    response = connection.getresponse()
    page = response.read().decode()
    cookies = "; ".join(v.split(";")[0] for k, v in response.getheaders() if k.lower() == "set-cookie")
    token = re.search(r'name="__RequestVerificationToken" type="hidden" value="([^"]+)"', page).group(1)
    form = urllib.parse.urlencode({"Input.UserName": name, "Input.Password": password, "__RequestVerificationToken": token})
    started = time.perf_counter()
    connection.request("POST", "/Account/Login", body=form, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies, "X-Forwarded-For": address})
    response = connection.getresponse()
    page = response.read().decode()
    elapsed = (time.perf_counter() - started) * 1000
    message = re.search(r'role="alert">\s*<ul><li>([^<]*)</li>', page)
    return elapsed, response.status, message.group(1) if message else None

for i in range(5):
    attempt("agent2", f"wrong-{i}")
times = {"unknown name": [], "wrong password": [], "locked account": []}
answers = {kind: set() for kind in times}
for i in range(samples):
    for kind in random.sample(list(times), len(times)):
        if kind == "unknown name":
            elapsed, status, message = attempt(f"nobody-{i}", "Hotline!2026")
        elif kind == "wrong password":
            elapsed, status, message = attempt(f"liaison-{units[i % len(units)]}", "not-the-password")
        else:
            elapsed, status, message = attempt("agent2", "Hotline!2026")
        times[kind].append(elapsed)
        answers[kind].add((status, message))
for kind, values in times.items():
    values.sort()
    print(f"{kind:15} n={len(values)}  median {statistics.median(values):6.1f} ms  p10 {values[len(values) // 10]:6.1f}"
          f"  p90 {values[len(values) * 9 // 10]:6.1f}  answers {sorted(answers[kind])}")
