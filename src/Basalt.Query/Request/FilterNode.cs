namespace Basalt.Query.Request;

/// <summary>A boolean tree of filters: <see cref="Condition"/>, <see cref="AndFilter"/>, <see cref="OrFilter"/>, <see cref="NotFilter"/>.</summary>
public abstract record FilterNode;
