using Hotline.Domain.Performance;

namespace Hotline.Services.Objections;

/// <summary>
/// One dispatcher's period (误派率): lead assignments they dispatched, the objections to them upheld and rejected, and
/// the misdispatch rate, upheld / dispatched (no value without dispatches).
/// </summary>
public sealed record DispatcherObjections(string UserId, string Name, int Dispatched, int Upheld, int Rejected)
{
    public Rate Misdispatch => new(Upheld, Dispatched);
}
