using System.Numerics;

namespace SecretNu.Tests.Oracles;

/// <summary>Contravariant four-vector (E, p_x, p_y, p_z); metric (+,−,−,−).</summary>
public readonly record struct FourVector(double E, double X, double Y, double Z)
{
    public static FourVector operator +(FourVector a, FourVector b) => new(a.E + b.E, a.X + b.X, a.Y + b.Y, a.Z + b.Z);
    public double Dot(FourVector b) => E * b.E - X * b.X - Y * b.Y - Z * b.Z;
    public Complex[] ToComplex() => [E, X, Y, Z];
}

/// <summary>
/// Explicit momenta and Z′ polarisation vectors of M⁺(P) → ℓ⁺(p) ν(k) Z′(q) in the meson rest frame.
/// q points along n̂(θ, φ); the neutrino makes the angle fixed by momentum balance with n̂ and has azimuth ψ
/// about it; p⃗ = −(k⃗ + q⃗).
/// </summary>
public sealed class DecayKinematics
{
    public FourVector Lepton { get; }
    public FourVector Neutrino { get; }
    public FourVector Z { get; }
    /// <summary>ε^μ(q, λ) (contravariant) for λ = 0, +1, −1 (indices 0, 1, 2), helicity along n̂ = q̂.</summary>
    public Complex[][] Polarisations { get; }
    /// <summary>Helicity axis n̂ and the right-handed transverse frame (e1, e2) with e1 × e2 = n̂.</summary>
    public double[] N { get; }
    public double[] E1 { get; }
    public double[] E2 { get; }
    /// <summary>cos∠(k⃗, q⃗) before clamping to [−1, 1]; |value| ≤ 1 + rounding for a physical point.</summary>
    public double CosKqRaw { get; }

    public DecayKinematics(double mM, double ml, double M, double el, double enu, double theta, double phi, double psi)
    {
        double ez = mM - el - enu;
        double q = Math.Sqrt(ez * ez - M * M), pl2 = el * el - ml * ml;
        // |p⃗|² = |k⃗ + q⃗|² = E_ν² + |q|² + 2E_ν|q| cos∠(k⃗, q⃗)
        CosKqRaw = (pl2 - enu * enu - q * q) / (2 * enu * q);
        double c = Math.Clamp(CosKqRaw, -1, 1), sn = Math.Sqrt(1 - c * c);

        // R = R_z(φ) R_y(θ): e1 = R x̂, e2 = R ŷ, n̂ = R ẑ (right-handed).
        double st = Math.Sin(theta), ct = Math.Cos(theta), sp = Math.Sin(phi), cp = Math.Cos(phi);
        N = [st * cp, st * sp, ct];
        E1 = [ct * cp, ct * sp, -st];
        E2 = [-sp, cp, 0];

        double[] kd = new double[3];
        for (int i = 0; i < 3; i++) kd[i] = enu * (c * N[i] + sn * (Math.Cos(psi) * E1[i] + Math.Sin(psi) * E2[i]));
        Z = new FourVector(ez, q * N[0], q * N[1], q * N[2]);
        Neutrino = new FourVector(enu, kd[0], kd[1], kd[2]);
        Lepton = new FourVector(el, -(kd[0] + Z.X), -(kd[1] + Z.Y), -(kd[2] + Z.Z));

        // Standard helicity vectors: for n̂ = ẑ, ε(±1) = ∓(0, 1, ±i, 0)/√2, ε(0) = (|q|, 0, 0, E_Z)/M; rotated by R.
        Complex i1 = Complex.ImaginaryOne;
        Complex[] Transverse(int sign) =>
        [
            0,
            -sign * (E1[0] + sign * i1 * E2[0]) / Math.Sqrt(2),
            -sign * (E1[1] + sign * i1 * E2[1]) / Math.Sqrt(2),
            -sign * (E1[2] + sign * i1 * E2[2]) / Math.Sqrt(2),
        ];
        Complex[] longitudinal = [q / M, ez * N[0] / M, ez * N[1] / M, ez * N[2] / M];
        Polarisations = [longitudinal, Transverse(+1), Transverse(-1)];
    }
}

/// <summary>
/// Unsimplified amplitude of physics.md §3.2 evaluated with explicit 4×4 Dirac matrices (chiral/Weyl representation,
/// Peskin–Schroeder conventions), independent of the trace formulas (3.1)/(3.3):
/// 𝓜_λ = (G_F/√2) V f_M g · ε*_ν(q, λ) · ū(k) γ^ν (Q̸/s) P̸ (1 − γ5) v(p),  Q = k + q, s = Q², P = p + k + q.
/// Summed over both ℓ⁺ spin states (spinor v) and both neutrino spin states (spinor u; the projector keeps the
/// left-handed one). Per unit g² (g = 1): |G_F V f_M/√2|² = K_M/2.
/// </summary>
public static class DiracAmplitude
{
    static readonly Complex I = Complex.ImaginaryOne;

    // Pauli matrices σ¹, σ², σ³ and the 2×2 unit.
    static readonly Complex[,] One2 = { { 1, 0 }, { 0, 1 } };
    static readonly Complex[][,] Sigma =
    [
        new Complex[,] { { 0, 1 }, { 1, 0 } },
        new Complex[,] { { 0, -I }, { I, 0 } },
        new Complex[,] { { 1, 0 }, { 0, -1 } },
    ];

