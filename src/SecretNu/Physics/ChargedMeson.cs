namespace SecretNu.Physics;

/// <summary>
/// A charged pseudoscalar meson M⁺ that decays leptonically through a W: mass [GeV], lifetime [s], decay constant
/// f_M [GeV, "130 MeV" convention] and CKM modulus |V|. The M⁻ is its charge conjugate.
/// </summary>
public sealed record ChargedMeson(string Name, int PdgId, double Mass, double Lifetime, double DecayConstant, double Ckm)
{
    public static readonly ChargedMeson Pion = new("pi+", 211, Constants.PionMass, Constants.PionLifetime, Constants.PionDecayConstant, Constants.Vud);
    public static readonly ChargedMeson Kaon = new("K+", 321, Constants.KaonMass, Constants.KaonLifetime, Constants.KaonDecayConstant, Constants.Vus);
    public static readonly ChargedMeson Ds = new("Ds+", 431, Constants.DsMass, Constants.DsLifetime, Constants.DsDecayConstant, Constants.Vcs);
    public static readonly ChargedMeson DPlus = new("D+", 411, Constants.DPlusMass, Constants.DPlusLifetime, Constants.DPlusDecayConstant, Constants.Vcd);
    public static readonly ChargedMeson[] All = [Pion, Kaon, Ds, DPlus];

    /// <summary>Total width Γ_M = ħ/τ [GeV].</summary>
    public double Width => Constants.HbarGeVs / Lifetime;
    /// <summary>K_M = G_F² |V|² f_M² [GeV⁻²].</summary>
    public double WeakFactor => Constants.FermiConstant * Constants.FermiConstant * Ckm * Ckm * DecayConstant * DecayConstant;
    /// <summary>cτ [m].</summary>
    public double DecayLength => Constants.SpeedOfLight * Lifetime;

    public override string ToString() => Name;

    /// <summary>Accepts pi+, pi, π+, K+, K, Ds+, Ds, D_s+, D+, D (case-insensitive) and the PDG ids.</summary>
    public static bool TryParse(string text, out ChargedMeson meson)
    {
        string t = text.Trim().ToLowerInvariant().Replace("_", "").Replace("π", "pi");
        meson = t switch
        {
            "pi+" or "pi" or "pion" or "211" => Pion,
            "k+" or "k" or "kaon" or "321" => Kaon,
            "ds+" or "ds" or "431" => Ds,
            "d+" or "d" or "411" => DPlus,
            _ => null!,
        };
        return meson is not null;
    }
}
