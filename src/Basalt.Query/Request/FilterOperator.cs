namespace Basalt.Query.Request;

/// <summary>
/// PostgREST's filter operators (https://docs.postgrest.org/en/latest/references/api/tables_views.html#operators).
/// The names are the URL abbreviations; the planner maps them to SQL per column type.
/// </summary>
public enum FilterOperator
{
    Eq,
    Neq,
    Gt,
    Gte,
    Lt,
    Lte,
    Like,
    Ilike,
    Match,
    Imatch,
    In,
    Is,
    IsDistinct,
    Cs,
    Cd,
    Ov,
    Sl,
    Sr,
    Nxr,
    Nxl,
    Adj,
    Fts,
    Plfts,
    Phfts,
    Wfts,
}
