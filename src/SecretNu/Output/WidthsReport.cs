using SecretNu.Decays;
using SecretNu.Physics;

namespace SecretNu.Output;

/// <summary>One open (meson, lepton) pair at a Z′ mass: SM two-body and new three-body rates (per unit Σ_β g_αβ²).</summary>
public sealed record ChannelRates(string Meson, string Lepton, double SmWidth, double SmBranchingFraction,
    double WidthPerG2, double BranchingFractionPerG2, double Longitudinal, double Plus, double Minus,
    double MeanLepton, double MeanNeutrino, double MeanZ);

/// <summary>The content of <c>secretnu widths</c>: every kinematically open channel at one mass, and the Z′ width.</summary>
public sealed record WidthsReport(double Mass, RateNormalisation Normalisation, IReadOnlyList<ChannelRates> Channels,
    double ZWidthDiagonal, double ZWidthOffDiagonal)
{
    /// <summary>Computes the report; throws <see cref="KinematicsException"/> when the mass closes every channel.</summary>
    public static WidthsReport Compute(double mass, RateNormalisation normalisation = RateNormalisation.Derived)
    {
        var rows = new List<ChannelRates>();
        foreach (var meson in ChargedMeson.All)
            foreach (var lepton in ChargedLepton.All)
            {
                if (!ThreeBodyDecay.IsOpen(meson, lepton, mass)) continue;
                var d = new ThreeBodyDecay(meson, lepton, mass, normalisation);
                var h = d.WidthByHelicity();
                var mean = d.MeanEnergies();
                double w = d.Width(), sm = TwoBodyDecay.Width(meson, lepton);
                rows.Add(new ChannelRates(meson.Name, lepton.Name, sm, sm / meson.Width, w, w / meson.Width,
                    h.Longitudinal / h.Total, h.Plus / h.Total, h.Minus / h.Total, mean.Lepton, mean.Neutrino, mean.ZPrime));
            }
        if (rows.Count == 0)
        {
            var largest = ChargedMeson.All.SelectMany(m => ChargedLepton.All.Select(l => (m, l, close: m.Mass - l.Mass)))
                .Where(x => x.close > 0).MaxBy(x => x.close);
            throw new KinematicsException(
                $"m_Z′ = {mass:G6} GeV is above every threshold: no meson decay M → ℓνZ′ is open (the largest reach is " +
                $"{largest.m.Name} → {largest.l.Name}νZ′, m_Z′ < {largest.close:G6} GeV)");
        }
        var (diag, off) = ZPrimeDecay.UnitWidths(mass);
        return new WidthsReport(mass, normalisation, rows, diag, off);
    }

    /// <summary>The documented JSON shape (keys are a public interface: scripts read them).</summary>
    public string ToJson() => JsonOutput.Write(w =>
    {
        w.WriteStartObject();
        Provenance.Write(w, null, []);
        w.WriteFinite("mass_GeV", Mass);
        w.WriteString("normalisation", Normalisation.Name());
        w.WriteStartArray("channels");
        foreach (var c in Channels)
        {
            w.WriteStartObject();
            w.WriteString("meson", c.Meson);
            w.WriteString("lepton", c.Lepton);
            w.WriteFinite("sm_width_GeV", c.SmWidth);
            w.WriteFinite("sm_br", c.SmBranchingFraction);
            w.WriteFinite("three_body_width_per_g2_GeV", c.WidthPerG2);
            w.WriteFinite("three_body_br_per_g2", c.BranchingFractionPerG2);
            w.WriteStartObject("helicity_fractions");
            w.WriteFinite("0", c.Longitudinal);
            w.WriteFinite("+1", c.Plus);
            w.WriteFinite("-1", c.Minus);
            w.WriteEndObject();
            w.WriteStartObject("mean_energy_GeV");
            w.WriteFinite("lepton", c.MeanLepton);
            w.WriteFinite("neutrino", c.MeanNeutrino);
            w.WriteFinite("zprime", c.MeanZ);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("zprime");
        w.WriteStartObject("width_per_g2_GeV");
        w.WriteFinite("diagonal", ZWidthDiagonal);
        w.WriteFinite("off_diagonal", ZWidthOffDiagonal);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    });
}
