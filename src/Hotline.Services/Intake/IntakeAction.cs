namespace Hotline.Services.Intake;

/// <summary>What the agent decided to do with the call.</summary>
public enum IntakeAction
{
    Register = 1,
    AnswerDirectly = 2,
    Urge = 3,
    LogInvalid = 4,
}
