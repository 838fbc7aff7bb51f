namespace Basalt.Spec.Policies;

/// <summary>The kinds of token in a policy expression.</summary>
internal enum PolicyTokenKind
{
    Identifier,
    String,
    Integer,
    Decimal,
    LeftParen,
    RightParen,
    Comma,
    Dot,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Arrow,
    ArrowText,
    End,
}
