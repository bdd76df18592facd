using Hotline.Domain.Units;
using Hotline.Services.Common;

namespace Hotline.Services.Reference;

public sealed record UnitOption(int Id, string Code, LocalizedName Name, UnitKind Kind, int? ParentId);
