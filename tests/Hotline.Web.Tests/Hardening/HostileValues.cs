namespace Hotline.Web.Tests.Hardening;

/// <summary>
/// What an attacker or a careless client sends for a value of each type. <see cref="Refused"/> values cannot be a
/// legitimate input for any field of that type (they do not parse, overflow, fall outside the plausible date window,
/// or carry characters no text may hold): a request carrying one must save nothing. <see cref="Odd"/> values parse
/// but sit at the edges (a page number of int.MaxValue, a negative id): any answer but a server error.
/// </summary>
internal static class HostileValues
{
    /// <summary>Longer than any text the app stores; short enough for a query string under Kestrel's limits.</summary>
    public static readonly string LongQueryText = new('长', 3000);

    public static readonly string LongFormText = new('长', 100_001);

    public static IReadOnlyList<string> Refused(Type type, bool inQuery) => Kind(type) switch
    {
        ValueKind.Text => ["a\0b", "\u0001\u0008\u001b", "a\uFFFFb", inQuery ? LongQueryText : LongFormText],
        ValueKind.Integer => ["abc", "1.5", "99999999999999999999999", "1e9"],
        ValueKind.Number => ["abc", "1e400", "--1"],
        ValueKind.Boolean => ["yes", "1", "null", "on"],
        ValueKind.Enumeration => ["Bogus", "1.5", "99999999999999999999"],
        ValueKind.Date => ["0001-01-01", "9999-12-31", "2026-02-30", "garbage", "1900-01-01"],
        ValueKind.DateTime => ["0001-01-01T00:00", "9999-12-31T23:59", "0001-01-01", "9999-12-31", "2026-13-01T10:00", "garbage"],
        ValueKind.Time => ["25:00", "garbage"],
        ValueKind.Guid => ["not-a-guid", "{", "00000000-0000-0000-0000-00000000000G"],
        _ => ["garbage"],
    };

    public static IReadOnlyList<string> Odd(Type type) => Kind(type) switch
    {
        // Text a page may parse itself (a date, a number) goes to the edges of those too.
        ValueKind.Text =>
        [
            "' OR '1'='1' --", "<script>alert(1)</script>", "../../../../etc/passwd", "%_\\", "😀𠀀", " ", "\u202Egpj.exe",
            "0001-01-01T00:00", "9999-12-31T23:59", "2147483647", "-1",
        ],
        ValueKind.Integer when type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) || type == typeof(byte) =>
            ["0", uint.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        ValueKind.Integer => ["2147483647", "-2147483648", "-1", "0", long.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture)],
        ValueKind.Number => ["-1", "0", "1e300", "NaN", "-Infinity"],
        ValueKind.Boolean => ["true", "false", "True,false"],
        ValueKind.Enumeration => ["999", "-1", "0"],
        ValueKind.Guid => ["00000000-0000-0000-0000-000000000000"],
        _ => [],
    };

    private static ValueKind Kind(Type type) =>
        type.IsEnum ? ValueKind.Enumeration
        : type == typeof(string) ? ValueKind.Text
        : type == typeof(bool) ? ValueKind.Boolean
        : type == typeof(DateOnly) ? ValueKind.Date
        : type == typeof(DateTime) || type == typeof(DateTimeOffset) ? ValueKind.DateTime
        : type == typeof(TimeOnly) || type == typeof(TimeSpan) ? ValueKind.Time
        : type == typeof(Guid) ? ValueKind.Guid
        : type == typeof(decimal) || type == typeof(double) || type == typeof(float) ? ValueKind.Number
        : type.IsPrimitive ? ValueKind.Integer
        : ValueKind.Other;

    private enum ValueKind
    {
        Text,
        Integer,
        Number,
        Boolean,
        Enumeration,
        Date,
        DateTime,
        Time,
        Guid,
        Other,
    }
}
