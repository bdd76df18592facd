using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Razor.Hosting;

namespace Hotline.Web.Tests.Hardening;

/// <summary>One value a request can carry: a bound property's leaf (<c>Input.StartedAt</c>) or a handler's parameter.</summary>
/// <param name="Name">The form or query key.</param>
/// <param name="Type">The type it binds to (nullable unwrapped; a collection's element type).</param>
/// <param name="OnGet">Bound on GET requests too (<c>SupportsGet</c>, or a GET handler's parameter).</param>
internal sealed record BoundValue(string Name, Type Type, bool OnGet, bool IsFile = false);

/// <summary>A page handler: <c>OnPostRegisterAsync</c> is POST "Register".</summary>
internal sealed record PageHandler(string Verb, string? Name, IReadOnlyList<BoundValue> Parameters)
{
    public override string ToString() => Name is null ? Verb : $"{Verb} handler={Name}";
}

/// <summary>
/// Every Razor page of the app, found by reflection over the compiled pages and their PageModels: the route, the
/// handlers and every bound property down to its leaves. A page added later is in the catalog without editing a test.
/// </summary>
internal sealed partial record CatalogPage(string Route, Type Model, IReadOnlyList<PageHandler> Handlers, IReadOnlyList<BoundValue> Properties)
{
    private const int MaxDepth = 3;

    public static IReadOnlyList<CatalogPage> All { get; } = Discover();

    public static CatalogPage Find(string route) => All.Single(p => p.Route == route);

    /// <summary>The route's parameters, e.g. <c>number</c> in <c>/Workbench/{number}</c>.</summary>
    public IReadOnlyList<string> RouteParameters => [.. RouteParameter().Matches(Route).Select(m => m.Groups[1].Value)];

    /// <summary>What a handler binds: its own parameters and the page's bound properties (on GET only those that support it).</summary>
    public IReadOnlyList<BoundValue> ValuesOf(PageHandler handler) =>
    [
        .. handler.Parameters.Where(p => !RouteParameters.Contains(p.Name, StringComparer.OrdinalIgnoreCase)),
        .. Properties.Where(p => handler.Verb == "POST" || p.OnGet),
    ];

    /// <summary>The nameless GET handler: what opening the page runs.</summary>
    public PageHandler? View => Handlers.FirstOrDefault(h => h.Verb == "GET" && h.Name is null);

    /// <summary>The route or query key a ticket number goes under when the page shows one ticket, or null.</summary>
    public string? TicketNumberKey => RouteParameters.FirstOrDefault(IsNumber)
        ?? (View is { } view ? ValuesOf(view).Select(v => v.Name).FirstOrDefault(IsNumber) : null);

    /// <summary>The page's address with these route values (a missing one is "0").</summary>
    public string PathWith(IReadOnlyDictionary<string, string> values)
    {
        var path = new StringBuilder();
        foreach (var segment in Route.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            path.Append('/');
            path.Append(segment.StartsWith('{') ? Uri.EscapeDataString(values.TryGetValue(segment.Trim('{', '}'), out var v) ? v : "0") : segment);
        }

        return path.Length == 0 ? "/" : path.ToString();
    }

    /// <summary>The address that opens the page, showing ticket <paramref name="number"/> when it shows one.</summary>
    public string UrlFor(string? number) =>
        number is null || TicketNumberKey is not { } key ? PathWith(new Dictionary<string, string>())
        : RouteParameters.Contains(key) ? PathWith(new Dictionary<string, string> { [key] = number })
        : $"{PathWith(new Dictionary<string, string>())}?{key}={Uri.EscapeDataString(number)}";

    public override string ToString() => Route;

    private static bool IsNumber(string key) => key.Equals("number", StringComparison.OrdinalIgnoreCase);

    private static List<CatalogPage> Discover()
    {
        var pages = new List<CatalogPage>();
        foreach (var item in typeof(Program).Assembly.GetCustomAttributes<RazorCompiledItemAttribute>().Where(i => i.Kind == "mvc.1.0.razor-page"))
        {
            var model = item.Type.GetProperty("Model")?.PropertyType;
            if (model is null || !typeof(PageModel).IsAssignableFrom(model))
            {
                continue;
            }

            var template = item.Type.GetCustomAttributes<RazorCompiledItemMetadataAttribute>().FirstOrDefault(m => m.Key == "RouteTemplate")?.Value;
            pages.Add(new CatalogPage(RouteOf(item.Identifier, template), model, HandlersOf(model), PropertiesOf(model)));
        }

        return [.. pages.OrderBy(p => p.Route, StringComparer.Ordinal)];
    }

