using System.Net;
using Hotline.Testing;
using Hotline.Web.Infrastructure;
using Hotline.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Web.Tests.Http.Account;

/// <summary>
/// A refused sign-in answers only once <see cref="SignInLimits.RefusalTime"/> has passed on the app's clock, whether the
/// name is unknown, the password wrong or the account locked; a successful one does not wait.
/// </summary>
public sealed class RefusedSignInsTakeTheSameTime(RefusedSignInsTakeTheSameTime.PacedApp app) : IClassFixture<RefusedSignInsTakeTheSameTime.PacedApp>
{
    [Theory]
    [InlineData("nobody-at-all", "whatever")]
    [InlineData("dispatcher", "not-the-password")]
    public async Task A_refusal_answers_when_the_refusal_time_has_passed_and_not_before(string userName, string password)
    {
        using var client = new HtmlClient(app);
        var waiting = app.PacedClock.NextWait();

        var refusal = WrongPasswordsAreRefused.SignInAsync(client, userName, password);
        var wait = await waiting.WaitAsync(TimeSpan.FromMinutes(1));

        wait.ShouldBeInRange(TimeSpan.FromSeconds(59), TimeSpan.FromSeconds(60));
        refusal.IsCompleted.ShouldBeFalse();
        app.PacedClock.Advance(wait);
        (await refusal).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_successful_sign_in_does_not_wait()
    {
        using var client = new HtmlClient(app);

        await client.LoginAsync("supervisor").WaitAsync(TimeSpan.FromMinutes(1));
    }

    /// <summary>The app with a refusal time of a minute on a clock that reports when something starts waiting on it.</summary>
    public sealed class PacedApp : HotlineWebFactory
    {
        public WatchedClock PacedClock { get; } = new();

        protected override void ConfigureVariant(IWebHostBuilder builder) => builder
            .UseSetting($"{SignInLimits.Section}:{nameof(SignInLimits.RefusalTime)}", "00:01:00")
            .ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<TimeProvider>(PacedClock)));
    }

    /// <summary>A fake clock that tells the test how long the next timer created on it waits.</summary>
    public sealed class WatchedClock() : FakeTimeProvider(TestDatabase.DefaultNow)
    {
        private TaskCompletionSource<TimeSpan> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<TimeSpan> NextWait()
        {
            _next = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
            return _next.Task;
        }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = base.CreateTimer(callback, state, dueTime, period);
            if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
            {
                _next.TrySetResult(dueTime);
            }

            return timer;
        }
    }
}
