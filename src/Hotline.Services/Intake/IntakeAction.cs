namespace Hotline.Services.Intake;

/// <summary>What the agent decided to do with the call.</summary>
public enum IntakeAction
{
    Register = 1,
    AnswerDirectly = 2,
    Urge = 3,
    LogInvalid = 4,

    /// <summary>Register and dispatch to the chosen (by default the suggested) unit in one step: the common case.</summary>
    RegisterAndDispatch = 5,

    /// <summary>突发事件: the call is attached to an active incident, linked to its master ticket, nothing dispatched.</summary>
    AttachToIncident = 6,
}
