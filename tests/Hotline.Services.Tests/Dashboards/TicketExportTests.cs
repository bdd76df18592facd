using Hotline.Domain.Performance;
using Hotline.Services.Common;
using Hotline.Services.Data;
using Hotline.Services.Exports;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tickets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.Services.Tests.Dashboards;

/// <summary>Ticket-list exports are bounded and kept to the people who report.</summary>
public sealed class TicketExportTests : DatabaseTest<MeasuresFixture>, IClassFixture<MeasuresFixture>
{
    public TicketExportTests(MeasuresFixture app)
        : base(app) => app.MeasureNow();

    private static readonly TicketFilter HeatingInNovember = new() { Measure = Measure.Assigned, From = new DateOnly(2026, 11, 1), To = new DateOnly(2026, 11, 30) };

    /// <summary>The export's errors, or its file written out while the request's scope (and its database context) lives.</summary>
    private async Task<(IReadOnlyList<ServiceError> Errors, byte[]? Content)> ExportAsync(string user, int limit = TicketExportService.MaxRows)
    {
        var viewer = await App.ViewerAsync(user);
        await using var scope = App.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var export = new TicketExportService(services.GetRequiredService<Hotline.Services.Data.ReadReplica.ReportingDb>(), services.GetRequiredService<TicketQueryService>(),
            services.GetRequiredService<HotlineClock>(), NullLogger<TicketExportService>.Instance)
        {
            Limit = limit,
        };
        var result = await export.ExportAsync(HeatingInNovember, viewer, ExportFormat.Csv, key => key);
        return (result.Errors, result.Value is { } file ? await TableExport.ToBytesAsync(file) : null);
    }

    [Fact]
    public async Task An_export_over_the_limit_is_refused_with_a_message_instead_of_cut_short()
    {
        // Heating's "due for sign-for" figure holds 6 tickets, water's 1, the others' 6 more: 13 in all.
        var result = await ExportAsync("supervisor", limit: 12);

        result.Errors.ShouldBe([new ServiceError(string.Empty, TicketExportService.TooMany)]);
    }

    [Fact]
    public async Task An_export_within_the_limit_writes_every_row_after_the_header()
    {
        var result = await ExportAsync("supervisor", limit: 13);

        var text = System.Text.Encoding.UTF8.GetString(result.Content.ShouldNotBeNull());
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(14);
    }

    [Theory]
    [InlineData("liaison-heating")]
    [InlineData("agent")]
    [InlineData("dispatcher")]
    public async Task Only_supervisors_and_administrators_export(string user)
    {
        var result = await ExportAsync(user);

        result.Errors.ShouldBe([new ServiceError(string.Empty, TicketExportService.NotAllowed)]);
    }
}
