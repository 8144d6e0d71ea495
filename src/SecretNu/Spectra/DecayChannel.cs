using SecretNu.Physics;

namespace SecretNu.Spectra;

/// <summary>
/// One neutrino-producing channel of a parent decay: a label, the number of neutrinos of <paramref name="Species"/> per
/// parent decay (a branching fraction, or a product of them for cascades), and its rest-frame spectrum (whose
/// <see cref="RestFrameSpectrum.Total"/> equals <paramref name="BranchingFraction"/>).
/// </summary>
public sealed record DecayChannel(string Name, double BranchingFraction, NeutrinoSpecies Species, RestFrameSpectrum Spectrum)
{
    /// <summary>The charge-conjugate channel: species ν ↔ ν̄, same spectrum and branching fraction.</summary>
    public DecayChannel Conjugate() => new(Name + " (c.c.)", BranchingFraction, Species.Conjugate(), Spectrum);
}
