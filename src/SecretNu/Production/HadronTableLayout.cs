namespace SecretNu.Production;

/// <summary>
/// The two grids of the FORESEE hadron tables (data/README §3.2). Both have bins 0.05 wide in log10θ and log10p.
/// </summary>
public enum HadronTableLayout
{
    /// <summary>
    /// Wide grid with a four-line header (hemisphere note, <c>Normalization: N pb</c>, <c>pid:</c>, column names):
    /// 150 log10θ centres −7.275 … 0.175 (θ in rad) and log10p centres from −1.975 (p in GeV): 140 values up to
    /// 4.975 at 14 TeV, 120 up to 3.975 at 13.6 TeV.
    /// </summary>
    A,

    /// <summary>
    /// Compact grid without header: 100 log10θ centres −4.975 … −0.025 and 80 log10p centres 0.025 … 3.975
    /// (all NLO-P8* tables and all τ-lepton tables).
    /// </summary>
    B,
}