    /// <summary>γ⁰ = [[0, 1], [1, 0]], γ^i = [[0, σ^i], [−σ^i, 0]], γ5 = iγ⁰γ¹γ²γ³ = diag(−1, −1, 1, 1).</summary>
    public static readonly Complex[][,] Gamma =
    [
        Block(null, One2, One2, null),
        Block(null, Sigma[0], Neg(Sigma[0]), null),
        Block(null, Sigma[1], Neg(Sigma[1]), null),
        Block(null, Sigma[2], Neg(Sigma[2]), null),
    ];
    public static readonly Complex[,] Gamma5 = Block(Neg(One2), null, null, One2);
    public static readonly Complex[,] Identity = Block(One2, null, null, One2);

    /// <summary>a̸ = γ^μ a_μ = a⁰γ⁰ − a¹γ¹ − a²γ² − a³γ³ for contravariant components a^μ.</summary>
    public static Complex[,] Slash(Complex[] a)
    {
        var r = new Complex[4, 4];
        for (int mu = 0; mu < 4; mu++)
        {
            Complex f = mu == 0 ? a[0] : -a[mu];
            for (int i = 0; i < 4; i++) for (int j = 0; j < 4; j++) r[i, j] += f * Gamma[mu][i, j];
        }
        return r;
    }

    public static Complex[,] Mul(Complex[,] a, Complex[,] b)
    {
        int n = a.GetLength(0);
        var r = new Complex[n, n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) for (int k = 0; k < n; k++) r[i, j] += a[i, k] * b[k, j];
        return r;
    }

    public static Complex[] Mul(Complex[,] a, Complex[] v)
    {
        int n = v.Length;
        var r = new Complex[n];
        for (int i = 0; i < n; i++) for (int k = 0; k < n; k++) r[i] += a[i, k] * v[k];
        return r;
    }

    public static Complex[,] Add(Complex[,] a, Complex[,] b, Complex fb)
    {
        int n = a.GetLength(0);
        var r = new Complex[n, n];
        for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) r[i, j] = a[i, j] + fb * b[i, j];
        return r;
    }

    /// <summary>ψ̄ χ = ψ† γ⁰ χ.</summary>
    public static Complex BarDot(Complex[] psi, Complex[] chi)
    {
        var g0chi = Mul(Gamma[0], chi);
        Complex s = 0;
        for (int i = 0; i < 4; i++) s += Complex.Conjugate(psi[i]) * g0chi[i];
        return s;
    }

    /// <summary>Dirac spinor u(p, ξ) = (√(p·σ) ξ, √(p·σ̄) ξ).</summary>
    public static Complex[] U(FourVector p, double m, int spin) => Spinor(p, m, spin, +1);

    /// <summary>Dirac spinor v(p, η) = (√(p·σ) η, −√(p·σ̄) η).</summary>
    public static Complex[] V(FourVector p, double m, int spin) => Spinor(p, m, spin, -1);

    /// <summary>√(p·σ) = ((E + m) − p⃗·σ⃗)/√(2(E + m)), √(p·σ̄) = ((E + m) + p⃗·σ⃗)/√(2(E + m)); ξ = (1, 0) or (0, 1).</summary>
    static Complex[] Spinor(FourVector p, double m, int spin, int lowerSign)
    {
        double norm = 1 / Math.Sqrt(2 * (p.E + m));
        double[] pv = [p.X, p.Y, p.Z];
        var r = new Complex[4];
        for (int row = 0; row < 2; row++)
        {
            Complex pSigma = 0; // (p⃗·σ⃗)_{row, spin}
            for (int i = 0; i < 3; i++) pSigma += pv[i] * Sigma[i][row, spin];
            Complex diag = row == spin ? p.E + m : 0;
            r[row] = norm * (diag - pSigma);
            r[row + 2] = lowerSign * norm * (diag + pSigma);
        }
        return r;
    }

    /// <summary>
    /// Σ_spins |𝓜_λ|²/g² for λ = 0, +1, −1 (array indices 0, 1, 2), with K_M = G_F²|V|²f_M² = <paramref name="weakFactor"/>.
    /// </summary>
    public static double[] SquaredAmplitudes(double weakFactor, double leptonMass, DecayKinematics kin)
    {
        FourVector p = kin.Lepton, k = kin.Neutrino, q = kin.Z;
        FourVector Q = k + q, P = p + k + q;
        double s = Q.Dot(Q);
        // Q̸ P̸ (1 − γ5), applied to v(p) first.
        var chain = Mul(Mul(Slash(Q.ToComplex()), Slash(P.ToComplex())), Add(Identity, Gamma5, -1));
        var result = new double[3];
        for (int lspin = 0; lspin < 2; lspin++)
        {
            var w = Mul(chain, V(p, leptonMass, lspin));
            for (int nspin = 0; nspin < 2; nspin++)
            {
                var u = U(k, 0, nspin);
                for (int l = 0; l < 3; l++)
                {
                    var epsStar = kin.Polarisations[l].Select(Complex.Conjugate).ToArray();
                    Complex amp = BarDot(u, Mul(Slash(epsStar), w)) / s;
                    result[l] += weakFactor / 2 * (amp * Complex.Conjugate(amp)).Real;
                }
            }
        }
        return result;
    }

    static Complex[,] Neg(Complex[,] a) => new Complex[,] { { -a[0, 0], -a[0, 1] }, { -a[1, 0], -a[1, 1] } };

    static Complex[,] Block(Complex[,]? tl, Complex[,]? tr, Complex[,]? bl, Complex[,]? br)
    {
        var r = new Complex[4, 4];
        void Put(Complex[,]? b, int r0, int c0)
        {
            if (b is null) return;
            for (int i = 0; i < 2; i++) for (int j = 0; j < 2; j++) r[r0 + i, c0 + j] = b[i, j];
        }
        Put(tl, 0, 0); Put(tr, 0, 2); Put(bl, 2, 0); Put(br, 2, 2);
        return r;
    }
}
