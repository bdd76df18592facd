using Hotline.Domain.Tickets;
using Hotline.Services.Common;
using Hotline.Services.Dispatch;
using Hotline.Services.Tests.Infrastructure;
using Hotline.Services.Tests.Workbench;
using Hotline.Testing;

namespace Hotline.Services.Tests.Supervision;

/// <summary>
/// Tickets whose clocks stand differently 35 minutes after <see cref="TestDatabase.DefaultNow"/> (T0). Urgent clocks
/// run 30 minutes and turn yellow with 7.5 minutes left.
/// </summary>
public sealed class WorkListFixture : DatabaseFixture
{
    public static readonly DateTimeOffset T0 = TestDatabase.DefaultNow;
    public static readonly DateTimeOffset Looked = T0.AddMinutes(35);

    /// <summary>Heating, sign-for due T0+30: red.</summary>
    public string SignForOverdue { get; private set; } = string.Empty;

    /// <summary>Heating, signed for, first contact due T0+30: red.</summary>
    public string ContactOverdue { get; private set; } = string.Empty;

    /// <summary>Heating, a normal complaint: its sign-for clock runs into Wednesday, no warning.</summary>
    public string OnTime { get; private set; } = string.Empty;

    /// <summary>Heating, resolved: no clock runs.</summary>
    public string Resolved { get; private set; } = string.Empty;

    /// <summary>Water (heating assisting), dispatched T0+10, sign-for due T0+40: yellow.</summary>
    public string Yellow { get; private set; } = string.Empty;

    /// <summary>Water, dispatched T0+10 and supervised (normal): yellow.</summary>
    public string YellowSupervised { get; private set; } = string.Empty;

    /// <summary>Ecology, dispatched T0+12 and under key supervision: yellow, due T0+42.</summary>
    public string YellowKey { get; private set; } = string.Empty;

    protected override async Task SeedAsync()
    {
        Clock.SetUtcNow(T0);
        SignForOverdue = await UrgentAsync("heating");
        ContactOverdue = await UrgentAsync("heating");
        OnTime = await this.GivenToAsync("heating");
        Resolved = await UrgentAsync("heating");
        await this.ResolveRoundAsync(Resolved);
        Clock.SetUtcNow(T0.AddMinutes(5));
        await this.SignForAsync(ContactOverdue);
        Clock.SetUtcNow(T0.AddMinutes(10));
        Yellow = await UrgentAsync("water", "heating");
        YellowSupervised = await UrgentAsync("water");
        (await this.SuperviseAsync(YellowSupervised, SupervisionLevel.Normal)).Errors.ShouldBeEmpty();
        Clock.SetUtcNow(T0.AddMinutes(12));
        YellowKey = await UrgentAsync("ecology");
        (await this.SuperviseAsync(YellowKey, SupervisionLevel.Key)).Errors.ShouldBeEmpty();
    }

    private async Task<string> UrgentAsync(string leadCode, string? assistingCode = null)
    {
        var number = await RegisterAsync(IntakeInputs.Register(await CategoryIdAsync("utilities-heating"), urgency: Urgency.Urgent));
        var dispatcher = await ViewerAsync("dispatcher");
        var input = new DispatchInput
        {
            LeadUnitId = await UnitIdAsync(leadCode),
            AssistingUnitIds = assistingCode is null ? [] : [await UnitIdAsync(assistingCode)],
            Version = await this.VersionAsync(number),
        };
        (await UseAsync<DispatchService, ServiceResult<string>>(s => s.DispatchAsync(number, input, dispatcher.Actor))).Errors.ShouldBeEmpty();
        return number;
    }
}
