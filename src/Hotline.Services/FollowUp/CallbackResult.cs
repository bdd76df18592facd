namespace Hotline.Services.FollowUp;

/// <summary>A callback's result as a timeline note's tag ("[Dissatisfied] 市民说…"), shown in the reader's language.</summary>
public enum CallbackResult
{
    NotReached = 1,
    Satisfied = 2,
    BasicallySatisfied = 3,
    Dissatisfied = 4,
}
