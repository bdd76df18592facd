namespace Hotline.Domain.Access;

public enum Role
{
    Agent = 1,
    Dispatcher = 2,
    Liaison = 3,
    Supervisor = 4,
    Admin = 5,
}
