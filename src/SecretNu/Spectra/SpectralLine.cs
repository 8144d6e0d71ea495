namespace SecretNu.Spectra;

/// <summary>A monochromatic rest-frame neutrino line: energy E*₀ [GeV] and number per decay (a branching fraction).</summary>
public readonly record struct SpectralLine(double Energy, double Weight);
