using System.Linq.Expressions;

namespace Hotline.Services.Dashboards;

/// <summary>
/// Combines predicate expressions so one definition of each measure serves both its count (a conditional sum) and
/// its ticket-list drill-down (a filter): the two cannot drift apart.
/// </summary>
internal static class Predicates
{
    public static Expression<Func<T, bool>> And<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Combine(left, right, Expression.AndAlso);

    public static Expression<Func<T, bool>> Or<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Combine(left, right, Expression.OrElse);

    /// <summary>
    /// <c>x => new FlagRow { UnitId = unit(x), F0 = flags[0](x) ? 1 : 0, … }</c>: one row of 0/1 flags per source row,
    /// ready to be summed per unit (SQL: <c>SUM(CASE WHEN … THEN 1 ELSE 0 END)</c>).
    /// </summary>
    public static Expression<Func<T, FlagRow>> Flags<T>(Expression<Func<T, int?>> unit, params Expression<Func<T, bool>>[] flags)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(flags);
        if (flags.Length > FlagRow.Slots)
        {
            throw new ArgumentException($"At most {FlagRow.Slots} flags.", nameof(flags));
        }

        var x = unit.Parameters[0];
        var bindings = new List<MemberBinding> { Expression.Bind(typeof(FlagRow).GetProperty(nameof(FlagRow.UnitId))!, unit.Body) };
        for (var i = 0; i < FlagRow.Slots; i++)
        {
            Expression value = i < flags.Length
                ? Expression.Condition(new Rebind(flags[i].Parameters[0], x).Visit(flags[i].Body), Expression.Constant(1), Expression.Constant(0))
                : Expression.Constant(0);
            bindings.Add(Expression.Bind(typeof(FlagRow).GetProperty($"F{i}")!, value));
        }

        return Expression.Lambda<Func<T, FlagRow>>(Expression.MemberInit(Expression.New(typeof(FlagRow)), bindings), x);
    }

    private static Expression<Func<T, bool>> Combine<T>(Expression<Func<T, bool>> left, Expression<Func<T, bool>> right,
        Func<Expression, Expression, BinaryExpression> op)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var x = left.Parameters[0];
        return Expression.Lambda<Func<T, bool>>(op(left.Body, new Rebind(right.Parameters[0], x).Visit(right.Body)), x);
    }

    /// <summary>Makes a lambda's body speak of another parameter.</summary>
    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
