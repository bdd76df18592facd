using Hotline.Testing;

namespace Hotline.Services.Tests.Infrastructure;

/// <summary>
/// Base of every test class: the class's database is <see cref="App"/>, and each test starts with the clock at
/// <see cref="TestDatabase.DefaultNow"/> (Monday 2026-11-23 10:00 in Shanghai) whatever earlier tests did to it.
/// </summary>
public abstract class DatabaseTest<TFixture>
    where TFixture : DatabaseFixture
{
    protected DatabaseTest(TFixture app)
    {
        ArgumentNullException.ThrowIfNull(app);
        App = app;
        app.Clock.AdjustTime(TestDatabase.DefaultNow);
    }

    protected TFixture App { get; }

    /// <summary>Moves the clock forward to a local (Shanghai) wall-clock time.</summary>
    protected void SetLocalNow(int year, int month, int day, int hour, int minute = 0) =>
        App.Clock.SetUtcNow(new DateTimeOffset(year, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime());
}
