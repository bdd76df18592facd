using System.Collections.Concurrent;
using Hotline.Domain.Calls;
using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Dispatch;
using Hotline.Services.Intake;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Hotline.Services.Tests.Infrastructure;

/// <summary>
/// One fresh PostgreSQL database per test class (IClassFixture), copied from the seeded template, with the
/// service layer wired as in the app over a fake clock. Every helper runs in its own DI scope, as one request would.
/// </summary>
public class DatabaseFixture : IAsyncLifetime
{
    private readonly TestData _data;
    private readonly ConcurrentDictionary<string, Viewer> _viewers = new();
    private string? _connectionString;
    private ServiceProvider? _services;

    public DatabaseFixture()
        : this(TestData.Reference)
    {
    }

    protected DatabaseFixture(TestData data) => _data = data;

    public FakeTimeProvider Clock { get; } = new(TestDatabase.DefaultNow);

    public ServiceProvider Services => _services ?? throw new InvalidOperationException("The fixture is not initialised.");

    public string ConnectionString => _connectionString ?? throw new InvalidOperationException("The fixture is not initialised.");

    public async Task InitializeAsync()
    {
        _connectionString = await TestDatabase.CreateAsync(_data);
        _services = TestServices.Build(_connectionString, Clock);
        await SeedAsync();
        Clock.AdjustTime(TestDatabase.DefaultNow);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_connectionString is not null)
        {
            await TestDatabase.DropAsync(_connectionString);
        }
    }

    /// <summary>Data every test of a class reads; written once, before the first test.</summary>
    protected virtual Task SeedAsync() => Task.CompletedTask;

    /// <summary>The version a person would see on ticket <paramref name="number"/> now (the one every act form carries).</summary>
    public Task<uint> VersionAsync(string number) =>
        ReadAsync(db => db.Tickets.Where(t => t.Number == number).Select(t => t.Version).SingleAsync());

    /// <summary>A demo user (agent, dispatcher, liaison-heating…) as the service layer sees them.</summary>
    public async Task<Viewer> ViewerAsync(string userName)
    {
        if (!_viewers.TryGetValue(userName, out var viewer))
        {
            viewer = await Services.ViewerAsync(userName);
            _viewers[userName] = viewer;
        }

        return viewer;
    }

    /// <summary>Calls one service in a new scope, as one request would.</summary>
    public async Task<TResult> UseAsync<TService, TResult>(Func<TService, Task<TResult>> call)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <inheritdoc cref="UseAsync{TService, TResult}"/>
    public async Task UseAsync<TService>(Func<TService, Task> call)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    /// <summary>Reads what is stored, through a DbContext of its own.</summary>
    public async Task<TResult> ReadAsync<TResult>(Func<HotlineDbContext, Task<TResult>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<HotlineDbContext>());
    }

    /// <summary>Changes stored data through a DbContext of its own and saves once.</summary>
    public async Task WriteAsync(Func<HotlineDbContext, Task> write)
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HotlineDbContext>();
        await write(db);
        await db.SaveChangesAsync();
    }

    public async Task<ServiceResult<IntakeOutcome>> IntakeAsync(IntakeInput input, IntakeAction action, string userName = "agent")
    {
        var viewer = await ViewerAsync(userName);
        return await UseAsync<IntakeService, ServiceResult<IntakeOutcome>>(s => s.ExecuteAsync(input, action, viewer.Actor));
    }

    /// <summary>Registers a ticket that must be accepted and returns its number.</summary>
    public async Task<string> RegisterAsync(IntakeInput input)
    {
        var result = await IntakeAsync(input, IntakeAction.Register);
        result.Errors.ShouldBeEmpty();
        return result.Value!.TicketNumber.ShouldNotBeNull();
    }

    /// <summary>Gives a ticket to a unit through the dispatch service, as the dispatcher would.</summary>
    public async Task DispatchAsync(string number, string unitCode)
    {
        var dispatcher = await ViewerAsync("dispatcher");
        var unitId = await UnitIdAsync(unitCode);
        var version = await ReadAsync(db => db.Tickets.Where(t => t.Number == number).Select(t => t.Version).SingleAsync());
        var result = await UseAsync<DispatchService, ServiceResult<string>>(s =>
            s.DispatchAsync(number, new DispatchInput { LeadUnitId = unitId, Version = version }, dispatcher.Actor));
        result.Errors.ShouldBeEmpty();
    }

    public Task<int> CategoryIdAsync(string code) =>
        ReadAsync(db => db.Categories.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    public Task<int> UnitIdAsync(string code) =>
        ReadAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public Task<Ticket> TicketAsync(string number) =>
        ReadAsync(db => db.Tickets.AsNoTracking().Include(t => t.Events).SingleAsync(t => t.Number == number));

    public Task<Call> LoggedCallAsync(long id) =>
        ReadAsync(db => db.Calls.AsNoTracking().SingleAsync(c => c.Id == id));

    /// <summary>What an intake can write: a refused one must leave all of it unchanged.</summary>
    public Task<StoredCounts> CountAsync() =>
        ReadAsync(async db => new StoredCounts(
            await db.Tickets.CountAsync(),
            await db.Calls.CountAsync(),
            await db.TicketEvents.CountAsync(),
            await db.TicketDayCounters.SumAsync(c => c.LastValue)));
}
