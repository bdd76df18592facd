using Hotline.Domain.Tickets;
using Npgsql;
using NpgsqlTypes;

namespace Hotline.Bench.Seeding;

/// <summary>
/// Streams generated rows into the six ticket tables at once with binary COPY, one connection per table. Row ids are
/// given here (events, callbacks, extensions) or by the generator (tickets, assignments, calls); sequences are moved
/// past them afterwards. Foreign-key and rollup triggers are off for these sessions (session_replication_role = replica):
/// the generator only writes rows whose references exist, the seeding test checks that they do, and the seeder rebuilds
/// the rollups after.
/// </summary>
internal sealed partial class BulkWriter : IAsyncDisposable
{
    private readonly List<NpgsqlConnection> _connections = [];
    private NpgsqlBinaryImporter _tickets = null!;
    private NpgsqlBinaryImporter _assignments = null!;
    private NpgsqlBinaryImporter _events = null!;
    private NpgsqlBinaryImporter _calls = null!;
    private NpgsqlBinaryImporter _callbacks = null!;
    private NpgsqlBinaryImporter _extensions = null!;
    private long _eventId;
    private long _callbackId;
    private long _extensionId;

    public long Events => _eventId;

    public long CallbackRows => _callbackId;

    public long Extensions => _extensionId;

    public static async Task<BulkWriter> OpenAsync(string connectionString, CancellationToken ct)
    {
        var writer = new BulkWriter();
        writer._tickets = await writer.BeginAsync(connectionString, TicketColumns, ct);
        writer._assignments = await writer.BeginAsync(connectionString, AssignmentColumns, ct);
        writer._events = await writer.BeginAsync(connectionString, EventColumns, ct);
        writer._calls = await writer.BeginAsync(connectionString, CallColumns, ct);
        writer._callbacks = await writer.BeginAsync(connectionString, CallbackColumns, ct);
        writer._extensions = await writer.BeginAsync(connectionString, ExtensionColumns, ct);
        return writer;
    }

    public async Task CompleteAsync(CancellationToken ct)
    {
        foreach (var importer in new[] { _tickets, _assignments, _events, _calls, _callbacks, _extensions })
        {
            await importer.CompleteAsync(ct);
            await importer.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }

    public void Write(GeneratedTicket generated)
    {
        WriteTicket(generated.Id, generated.Ticket);
        foreach (var a in generated.Ticket.Assignments)
        {
            WriteAssignment(generated.Id, generated.Ticket, a);
        }

        foreach (var e in generated.Ticket.Events)
        {
            WriteEvent(generated.Id, e);
        }

        foreach (var c in generated.Ticket.Callbacks)
        {
            WriteCallback(generated.Id, c);
        }

        foreach (var x in generated.Ticket.Extensions)
        {
            WriteExtension(generated.Id, x);
        }

        foreach (var call in generated.Calls)
        {
            Write(call);
        }
    }

    public void Write(CallRow c)
    {
        _calls.StartRow();
        _calls.Write(c.Id, NpgsqlDbType.Bigint);
        _calls.Write(c.SubmissionId, NpgsqlDbType.Uuid);
        _calls.Write(c.Phone, NpgsqlDbType.Varchar);
        Text(_calls, c.CallerName);
        _calls.Write((int)c.Channel, NpgsqlDbType.Integer);
        Instant(_calls, c.StartedAt);
        Instant(_calls, c.AnsweredAt);
        Instant(_calls, c.EndedAt);
        _calls.Write(c.AgentUserId, NpgsqlDbType.Varchar);
        _calls.Write((int)c.Outcome, NpgsqlDbType.Integer);
        Long(_calls, c.TicketId);
    }

    private async Task<NpgsqlBinaryImporter> BeginAsync(string connectionString, string copy, CancellationToken ct)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        _connections.Add(connection);
        await using (var command = new NpgsqlCommand("SET session_replication_role = replica; SET synchronous_commit = off", connection))
        {
            await command.ExecuteNonQueryAsync(ct);
        }

        return await connection.BeginBinaryImportAsync(copy, ct);
    }