    /// <summary>"/Pages/Intake/Index.cshtml" is /Intake; a template starting with "/" replaces the path, another is appended.</summary>
    private static string RouteOf(string identifier, string? template)
    {
        var path = identifier["/Pages".Length..^".cshtml".Length];
        path = path.EndsWith("/Index", StringComparison.Ordinal) ? path[..^"/Index".Length] : path;
        if (template is { Length: > 0 })
        {
            path = template.StartsWith('/') ? template : $"{path}/{template}";
        }

        // Route constraints ({id:long}) do not matter for the requests.
        path = RouteConstraint().Replace(path, "}");
        return path.Length == 0 ? "/" : path;
    }

    private static List<PageHandler> HandlersOf(Type model)
    {
        var handlers = new List<PageHandler>();
        // Razor Pages finds handlers a page inherits from its own base classes too (e.g. PolicyRowsModel), not PageModel's.
        foreach (var method in model.GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.DeclaringType is { } declaring && declaring != typeof(PageModel) && typeof(PageModel).IsAssignableFrom(declaring)))
        {
            var match = HandlerName().Match(method.Name);
            if (!match.Success)
            {
                continue;
            }

            var verb = match.Groups[1].Value.ToUpperInvariant();
            var name = match.Groups[2].Value is { Length: > 0 } n ? n : null;
            var parameters = method.GetParameters()
                .Where(p => p.ParameterType != typeof(CancellationToken))
                .SelectMany(p => Leaves(p.Name!, p.ParameterType, onGet: true, depth: 0))
                .ToList();
            handlers.Add(new PageHandler(verb, name, parameters));
        }

        return handlers;
    }

    private static List<BoundValue> PropertiesOf(Type model)
    {
        var all = model.GetCustomAttribute<BindPropertiesAttribute>() is { } every ? every : null;
        var values = new List<BoundValue>();
        foreach (var property in model.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var bind = property.GetCustomAttribute<BindPropertyAttribute>();
            if (bind is null && (all is null || property.SetMethod is not { IsPublic: true }))
            {
                continue;
            }

            var onGet = bind?.SupportsGet ?? all!.SupportsGet;
            values.AddRange(Leaves(bind?.Name ?? property.Name, property.PropertyType, onGet, depth: 0));
        }

        return values;
    }

    private static IEnumerable<BoundValue> Leaves(string name, Type type, bool onGet, int depth)
    {
        var core = Nullable.GetUnderlyingType(type) ?? type;
        if (typeof(IFormFile).IsAssignableFrom(core))
        {
            yield return new BoundValue(name, core, onGet, IsFile: true);
        }
        else if (IsSimple(core))
        {
            yield return new BoundValue(name, core, onGet);
        }
        else if (ElementType(core) is { } element)
        {
            if (IsSimple(Nullable.GetUnderlyingType(element) ?? element))
            {
                yield return new BoundValue(name, Nullable.GetUnderlyingType(element) ?? element, onGet);
            }
        }
        else if (depth < MaxDepth)
        {
            foreach (var property in core.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is { IsPublic: true }))
            {
                foreach (var leaf in Leaves($"{name}.{property.Name}", property.PropertyType, onGet, depth + 1))
                {
                    yield return leaf;
                }
            }
        }
    }

    private static bool IsSimple(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(Guid)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(DateOnly) || type == typeof(TimeOnly)
        || type == typeof(TimeSpan);

    private static Type? ElementType(Type type) =>
        type == typeof(string) || type == typeof(byte[]) ? null
        : type.IsArray ? type.GetElementType()
        : typeof(IEnumerable).IsAssignableFrom(type) && type.IsGenericType ? type.GetGenericArguments()[0]
        : null;

    [GeneratedRegex("^On(Get|Post|Put|Delete|Patch)(\\w*?)(?:Async)?$")]
    private static partial Regex HandlerName();

    [GeneratedRegex("\\{(\\w+)[^}]*\\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(":[^}]*\\}")]
    private static partial Regex RouteConstraint();
}
