using MathNet.Numerics.LinearAlgebra;
using SecretNu.Numerics;
using SecretNu.Physics;

namespace SecretNu.Dune;

/// <summary>
/// Parent-resolved DUNE ND fluxes (physics.md §13, data README §8): the public species fluxes are inverted for the
/// π±, K± and μ± spectra at the ND by a regularised non-negative least-squares fit of the on-axis response
/// (<see cref="OnAxisResponse"/>) to ν_μ, ν̄_μ, ν_e and ν̄_e together:
/// ν_μ ← π⁺ (μν line), K⁺ (μν line, K_μ3), μ⁻ (Michel); ν̄_μ ← π⁻, K⁻, μ⁺; ν_e ← K⁺ (K_e3, e⁺ν line), μ⁺;
/// ν̄_e ← K⁻, μ⁻. The ν_e constrains K⁺ through K_e3 together with the high-energy ν_μ shoulder, which π⁺ cannot
/// reach because no parent exceeds the 120-GeV proton energy (π⁺ lines end at 0.427 × 120 = 51 GeV, K⁺ lines at
/// 0.954 × 120 = 114 GeV). μ-decay ν_e are the remainder (a ridge penalty, <see cref="Regularisation.MuonWeight"/>).
/// K_L is not separated. Solver: <see cref="NonNegativeLeastSquares"/> (Lawson–Hanson).
/// </summary>
public static class DuneParentFlux
{
    /// <summary>Reads <paramref name="file"/> (<see cref="DuneFluxReader"/>) and reconstructs its parents.</summary>
    /// <param name="file">A DUNE ND flux file (DUNE_ND_FHC.dat or DUNE_ND_RHC.dat).</param>
    /// <param name="mode">Its horn polarity (labels the result; the fit itself treats both signs alike).</param>
    /// <param name="regularisation">Settings; null = <see cref="Regularisation.Default"/>.</param>
    public static DuneReconstruction Reconstruct(string file, HornMode mode, Regularisation? regularisation = null)
    {
        var input = DuneFluxReader.Read(file);
        // the fit's solution is kept in the persistent cache (when on), keyed by the file's bytes, the mode, the settings and
        // the exact build: the non-negative least squares take about a second per mode
        string? key = CacheFile.Directory is null ? null
            : CacheFile.Key(CacheMagic, Output.Provenance.Sha256(file), mode.ToString(), (regularisation ?? Regularisation.Default).Label);
        return Reconstruct(input, mode, regularisation, key);
    }

    const string CacheMagic = "secretnu-dune-parents-1";

    /// <summary>Reconstructs the parents of an already read flux file.</summary>
    /// <param name="input">The species fluxes.</param>
    /// <param name="mode">Horn polarity (label).</param>
    /// <param name="regularisation">Settings; null = <see cref="Regularisation.Default"/>.</param>
    public static DuneReconstruction Reconstruct(DuneFluxFile input, HornMode mode, Regularisation? regularisation = null) =>
        Reconstruct(input, mode, regularisation, null);

    static DuneReconstruction Reconstruct(DuneFluxFile input, HornMode mode, Regularisation? regularisation, string? cacheKey)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reg = regularisation ?? Regularisation.Default;
        reg.Validate();
        double[] nuEdges = input.Edges();
        var species = DuneReconstruction.FittedSpecies;
        var parents = DuneParentExtensions.All;

        // columns: parent blocks; responses per (parent, species)
        var edges = parents.ToDictionary(p => p, p => ParentGrid.Edges(p));
        var offset = new Dictionary<DuneParent, int>();
        int n = 0;
        foreach (var p in parents) { offset[p] = n; n += edges[p].Length - 1; }
        // the responses are needed by the fit and by the contributions, not when the solution comes from the cache
        var responses = new Lazy<Dictionary<(DuneParent, NeutrinoSpecies), double[,]>>(() =>
        {
            var all = new Dictionary<(DuneParent, NeutrinoSpecies), double[,]>();
            foreach (var p in parents)
                foreach (var s in species)
                {
                    var f = p.RestFrame(s);
                    if (!f.IsEmpty) all[(p, s)] = OnAxisResponse.Matrix(p.Mass(), edges[p], f, nuEdges);
                }
            return all;
        });

