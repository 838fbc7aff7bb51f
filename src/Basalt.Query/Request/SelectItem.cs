namespace Basalt.Query.Request;

/// <summary>One entry of the <c>select</c> parameter: <see cref="StarSelect"/>, <see cref="FieldSelect"/>,
/// <see cref="AggregateSelect"/> or <see cref="EmbedSelect"/>.</summary>
public abstract record SelectItem;
