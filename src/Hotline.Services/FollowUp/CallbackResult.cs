namespace Hotline.Services.FollowUp;

/// <summary>A callback's result, read from its callback row and shown beside the timeline's note in the reader's language.</summary>
public enum CallbackResult
{
    NotReached = 1,
    Satisfied = 2,
    BasicallySatisfied = 3,
    Dissatisfied = 4,
}
