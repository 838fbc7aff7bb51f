namespace Basalt.Spec.Schema;

/// <summary>What happens to referencing rows when the referenced row is deleted (<c>on_delete</c>).</summary>
public enum ReferentialAction
{
    NoAction,
    Restrict,
    Cascade,
    SetNull,
    SetDefault,
}
