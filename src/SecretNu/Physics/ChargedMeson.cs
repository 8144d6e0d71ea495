namespace SecretNu.Physics;

/// <summary>
/// A charged pseudoscalar meson M⁺ that decays leptonically through a W: mass [GeV], lifetime [s], decay constant
/// f_M [GeV, "130 MeV" convention] and CKM modulus |V|. The M⁻ is its charge conjugate.
/// </summary>
public sealed record ChargedMeson(string Name, int PdgId, double Mass, double Lifetime, double DecayConstant, double Ckm)
{
    /// <summary>π⁺ (PDG 211): PDG 2022 mass and lifetime, f_π, |V_ud|.</summary>
    public static readonly ChargedMeson Pion = new("pi+", 211, Constants.PionMass, Constants.PionLifetime, Constants.PionDecayConstant, Constants.Vud);
    /// <summary>K⁺ (PDG 321): PDG 2022 mass and lifetime, f_K, |V_us|.</summary>
    public static readonly ChargedMeson Kaon = new("K+", 321, Constants.KaonMass, Constants.KaonLifetime, Constants.KaonDecayConstant, Constants.Vus);
    /// <summary>D_s⁺ (PDG 431): PDG 2022 mass and lifetime, f_Ds, |V_cs|.</summary>
    public static readonly ChargedMeson Ds = new("Ds+", 431, Constants.DsMass, Constants.DsLifetime, Constants.DsDecayConstant, Constants.Vcs);
    /// <summary>D⁺ (PDG 411): PDG 2022 mass and lifetime, f_D, |V_cd|.</summary>
    public static readonly ChargedMeson DPlus = new("D+", 411, Constants.DPlusMass, Constants.DPlusLifetime, Constants.DPlusDecayConstant, Constants.Vcd);
    /// <summary>π⁺, K⁺, D_s⁺, D⁺.</summary>
    public static readonly ChargedMeson[] All = [Pion, Kaon, Ds, DPlus];

    /// <summary>Total width Γ_M = ħ/τ [GeV].</summary>
    public double Width => Constants.HbarGeVs / Lifetime;
    /// <summary>K_M = G_F² |V|² f_M² [GeV⁻²].</summary>
    public double WeakFactor => Constants.FermiConstant * Constants.FermiConstant * Ckm * Ckm * DecayConstant * DecayConstant;
    /// <summary>cτ [m].</summary>
    public double DecayLength => Constants.SpeedOfLight * Lifetime;

    /// <summary>The meson's name (pi+, K+, Ds+, D+).</summary>
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
