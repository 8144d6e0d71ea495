using System.CommandLine;
using SecretNu.Decays;
using SecretNu.Fluxes;

namespace SecretNu.Cli.Commands;

/// <summary>The seed paper's simplifications as flags (each alone, or all with --seed-mode).</summary>
public sealed class SeedModeOptions
{
    readonly Option<bool> _all = new("--seed-mode") { Description = "All of the seed paper's simplifications: its Eq. (4) normalisation (× ½), collinear point-detector flux, all ν_τ from the D_s → τν line, no D⁺." };
    readonly Option<bool> _collinear = new("--collinear") { Description = "Collinear point-detector acceptance (seed Eq. 8 with the corrected focusing factor) instead of the exact face integration." };
    readonly Option<bool> _dsLine = new("--ds-from-tau-line") { Description = "Build the D_s spectrum from the SM ν_τ flux as if all came from D_s → τν (the seed's reconstruction)." };
    readonly Option<bool> _noDPlus = new("--no-dplus") { Description = "Leave out D± → ℓνZ′ (the seed neglected it)." };
    readonly Option<bool> _seedNorm = CommonOptions.SeedNormalisation();

    /// <summary>The five flags, not yet added to a command.</summary>
    public static SeedModeOptions Create() => new();

    /// <summary>Adds the flags to <paramref name="c"/>.</summary>
    public void AddTo(Command c)
    {
        c.Add(_all); c.Add(_collinear); c.Add(_dsLine); c.Add(_noDPlus); c.Add(_seedNorm);
    }

    /// <summary>The acceptance and Z′ options the flags select (default: exact acceptance, derived normalisation, D⁺ included).</summary>
    public (AcceptanceMode Mode, ZPrimeOptions Options) Read(ParseResult p)
    {
        bool all = p.GetValue(_all);
        var mode = all || p.GetValue(_collinear) ? AcceptanceMode.Collinear : AcceptanceMode.Exact;
        var options = new ZPrimeOptions(
            all || p.GetValue(_seedNorm) ? RateNormalisation.Seed : RateNormalisation.Derived,
            IncludeDPlus: !(all || p.GetValue(_noDPlus)),
            DsFromTauLine: all || p.GetValue(_dsLine));
        return (mode, options);
    }
}
