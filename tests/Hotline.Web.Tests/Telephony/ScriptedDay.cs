using Hotline.Testing;

namespace Hotline.Web.Tests.Telephony;

/// <summary>
/// A morning with known answers (issue 17): 100 calls finished between 08:00 and 09:40 — 90 answered within 15 s, 4
/// answered later, 6 abandoned of which 2 within 5 s — and 2 still waiting at 10:00 (the fake clock), the oldest since
/// 09:58:30; agent "agent" ready. Counted calls: 100 − 2 = 98, so the 15 s rate is 90/98 = 91.8% and the connect
/// rate 94/98 = 95.9%.
/// </summary>
internal static class ScriptedDay
{
    public static readonly DateTimeOffset Eight = TestDatabase.DefaultNow.AddHours(-2);

    public static IEnumerable<object> Events()
    {
        for (var i = 0; i < 100; i++)
        {
            var call = $"day-{i}";
            var offered = Eight.AddMinutes(i);
            yield return Event(call, "o", "offered", offered, new { caller = "13812345678" });
            if (i < 94)
            {
                var wait = i < 90 ? 3 + (i % 12) : 16 + i % 7;
                yield return Event(call, "a", "answered", offered.AddSeconds(wait), new { agent = i % 2 == 0 ? "agent" : "agent2" });
                yield return Event(call, "e", "ended", offered.AddSeconds(wait + 120), new { hungUpBy = "caller" });
            }
            else
            {
                var wait = i < 96 ? 3 : 30;
                yield return Event(call, "x", "abandoned", offered.AddSeconds(wait), new { waitSeconds = wait });
            }
        }

        yield return Event("wait-1", "o", "offered", TestDatabase.DefaultNow.AddSeconds(-90), new { caller = "13912345678" });
        yield return Event("wait-2", "o", "offered", TestDatabase.DefaultNow.AddSeconds(-20), new { caller = "13912345679" });
        yield return new Dictionary<string, object> { ["eventId"] = "st-1", ["type"] = "agentState", ["agent"] = "agent", ["state"] = "ready", ["at"] = TelephonyApi.Time(Eight) };
    }

    private static Dictionary<string, object> Event(string call, string suffix, string type, DateTimeOffset at, object extra)
    {
        var e = new Dictionary<string, object> { ["eventId"] = $"{call}-{suffix}", ["type"] = type, ["callId"] = call, ["at"] = TelephonyApi.Time(at) };
        foreach (var p in extra.GetType().GetProperties())
        {
            e[p.Name] = p.GetValue(extra)!;
        }

        return e;
    }
}
