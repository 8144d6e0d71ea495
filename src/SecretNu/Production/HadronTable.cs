using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace SecretNu.Production;

/// <summary>
/// One FORESEE forward-hadron production table, as read and validated by <see cref="HadronTableReader"/>: the
/// inclusive cross section (pb per bin, forward hemisphere only, counted with multiplicity) of one species on a
/// regular grid of bin centres in log10θ (θ in rad, measured from the beam axis) and log10p (p = |p⃗| in GeV).
/// Bins are <see cref="BinWidthLog10"/> wide in both variables; within a bin FORESEE treats the density as flat in
/// log10θ and log10p. Immutable.
/// </summary>
public sealed class HadronTable
{
    /// <summary>Width of every bin in log10θ and in log10p (decades).</summary>
    public const double BinWidthLog10 = 0.05;

    /// <summary>PDG id of the species, signed (e.g. 211 = π⁺, −431 = D_s⁻, 15 = τ⁻).</summary>
    public int PdgId { get; }

    /// <summary>Generator folder name as in the data directory (e.g. "EPOSLHC", "NLO-P8-Max").</summary>
    public string Generator { get; }

    /// <summary>Collision-energy label of the folder: "14" or "13.6".</summary>
    public string EnergyLabel { get; }

    /// <summary>√s in TeV (the numeric value of <see cref="EnergyLabel"/>).</summary>
    public double SqrtSTeV => double.Parse(EnergyLabel, CultureInfo.InvariantCulture);

    /// <summary>Grid layout of the file.</summary>
    public HadronTableLayout Layout { get; }

    /// <summary>Bin centres in log10(θ/rad), increasing, spaced by 0.05, rounded to 3 decimals.</summary>
    public ImmutableArray<double> LogThetaCentres { get; }

    /// <summary>Bin centres in log10(p/GeV), increasing, spaced by 0.05, rounded to 3 decimals.</summary>
    public ImmutableArray<double> LogMomentumCentres { get; }

    /// <summary>Cross section per bin in pb, flat, indexed [iTheta * MomentumCount + iP]. Negative values occur only
    /// in NLO-P8* charm tables (NLO event weights).</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>The number printed after <c>Normalization:</c> in the header (pb), or null (Layout B has none).</summary>
    public double? Normalization { get; }

    /// <summary>Sum of all weights in pb (negative bins included).</summary>
    public double Sum { get; }

    /// <summary>Sum of the negative weights in pb (≤ 0; zero for all but NLO-P8* charm tables).</summary>
    public double NegativeSum { get; }

    /// <summary>Path (or name) of the file the table was read from, for messages.</summary>
    public string Source { get; }

    /// <summary>Number of log10θ bins (150 in Layout A, 100 in Layout B).</summary>
    public int ThetaCount => LogThetaCentres.Length;

    /// <summary>Number of log10p bins (140 or 120 in Layout A, 80 in Layout B).</summary>
    public int MomentumCount => LogMomentumCentres.Length;

    /// <summary>Cross section in pb of bin (iTheta, iP). Range: 0 ≤ iTheta &lt; ThetaCount, 0 ≤ iP &lt; MomentumCount.</summary>
    public double Weight(int iTheta, int iP)
    {
        if ((uint)iTheta >= (uint)ThetaCount) throw new ArgumentOutOfRangeException(nameof(iTheta), iTheta, null);
        if ((uint)iP >= (uint)MomentumCount) throw new ArgumentOutOfRangeException(nameof(iP), iP, null);
        return Weights[iTheta * MomentumCount + iP];
    }

    internal HadronTable(int pdgId, string generator, string energyLabel, HadronTableLayout layout,
        double[] logTheta, double[] logP, double[] weights, double? normalization, double sum, double negativeSum,
        string source)
    {
        PdgId = pdgId;
        Generator = generator;
        EnergyLabel = energyLabel;
        Layout = layout;
        LogThetaCentres = ImmutableCollectionsMarshal.AsImmutableArray(logTheta);
        LogMomentumCentres = ImmutableCollectionsMarshal.AsImmutableArray(logP);
        Weights = ImmutableCollectionsMarshal.AsImmutableArray(weights);
        Normalization = normalization;
        Sum = sum;
        NegativeSum = negativeSum;
        Source = source;
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"{Generator} {EnergyLabel} TeV pid {PdgId} (layout {Layout}, {ThetaCount}x{MomentumCount}, sum {Sum:G6} pb)";
}
