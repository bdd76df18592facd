using System.Linq.Expressions;
using System.Reflection;

namespace Hotline.Services.Data;

/// <summary>
/// Marks a static method that stands for a query part inside a query written for <c>EF.CompileAsyncQuery</c>: the method
/// is never run; <see cref="QueryParts.Expand{T}"/> puts the part's expression in its place.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class QueryPartAttribute : Attribute;

/// <summary>
/// Builds compiled queries from shared parts, so one query definition serves several compiled shapes (a count and a page
/// of the same rows): EF cannot look inside a method called in a query, so each call to a <see cref="QueryPartAttribute"/>
/// method is replaced by the part's lambda body, its parameters bound to the call's arguments. A static field holding an
/// expression (a shared predicate such as <see cref="TicketStateCopy.WithUnits"/>) is inlined as the quoted lambda a
/// directly written query would hold.
/// </summary>
internal static class QueryParts
{
    public static Expression<T> Expand<T>(Expression<T> query, params (string Name, LambdaExpression Part)[] parts) =>
        (Expression<T>)new Expander(parts.ToDictionary(p => p.Name, p => p.Part)).Visit(query);

    private sealed class Expander(Dictionary<string, LambdaExpression> parts) : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Object is null && node.Method.IsDefined(typeof(QueryPartAttribute)))
            {
                var part = parts.TryGetValue(node.Method.Name, out var found)
                    ? found
                    : throw new InvalidOperationException($"No expression was given for the query part {node.Method.Name}.");
                var bound = part.Parameters.Zip(node.Arguments, (p, a) => (p, a: Visit(a)))
                    .ToDictionary(x => x.p, x => x.a);
                return Visit(new Rebind(bound).Visit(part.Body));
            }

            return base.VisitMethodCall(node);
        }

        protected override Expression VisitMember(MemberExpression node) =>
            node is { Expression: null, Member: FieldInfo { IsInitOnly: true } field } && typeof(LambdaExpression).IsAssignableFrom(field.FieldType)
                ? Expression.Quote((LambdaExpression)field.GetValue(null)!)
                : base.VisitMember(node);
    }

    /// <summary>Makes an expression speak of other expressions in place of its parameters.</summary>
    internal sealed class Rebind(IReadOnlyDictionary<ParameterExpression, Expression> values) : ExpressionVisitor
    {
        public Rebind(ParameterExpression from, Expression to)
            : this(new Dictionary<ParameterExpression, Expression> { [from] = to })
        {
        }

        protected override Expression VisitParameter(ParameterExpression node) =>
            values.TryGetValue(node, out var value) ? value : base.VisitParameter(node);
    }
}
