using System.Collections.Concurrent;
using SecretNu.Spectra;

namespace SecretNu.Dune;

/// <summary>
/// On-axis response matrices (<see cref="OnAxisResponse.Matrix"/>) of rest-frame Z′ spectra with parent spectra, computed
/// once and shared by every coupling direction at one mass: the folds of a channel's primary ν and Z′ → νν̄ spectra do not
/// depend on ĝ (only their weights and flavours do), so g_ee, g_eτ and g_eμ share the e-channel folds. Keyed by the parent
/// spectrum and the spectrum object (the channel spectra of one mass are shared instances); thread-safe.
/// </summary>
/// <param name="edges">Neutrino energy bin edges [GeV] of every fold.</param>
/// <param name="quadrature">Rapidity quadrature of the continua.</param>
public sealed class TemplateFolds(IReadOnlyList<double> edges, (int Panels, int Nodes) quadrature)
{
    readonly ConcurrentDictionary<(ParentSpectrum, ContinuousSpectrum), Lazy<double[,]>> _matrices = new();

    /// <summary>Neutrino energy bin edges [GeV].</summary>
    public IReadOnlyList<double> Edges { get; } = edges;

    /// <summary>The rapidity quadrature.</summary>
    public (int Panels, int Nodes) Quadrature { get; } = quadrature;

    /// <summary>R[i, j]: the flux in neutrino bin i from a unit parent spectrum on parent bin j decaying with <paramref name="spectrum"/>.</summary>
    public double[,] Matrix(ParentSpectrum parent, ContinuousSpectrum spectrum) =>
        _matrices.GetOrAdd((parent, spectrum), k => new(() =>
            OnAxisResponse.Matrix(k.Item1.Parent.Mass(), [.. k.Item1.Edges], RestFrameSpectrum.Continuum(k.Item2), Edges, Quadrature))).Value;

    /// <summary>The flux of <paramref name="parent"/>'s spectrum decaying with <paramref name="spectrum"/>: R·W per neutrino bin.</summary>
    public double[] Fold(ParentSpectrum parent, ContinuousSpectrum spectrum) => parent.Apply(Matrix(parent, spectrum));
}
