namespace Hotline.Domain.Access;

public enum Role
{
    Agent = 1,
    Dispatcher = 2,
    Liaison = 3,
    Supervisor = 4,
    Admin = 5,

    /// <summary>A system with an API key (a citizen channel's portal or app), never a person: it may only register.</summary>
    ApiClient = 6,
}
