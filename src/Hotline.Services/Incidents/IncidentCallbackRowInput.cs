using Hotline.Domain.Tickets;

namespace Hotline.Services.Incidents;

/// <summary>
/// One caller's line of the bulk callback form: the callback's id and the version the agent saw, and the same report as a
/// ticket's callback (<see cref="FollowUp.CallbackInput"/>, checked by its validator). A line left without "reached" is not
/// recorded this time.
/// </summary>
public sealed class IncidentCallbackRowInput
{
    public long Id { get; set; }
    public uint Version { get; set; }
    public bool? Reached { get; set; }
    public Satisfaction? Satisfaction { get; set; }
    public bool? Solved { get; set; }
    public string? CitizenWords { get; set; }

    public FollowUp.CallbackInput AsCallback() =>
        new() { Reached = Reached, Satisfaction = Satisfaction, Solved = Solved, CitizenWords = CitizenWords, Version = Version };
}