        var scale = new double[n];
        foreach (var p in parents)
        {
            var reference = Reference(p, edges[p], input, reg.Floor);
            Array.Copy(reference, 0, scale, offset[p], reference.Length);
        }

        string? path = cacheKey is null ? null : CacheFile.PathOf(cacheKey, ".parents");
        var x = path is null ? null : CacheFile.TryRead(path, CacheMagic, cacheKey!, r => CacheFile.ReadDoubles(r) is { } v && v.Length == n ? v : null);
        if (x is null)
        {
            x = Fit(input, reg, species, parents, edges, offset, n, scale, responses.Value);
            if (path is not null) CacheFile.TryWrite(path, CacheMagic, cacheKey!, w => CacheFile.WriteDoubles(w, x));
        }

        var spectra = new Dictionary<DuneParent, ParentSpectrum>();
        foreach (var p in parents)
        {
            int o = offset[p], m = edges[p].Length - 1;
            var w = new double[m];
            for (int j = 0; j < m; j++) w[j] = x[o + j] * scale[o + j];
            spectra[p] = new ParentSpectrum(p, edges[p], w);
        }
        // the SM neutrinos of each parent on the input's bins, for the comparison with the input
        var contributions = new Lazy<Dictionary<(DuneParent, NeutrinoSpecies), double[]>>(() =>
        {
            var all = new Dictionary<(DuneParent, NeutrinoSpecies), double[]>();
            foreach (var p in parents)
                foreach (var s in species)
                {
                    if (responses.Value.TryGetValue((p, s), out var r)) all[(p, s)] = spectra[p].Apply(r);
                }
            return all;
        });
        return new DuneReconstruction(mode, reg, input, nuEdges, spectra, contributions);
    }

    /// <summary>The regularised non-negative least-squares solution x (W = s·x per parent block) of <see cref="Regularisation"/>.</summary>
    static double[] Fit(DuneFluxFile input, Regularisation reg, IReadOnlyList<NeutrinoSpecies> species, IReadOnlyList<DuneParent> parents,
        Dictionary<DuneParent, double[]> edges, Dictionary<DuneParent, int> offset, int n, double[] scale,
        Dictionary<(DuneParent, NeutrinoSpecies), double[,]> response)
    {
        int nb = input.Edges().Length - 1;
        int regRows = parents.Sum(p => Math.Max(0, edges[p].Length - 3))
                      + parents.Where(IsMuon).Sum(p => edges[p].Length - 1);
        int rows = species.Count * nb + species.Count + regRows;
        var a = Matrix<double>.Build.Dense(rows, n);
        var b = Vector<double>.Build.Dense(rows);
        for (int si = 0; si < species.Count; si++)
        {
            var s = species[si];
            var phi = input.Flux(s);
            double floor = reg.Floor * Math.Max(phi.Max(), double.Epsilon);
            for (int i = 0; i < nb; i++)
            {
                int row = si * nb + i;
                double sigma = phi[i] + floor;
                b[row] = phi[i] / sigma;
                foreach (var p in parents)
                {
                    if (!response.TryGetValue((p, s), out var r)) continue;
                    int o = offset[p];
                    for (int j = 0; j < edges[p].Length - 1; j++)
                        if (r[i, j] != 0) a[row, o + j] = r[i, j] * scale[o + j] / sigma;
                }
            }
        }
        int rr = species.Count * nb;
        for (int si = 0; si < species.Count; si++, rr++)
        {
            var s = species[si];
            double total = input.Flux(s).Sum(); // × bin width on both sides
            if (total <= 0) continue;
            double norm = 1 / (total * reg.TotalTolerance);
            b[rr] = total * norm;
            foreach (var p in parents)
            {
                if (!response.TryGetValue((p, s), out var r)) continue;
                int o = offset[p];
                for (int j = 0; j < edges[p].Length - 1; j++)
                {
                    double col = 0;
                    for (int i = 0; i < nb; i++) col += r[i, j];
                    a[rr, o + j] = col * scale[o + j] * norm;
                }
            }
        }
        double sl = Math.Sqrt(reg.Smoothness), sm = Math.Sqrt(reg.MuonWeight);
        foreach (var p in parents)
        {
            int o = offset[p], m = edges[p].Length - 1;
            for (int j = 1; j < m - 1; j++, rr++)
            {
                a[rr, o + j - 1] = sl; a[rr, o + j] = -2 * sl; a[rr, o + j + 1] = sl;
            }
            if (IsMuon(p))
                for (int j = 0; j < m; j++, rr++) a[rr, o + j] = sm;
        }

        return [.. NonNegativeLeastSquares.Solve(a, b)];
    }

    /// <summary>
    /// The central reconstruction and its variations (<see cref="Regularisation.Variations"/>); the envelope of their
    /// parent spectra is the reported uncertainty band.
    /// </summary>
    /// <param name="file">A DUNE ND flux file.</param>
    /// <param name="mode">Its horn polarity.</param>
    /// <param name="regularisation">Central settings; null = <see cref="Regularisation.Default"/>.</param>
    public static ParentFluxBand Band(string file, HornMode mode, Regularisation? regularisation = null)
    {
        var input = DuneFluxReader.Read(file);
        var central = regularisation ?? Regularisation.Default;
        var results = new[] { central }.Concat(central.Variations())
            .AsParallel().AsOrdered().Select(r => Reconstruct(input, mode, r)).ToArray();
        return new ParentFluxBand(results[0], results[1..]);
    }

    static bool IsMuon(DuneParent p) => p is DuneParent.MuPlus or DuneParent.MuMinus;

    /// <summary>The flux a parent would make alone of its main species, inverted as a single line at E*_ref:
    /// W = φ̄(u) E*_ref/(D p) with φ̄ the flux averaged over the bin's u-range (floored), physics.md §6.3.</summary>
    static double[] Reference(DuneParent p, double[] edges, DuneFluxFile input, double floor)
    {
        var main = p switch
        {
            DuneParent.PiPlus or DuneParent.KPlus => NeutrinoSpecies.NuMu,
            DuneParent.PiMinus or DuneParent.KMinus => NeutrinoSpecies.NuMuBar,
            DuneParent.MuPlus => NeutrinoSpecies.NuE,
            _ => NeutrinoSpecies.NuEBar,
        };
        var phi = input.Flux(main);
        double phiFloor = floor * Math.Max(phi.Max(), double.Epsilon);
        double m = p.Mass(), eRef = p.ReferenceEnergy();
        var w = new double[edges.Length - 1];
        for (int j = 0; j < w.Length; j++)
        {
            double uA = eRef * OnAxisResponse.Doppler(m, edges[j]), uB = eRef * OnAxisResponse.Doppler(m, edges[j + 1]);
            double sum = 0, width = 0;
            for (int i = 0; i < phi.Count; i++)
            {
                double lo = Math.Max(uA, input.Centres[i] - 0.5 * DuneFluxFile.BinWidth), hi = Math.Min(uB, input.Centres[i] + 0.5 * DuneFluxFile.BinWidth);
                if (hi > lo) { sum += phi[i] * (hi - lo); width += hi - lo; }
            }
            double mean = Math.Max(width > 0 ? sum / width : 0, phiFloor);
            double eMid = 0.5 * (edges[j] + edges[j + 1]);
            double d = OnAxisResponse.Doppler(m, eMid), pMid = Math.Sqrt(Math.Max(eMid * eMid - m * m, 1e-12 * m * m));
            w[j] = mean * eRef / (d * pMid);
        }
        return w;
    }
}