    private void WriteEvent(long ticketId, TicketEvent e)
    {
        _events.StartRow();
        _events.Write(++_eventId, NpgsqlDbType.Bigint);
        _events.Write(ticketId, NpgsqlDbType.Bigint);
        _events.Write(e.Round, NpgsqlDbType.Integer);
        Instant(_events, e.At);
        _events.Write(e.ActorUserId, NpgsqlDbType.Varchar);
        _events.Write(e.ActorName, NpgsqlDbType.Varchar);
        _events.Write((int)e.Action, NpgsqlDbType.Integer);
        Int(_events, (int?)e.From);
        _events.Write((int)e.To, NpgsqlDbType.Integer);
        Text(_events, e.Note);
        Int(_events, e.UnitId);
        Long(_events, e.CallId);
    }

    private void WriteCallback(long ticketId, Callback c)
    {
        _callbacks.StartRow();
        _callbacks.Write(++_callbackId, NpgsqlDbType.Bigint);
        _callbacks.Write(ticketId, NpgsqlDbType.Bigint);
        _callbacks.Write(c.Round, NpgsqlDbType.Integer);
        Int(_callbacks, c.UnitId);
        _callbacks.Write(c.IsSample, NpgsqlDbType.Boolean);
        Instant(_callbacks, c.AttemptedAt);
        _callbacks.Write(c.LocalDate, NpgsqlDbType.Date);
        _callbacks.Write(c.AgentUserId, NpgsqlDbType.Varchar);
        _callbacks.Write(c.AgentName, NpgsqlDbType.Varchar);
        _callbacks.Write(c.Reached, NpgsqlDbType.Boolean);
        Int(_callbacks, (int?)c.Satisfaction);
        Bool(_callbacks, c.Solved);
        Text(_callbacks, c.CitizenWords);
        _callbacks.Write(c.Reopened, NpgsqlDbType.Boolean);
    }

    private void WriteExtension(long ticketId, ExtensionRequest x)
    {
        _extensions.StartRow();
        _extensions.Write(++_extensionId, NpgsqlDbType.Bigint);
        _extensions.Write(ticketId, NpgsqlDbType.Bigint);
        _extensions.Write(x.AssignmentId, NpgsqlDbType.Bigint);
        _extensions.Write(x.UnitId, NpgsqlDbType.Integer);
        _extensions.Write(x.RequestedByUserId, NpgsqlDbType.Varchar);
        Instant(_extensions, x.RequestedAt);
        _extensions.Write(x.Reason, NpgsqlDbType.Varchar);
        Instant(_extensions, x.ProposedDueAt);
        Instant(_extensions, x.PreviousDueAt);
        _extensions.Write((int)x.Status, NpgsqlDbType.Integer);
        Text(_extensions, x.DecidedByUserId);
        Instant(_extensions, x.DecidedAt);
        Text(_extensions, x.DecisionNote);
    }

    private static void Instant(NpgsqlBinaryImporter importer, DateTimeOffset? value)
    {
        if (value is { } v)
        {
            importer.Write(v.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        }
        else
        {
            importer.WriteNull();
        }
    }

    private static void Text(NpgsqlBinaryImporter importer, string? value)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, NpgsqlDbType.Varchar);
        }
    }

    private static void Int(NpgsqlBinaryImporter importer, int? value)
    {
        if (value is { } v)
        {
            importer.Write(v, NpgsqlDbType.Integer);
        }
        else
        {
            importer.WriteNull();
        }
    }

    private static void Long(NpgsqlBinaryImporter importer, long? value)
    {
        if (value is { } v)
        {
            importer.Write(v, NpgsqlDbType.Bigint);
        }
        else
        {
            importer.WriteNull();
        }
    }

    private static void Bool(NpgsqlBinaryImporter importer, bool? value)
    {
        if (value is { } v)
        {
            importer.Write(v, NpgsqlDbType.Boolean);
        }
        else
        {
            importer.WriteNull();
        }
    }
}
