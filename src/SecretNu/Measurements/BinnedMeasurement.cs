using SecretNu.Physics;

namespace SecretNu.Measurements;

/// <summary>
/// A published binned CC measurement as the observed likelihood uses it: the bins (observed events, background,
/// efficiency, the publication's own prediction) and the exposure. Read from a file of <c>measurements/</c>
/// (data README §3) by <see cref="ReadFaser2025"/>, with the README's §9 checks.
/// </summary>
/// <param name="Name">Short name, e.g. "faser-2025-numu".</param>
/// <param name="Citation">Where the numbers were published.</param>
/// <param name="File">The file read.</param>
/// <param name="LuminosityFb">Integrated luminosity [fb⁻¹].</param>
/// <param name="LuminosityError">Its uncertainty, relative.</param>
/// <param name="Bins">The reconstructed bins, in published order.</param>
public sealed record BinnedMeasurement(string Name, string Citation, string File, double LuminosityFb, double LuminosityError, IReadOnlyList<MeasuredBin> Bins)
{
    /// <summary>FASER 2025 luminosity uncertainty [fb⁻¹]: 65.6 ± 1.4 fb⁻¹ (quoted, arXiv:2412.03186 via data README §3 [A];
    /// the file's luminosity row carries no error column).</summary>
    public const double Faser2025LuminosityErrorFb = 1.4;

    /// <summary>Highest neutrino energy an open bin reaches [GeV]: half of √s = 13.6 TeV, the beam energy.</summary>
    public const double OpenBinCeiling = 6800;

    /// <summary>The number of nucleons in the fiducial volume that makes the publication's own prediction consistent:
    /// Σ_i S_i / Σ_i (ε_i Φ_i L σ_i), with S the predicted signal, ε the total efficiency, Φ the flux per cm² per fb⁻¹,
    /// L the luminosity and σ the flux-averaged cross section per nucleon (docs/validation/faser-2025-numu.md).</summary>
    public double DerivedNucleons => Bins.Sum(b => b.PredictedSignal) / Bins.Sum(b => b.Efficiency * b.FluxPerLumi * LuminosityFb * b.CrossSection);

    /// <summary>Reads FASER's 2025 ν_μ measurement (arXiv:2412.03186) from <c>measurements/faser_2025_numu_flux.csv</c>.</summary>
    /// <exception cref="InputException">The file is missing or malformed, a count is not a non-negative integer, a unit is
    /// not the expected one, or a §9 check fails.</exception>
    public static BinnedMeasurement ReadFaser2025(string path)
    {
        var t = MeasurementTable.Read(path);
        string[] flavours = ["numu", "numubar", "numu+numubar"];
        double Unit(MeasurementTable.Row r, string unit, double factor) => r.Unit == unit ? factor
            : throw new InputException($"{r.Quantity} bin {r.Bin}: unit '{r.Unit}', expected '{unit}'", t.Path, r.Line);
        MeasurementTable.Row In(string quantity, string bin) => t.Of(quantity).SingleOrDefault(r => r.Bin == bin)
            ?? throw new InputException($"no row '{quantity}' for bin {bin}", t.Path);
        var bins = new List<MeasuredBin>();
        foreach (var obs in t.Of("observed_events_reco"))
        {
            if (!flavours.Contains(obs.Flavour)) throw new InputException($"unknown flavour '{obs.Flavour}'", t.Path, obs.Line);
            NeutrinoSpecies[] species = obs.Flavour switch
            {
                "numu" => [NeutrinoSpecies.NuMu],
                "numubar" => [NeutrinoSpecies.NuMuBar],
                _ => [NeutrinoSpecies.NuMu, NeutrinoSpecies.NuMuBar],
            };
            var sig = In("predicted_signal_events_reco", obs.Bin);
            var sb = In("predicted_signal_plus_background_events_reco", obs.Bin);
            var eff = In("total_efficiency", obs.Bin);
            var flux = In("predicted_flux_per_lumi", obs.Bin);
            var xs = In("predicted_flux_averaged_cc_xsec_per_nucleon", obs.Bin);
            double s = t.Number(sig, sig.Value, "the signal");
            double background = t.Number(sb, sb.Value, "signal + background") - s;
            if (background < -1e-9) throw new InputException($"bin {obs.Bin}: signal + background is below the signal", t.Path, sb.Line);
            double high = obs.High == "inf" ? double.PositiveInfinity : t.Number(obs, obs.High, "the upper edge");
            bins.Add(new MeasuredBin(int.Parse(obs.Bin, System.Globalization.CultureInfo.InvariantCulture), species,
                t.Number(obs, obs.Low, "the lower edge"), high, t.Count(obs), Math.Max(0, background),
                s, t.RelativeError(sig),
                t.Number(eff, eff.Value, "the efficiency") * Unit(eff, "percent", 0.01), t.RelativeError(eff),
                t.Number(flux, flux.Value, "the flux") * Unit(flux, "1e6 per cm2 per fb-1", 1e6), t.RelativeError(flux),
                t.Number(xs, xs.Value, "the cross section") * Unit(xs, "1e-38 cm2 per nucleon", 1e-38), t.RelativeError(xs)));
        }
        var lumi = t.Single("integrated_luminosity");
        double luminosity = t.Number(lumi, lumi.Value, "the luminosity") * Unit(lumi, "fb-1", 1);
        // data README §9: the observed events add up to 362
        var total = t.Single("observed_events_reco_total");
        if (bins.Sum(b => b.Observed) != t.Count(total))
            throw new InputException($"the observed events add up to {bins.Sum(b => b.Observed)}, not the quoted total {total.Value}", t.Path, total.Line);
        if (bins.Count != 6) throw new InputException($"{bins.Count} bins, expected the 6 of arXiv:2412.03186", t.Path);
        // luminosity 65.6 ± 1.4 fb⁻¹ (data README §3; not a column of the file)
        return new BinnedMeasurement("faser-2025-numu", "FASER, arXiv:2412.03186 (PRL 134 (2025) 211801), Tables I–III", path, luminosity, Faser2025LuminosityErrorFb / luminosity, bins);
    }
}
