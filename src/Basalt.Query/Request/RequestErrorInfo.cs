namespace Basalt.Query.Request;

/// <summary>One entry of <see cref="RequestErrorCatalogue"/>: a code, the status it is sent with, and when.</summary>
public sealed record RequestErrorInfo(string Code, int Status, string Description);
