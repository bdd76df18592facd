namespace Hotline.Services.Common;

/// <summary>What a use case returns: a value, or the reasons it refused. Nothing is saved on refusal.</summary>
public sealed class ServiceResult<T>
{
    private ServiceResult(T? value, IReadOnlyList<ServiceError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<ServiceError> Errors { get; }

    public bool Succeeded => Errors.Count == 0;

    public static ServiceResult<T> Ok(T value) => new(value, []);

    public static ServiceResult<T> Fail(IReadOnlyList<ServiceError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs a reason.", nameof(errors)) : new(default, errors);

    public static ServiceResult<T> Fail(string field, string code) => new(default, [new ServiceError(field, code)]);

    /// <summary>A refusal of <paramref name="field"/> when its typed local time lies outside the plausible window, else null.</summary>
    public static ServiceResult<T>? IfImplausible(HotlineClock clock, string field, DateTime? local) =>
        local is { } value && !clock.IsPlausible(value) ? Fail(field, HotlineClock.ImplausibleDate) : null;
}
