using System.Globalization;

namespace SecretNu.Physics;

/// <summary>Unit conversions at the program's edges. Inside: GeV, m, s, m².</summary>
public static class Units
{
    /// <summary>Energy units in GeV (the internal unit): GeV = 1, MeV = 1e-3, keV = 1e-6, eV = 1e-9, TeV = 1e3.</summary>
    public const double GeV = 1.0, MeV = 1e-3, KeV = 1e-6, EV = 1e-9, TeV = 1e3;
    /// <summary>1 pb = 1e-40 m².</summary>
    public const double PicobarnInM2 = 1e-40;
    /// <summary>1 cm² = 1e-4 m².</summary>
    public const double Cm2InM2 = 1e-4;
    /// <summary>1 t = 1000 kg.</summary>
    public const double KilogramsPerTonne = 1000.0;
    /// <summary>1 fb⁻¹ = 1000 pb⁻¹.</summary>
    public const double InversePicobarnPerInverseFemtobarn = 1000.0;

    /// <summary>
    /// Parses an energy/mass such as "10MeV", "1 keV", "0.3GeV", "500eV" or a bare number (GeV).
    /// Throws <see cref="InputException"/> naming the text when it is not a positive finite energy.
    /// </summary>
    public static double ParseEnergy(string text, string what = "mass")
    {
        if (!TryParseEnergy(text, out double value))
            throw new InputException($"{what} '{text}' is not a positive energy (examples: 10MeV, 1keV, 0.3GeV, 500eV; a bare number is GeV; units are case-sensitive: eV, keV, MeV, GeV, TeV)");
        return value;
    }

    /// <summary>
    /// Smallest Z′ mass accepted: 100 eV = 1e-7 GeV. Below about 20 eV the three-body rates lose all precision
    /// ((M/m_M)² ~ 1e-16 beside 1); from 1e-7 GeV up, every stage is checked finite by the property tests, and the
    /// bounds there follow g ∝ M (physics.md §10.20), so a lighter mass adds nothing that the scaling does not give.
    /// </summary>
    public const double MinimumZMass = 1e-7;

    /// <summary>A Z′ mass: <see cref="ParseEnergy"/> and at least <see cref="MinimumZMass"/>.</summary>
    public static double ParseZMass(string text, string what = "--mass")
    {
        double m = ParseEnergy(text, what);
        if (m < MinimumZMass * (1 - 1e-12)) // "100eV" and "0.1keV" round either side of 1e-7
            throw new InputException($"{what} '{text}' is below the smallest Z′ mass SecretNu computes, 100 eV (the bounds scale as g ∝ m_Z′ there)");
        return m;
    }

    /// <summary>Non-throwing <see cref="ParseEnergy"/>: <paramref name="gev"/> is the energy [GeV] (NaN on failure); false unless it is
    /// a positive finite energy with an optional, case-sensitive unit (eV, keV, MeV, GeV, TeV; bare number = GeV).</summary>
    public static bool TryParseEnergy(string? text, out double gev)
    {
        gev = double.NaN;
        if (string.IsNullOrWhiteSpace(text)) return false;
        string t = text.Trim();
        (string suffix, double scale)[] units = [("TeV", TeV), ("GeV", GeV), ("MeV", MeV), ("keV", KeV), ("eV", EV)];
        double factor = GeV;
        foreach (var (suffix, scale) in units)
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal)) // case-sensitive: "meV" is not "MeV"
            {
                factor = scale;
                t = t[..^suffix.Length].Trim();
                break;
            }
        }
        if (!double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double number)) return false;
        if (!double.IsFinite(number) || number <= 0) return false;
        gev = number * factor;
        return double.IsFinite(gev) && gev > 0;
    }

    /// <summary>Human-readable energy with the largest unit that keeps the number ≥ 1 (e.g. 0.01 → "10 MeV").</summary>
    public static string FormatEnergy(double gev)
    {
        (string u, double s)[] units = [("TeV", TeV), ("GeV", GeV), ("MeV", MeV), ("keV", KeV), ("eV", EV)];
        foreach (var (u, s) in units)
            if (gev >= s * 0.9999999) return (gev / s).ToString("G6", CultureInfo.InvariantCulture) + " " + u;
        return (gev / EV).ToString("G6", CultureInfo.InvariantCulture) + " eV";
    }
}
