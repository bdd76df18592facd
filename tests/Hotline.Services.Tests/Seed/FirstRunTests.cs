using System.Collections.Concurrent;
using Hotline.Services.Data;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Hotline.Services.Tests.Seed;

/// <summary>The first start on a database that does not exist yet, as `./build.sh run` does it.</summary>
public sealed class FirstRunTests
{
    [Fact]
    public async Task A_first_start_on_a_missing_database_creates_and_migrates_it_without_logging_an_error()
    {
        var connection = new NpgsqlConnectionStringBuilder(TestDatabase.ServerConnectionString)
        {
            Database = $"hotline_firstrun_{Environment.ProcessId}_{Guid.NewGuid():N}"[..40],
        }.ConnectionString;
        var logs = new ErrorLog();
        try
        {
            await using (var services = TestServices.Build(connection, new FakeTimeProvider(TestDatabase.DefaultNow), logs))
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync(seedDemoData: false);
            }

            logs.Errors.ShouldBeEmpty();
        }
        finally
        {
            await TestDatabase.DropAsync(connection);
        }
    }

    private sealed class ErrorLog : ILoggerProvider, ILogger
    {
        public ConcurrentQueue<string> Errors { get; } = new();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                Errors.Enqueue(formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }
}
