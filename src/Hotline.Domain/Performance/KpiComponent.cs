namespace Hotline.Domain.Performance;

/// <summary>The five rated components of a unit's efficiency index, in the order the ranking shows them.</summary>
public enum KpiComponent
{
    /// <summary>及时签收率: signed for on time / assignments whose sign-for clock is decided.</summary>
    SignFor = 1,

    /// <summary>首次响应率: citizen contacted on time / assignments whose first-contact clock is decided.</summary>
    FirstResponse = 2,

    /// <summary>按期办结率: resolved on time / assignments whose resolution fell due.</summary>
    OnTimeCompletion = 3,

    /// <summary>回访满意率: satisfied or basically satisfied / callbacks that reached the citizen.</summary>
    Satisfaction = 4,

    /// <summary>问题解决率: "solved" / callbacks that reached the citizen.</summary>
    Solved = 5,
}

/// <summary>Picking a component's value out of five kept side by side (weights, minimums, rates).</summary>
public static class KpiComponents
{
    public static T Pick<T>(this KpiComponent component, T signFor, T firstResponse, T onTimeCompletion, T satisfaction, T solved) => component switch
    {
        KpiComponent.SignFor => signFor,
        KpiComponent.FirstResponse => firstResponse,
        KpiComponent.OnTimeCompletion => onTimeCompletion,
        KpiComponent.Satisfaction => satisfaction,
        KpiComponent.Solved => solved,
        _ => throw new ArgumentOutOfRangeException(nameof(component), component, "Unknown component."),
    };
}
