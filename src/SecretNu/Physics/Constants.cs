namespace SecretNu.Physics;

/// <summary>
/// Every number that comes from outside the project (PDG, CODATA, FLAG, papers), with its source beside it.
/// Base units: GeV, m, s. Values as in ../shared/physics.md table 1 unless stated otherwise.
/// </summary>
public static class Constants
{
    // ---- fundamental (PDG 2022 / CODATA 2018) ----
    /// <summary>Fermi constant G_F [GeV⁻²]. PDG 2022.</summary>
    public const double FermiConstant = 1.1663788e-5;
    /// <summary>ħ [GeV s]. CODATA 2018 (exact in SI).</summary>
    public const double HbarGeVs = 6.582119569e-25;
    /// <summary>ħc [GeV m]. CODATA 2018.</summary>
    public const double HbarCGeVm = 1.973269804e-16;
    /// <summary>Speed of light [m/s] (exact).</summary>
    public const double SpeedOfLight = 299_792_458.0;
    /// <summary>Atomic mass unit [kg]. CODATA 2018.</summary>
    public const double AtomicMassUnitKg = 1.66053906660e-27;

    // ---- charged leptons [GeV] (PDG 2022) ----
    /// <summary>Electron mass m_e [GeV], PDG 2022.</summary>
    public const double ElectronMass = 0.51099895e-3;
    /// <summary>Muon mass m_μ [GeV], PDG 2022.</summary>
    public const double MuonMass = 0.1056583755;
    /// <summary>τ mass, PDG 2022 (±0.00012 GeV).</summary>
    public const double TauMass = 1.77686;
    /// <summary>τ lifetime [s], PDG 2022.</summary>
    public const double TauLifetime = 290.3e-15;

    // ---- charged pseudoscalar mesons: mass [GeV], lifetime [s] (PDG 2022) ----
    /// <summary>Charged-pion mass m_π± [GeV], PDG 2022.</summary>
    public const double PionMass = 0.13957039;
    /// <summary>Charged-pion lifetime τ_π± [s], PDG 2022.</summary>
    public const double PionLifetime = 2.6033e-8;
    /// <summary>Charged-kaon mass m_K± [GeV], PDG 2022.</summary>
    public const double KaonMass = 0.493677;
    /// <summary>Charged-kaon lifetime τ_K± [s], PDG 2022.</summary>
    public const double KaonLifetime = 1.2380e-8;
    /// <summary>D_s± mass, PDG 2022 (the seed paper quotes the older 1.96847 GeV).</summary>
    public const double DsMass = 1.96835;
    /// <summary>D_s± lifetime [s], PDG 2022.</summary>
    public const double DsLifetime = 5.04e-13;
    /// <summary>D± mass and lifetime, PDG 2022 (1869.66 MeV, 1040 fs).</summary>
    public const double DPlusMass = 1.86966;
    /// <summary>D± lifetime [s], PDG 2022 (1040 fs).</summary>
    public const double DPlusLifetime = 1.040e-12;

    // ---- neutral hadrons used by the SM flux (PDG 2022) ----
    /// <summary>Neutral-kaon mass m_K⁰ [GeV], PDG 2022; used for both K_L and K_S.</summary>
    public const double NeutralKaonMass = 0.497611;
    /// <summary>K_L lifetime [s], PDG 2022.</summary>
    public const double KLongLifetime = 5.116e-8;
    /// <summary>K_S lifetime [s], PDG 2022.</summary>
    public const double KShortLifetime = 0.8954e-10;
    /// <summary>Neutral-pion mass m_π⁰ [GeV], PDG 2022.</summary>
    public const double NeutralPionMass = 0.1349768;
    /// <summary>D⁰ mass [GeV] and lifetime [s], PDG 2022.</summary>
    public const double D0Mass = 1.86484;
    /// <summary>D⁰ lifetime [s], PDG 2022.</summary>
    public const double D0Lifetime = 410.3e-15;
    /// <summary>Λ_c⁺ mass [GeV] and lifetime [s], PDG 2022.</summary>
    public const double LambdaCMass = 2.28646;
    /// <summary>Λ_c⁺ lifetime [s], PDG 2022.</summary>
    public const double LambdaCLifetime = 201.5e-15;
    /// <summary>K*(892) mass [GeV], PDG 2022; ρ(770), a1(1260), η, φ(1020), Λ used for effective hadronic masses.</summary>
    public const double KStarMass = 0.89167;
    /// <summary>ρ(770) mass [GeV], PDG 2022.</summary>
    public const double RhoMass = 0.77526;
    /// <summary>a₁(1260) mass [GeV], PDG 2022.</summary>
    public const double A1Mass = 1.230;
    /// <summary>η mass [GeV], PDG 2022.</summary>
    public const double EtaMass = 0.547862;
    /// <summary>φ(1020) mass [GeV], PDG 2022.</summary>
    public const double PhiMass = 1.019461;
    /// <summary>Λ baryon mass [GeV], PDG 2022.</summary>
    public const double LambdaMass = 1.115683;

    // ---- decay constants [GeV], "130 MeV" convention ----
    /// <summary>f_π, PDG/FLAG (±0.0012).</summary>
    public const double PionDecayConstant = 0.1302;
    /// <summary>f_K, FLAG N_f=2+1+1 (±0.0003).</summary>
    public const double KaonDecayConstant = 0.1557;
    /// <summary>f_Ds, FLAG N_f=2+1+1 (±0.0005).</summary>
    public const double DsDecayConstant = 0.2499;
    /// <summary>f_D, FLAG 2019 N_f=2+1+1: 212.0 ± 0.7 MeV.</summary>
    public const double DPlusDecayConstant = 0.2120;

    // ---- CKM moduli (PDG 2022) ----
    /// <summary>CKM modulus |V_ud|, PDG 2022.</summary>
    public const double Vud = 0.97373;
    /// <summary>CKM modulus |V_us|, PDG 2022.</summary>
    public const double Vus = 0.2243;
    /// <summary>|V_cs| (±0.006).</summary>
    public const double Vcs = 0.975;
    /// <summary>|V_cd| = 0.221 ± 0.004, PDG 2022.</summary>
    public const double Vcd = 0.221;

    // ---- targets ----
    /// <summary>Tungsten: Z = 74, A = 183.84 g/mol.</summary>
    public const double TungstenZ = 74, TungstenA = 183.84;
    /// <summary>Argon: Z = 18, A = 39.948 g/mol.</summary>
    public const double ArgonZ = 18, ArgonA = 39.948;

    // ---- statistics ----
    /// <summary>90% quantile of χ² with one degree of freedom.</summary>
    public const double DeltaChi2Cl90OneParameter = 2.705543454095404;

    // ---- measured branching fractions used as checks or as SM inputs (PDG 2022, rounded) ----
    /// <summary>BR(π⁺ → μ⁺ν), PDG 2022 (rounded).</summary>
    public const double BrPionMuNu = 0.999877;
    /// <summary>BR(π⁺ → e⁺ν), PDG 2022 (rounded).</summary>
    public const double BrPionENu = 1.230e-4;
    /// <summary>BR(K⁺ → μ⁺ν), PDG 2022 (rounded).</summary>
    public const double BrKaonMuNu = 0.6356;
    /// <summary>BR(K⁺ → e⁺ν), PDG 2022 (rounded).</summary>
    public const double BrKaonENu = 1.582e-5;
    /// <summary>BR(D_s⁺ → μ⁺ν), PDG 2022 (rounded).</summary>
    public const double BrDsMuNu = 5.43e-3;
    /// <summary>BR(D_s⁺ → τ⁺ν), PDG 2022 (rounded).</summary>
    public const double BrDsTauNu = 5.36e-2;
    /// <summary>The seed paper's BR(D_s → τν) = (5.6 ± 0.4)% and its m_Ds = 1.96847 GeV.</summary>
    public const double SeedBrDsTauNu = 0.056;
    /// <summary>D_s mass [GeV] quoted by the seed paper (1.96847 GeV; the PDG 2022 value is <see cref="DsMass"/>).</summary>
    public const double SeedDsMass = 1.96847;

    // ---- Standard-model rest-frame spectra: extra masses [GeV] (PDG 2022) ----
    /// <summary>K*(892)⁰ mass [GeV], PDG 2022 (895.55 MeV).</summary>
    public const double KStar0Mass = 0.89555;
    /// <summary>ω(782) mass [GeV], PDG 2022.</summary>
    public const double OmegaMass = 0.78266;
    /// <summary>η′(958) mass [GeV], PDG 2022.</summary>
    public const double EtaPrimeMass = 0.95778;
    /// <summary>ρ(770) width [GeV], PDG 2022 (τ/e⁺e⁻ average, 149.1 MeV).</summary>
    public const double RhoWidth = 0.1491;

    // ---- pole masses for charm form factors [GeV] (PDG 2022 masses of the exchanged cs̄/cd̄ states) ----
    /// <summary>D_s*⁺ (vector, c→s) 2112.2 MeV.</summary>
    public const double DsStarMass = 2.1122;
    /// <summary>D*⁺ (vector, c→d) 2010.26 MeV.</summary>
    public const double DStarMass = 2.01026;
    /// <summary>D_s1(2460)⁺ (axial, c→s) 2459.5 MeV.</summary>
    public const double Ds1Mass = 2.4595;
    /// <summary>D_1(2420) (axial, c→d) 2422.1 MeV.</summary>
    public const double D1Mass = 2.4221;
    /// <summary>D_s0*(2317)⁺ (scalar, c→s) 2317.8 MeV.</summary>
    public const double Ds0StarMass = 2.3178;
    /// <summary>D_0*(2300) (scalar, c→d) 2343 MeV.</summary>
    public const double D0StarMass = 2.343;
    /// <summary>Effective single-pole masses of f₊ measured by BESIII, PRD 92, 072012 (2015): D → K e ν 1.921 GeV,
    /// D → π e ν 1.911 GeV.</summary>
    public const double DToKPoleMass = 1.921, DToPiPoleMass = 1.911;
    /// <summary>D → K*(892) ℓν form-factor ratios r_V = V(0)/A₁(0) = 1.49, r₂ = A₂(0)/A₁(0) = 0.802
    /// (PDG 2022 review "Form factors for semileptonic D decays", D⁺ → K̄*⁰ ℓ⁺ν average); used also for ρ, ω.</summary>
    public const double DToKStarRatioV = 1.49, DToKStarRatio2 = 0.802;
    /// <summary>D_s → φ e ν form-factor ratios r_V = 1.849, r₂ = 0.763 (BaBar, PRD 78, 051101 (2008)).</summary>
    public const double DsToPhiRatioV = 1.849, DsToPhiRatio2 = 0.763;

    // ---- K_ℓ3 form factors (PDG 2022 K⁰_L listing, K_e3 + K_μ3 quadratic fit; same values used for K±) ----
    /// <summary>f₊(t)/f₊(0) = 1 + λ′₊ t/m²_π± + ½ λ″₊ t²/m⁴_π±,  f₀(t)/f₊(0) = 1 + λ₀ t/m²_π±.
    /// λ′₊ = (24.82 ± 1.10)×10⁻³, λ″₊ = (1.64 ± 0.44)×10⁻³, λ₀ = (13.38 ± 1.18)×10⁻³.</summary>
    public const double Kl3LambdaPlus1 = 24.82e-3, Kl3LambdaPlus2 = 1.64e-3, Kl3LambdaZero = 13.38e-3;

    // ---- kaon semileptonic branching fractions (PDG 2022) ----
    /// <summary>K± → π⁰e±ν 5.07 %, K± → π⁰μ±ν 3.352 %.</summary>
    public const double BrKaonE3 = 5.07e-2, BrKaonMu3 = 3.352e-2;
    /// <summary>K_L → π∓e±ν 40.55 %, K_L → π∓μ±ν 27.04 % (both charge states together).</summary>
    public const double BrKLongE3 = 0.4055, BrKLongMu3 = 0.2704;
    /// <summary>K_S → π∓e±ν 7.04×10⁻⁴, K_S → π∓μ±ν 4.69×10⁻⁴ (both charge states together).</summary>
    public const double BrKShortE3 = 7.04e-4, BrKShortMu3 = 4.69e-4;

    // ---- charm leptonic branching fractions (PDG 2022) ----
    /// <summary>D⁺ → μ⁺ν 3.74×10⁻⁴; D⁺ → τ⁺ν 1.20×10⁻³ (BESIII 2019).</summary>
    public const double BrDPlusMuNu = 3.74e-4, BrDPlusTauNu = 1.20e-3;

    // ---- charm inclusive semileptonic neutrino yields per decay (data README §5.7, the upstream RIVET tables) ----
    /// <summary>ν_e / ν_μ per decay, D⁺: 0.17058 / 0.16611 (the ν_μ number includes D⁺ → μν).</summary>
    public const double YieldDPlusNuE = 0.17058, YieldDPlusNuMu = 0.16611;
    /// <summary>ν_e / ν_μ per decay, D⁰: 0.06785 / 0.06566.</summary>
    public const double YieldD0NuE = 0.06785, YieldD0NuMu = 0.06566;
    /// <summary>ν_e / ν_μ per decay, D_s⁺: 0.08103 / 0.08688 (the ν_μ number includes D_s → μν).</summary>
    public const double YieldDsNuE = 0.08103, YieldDsNuMu = 0.08688;
    /// <summary>ν_e / ν_μ per decay, Λ_c⁺: 0.04491 / 0.04485.</summary>
    public const double YieldLambdaCNuE = 0.04491, YieldLambdaCNuMu = 0.04485;
    /// <summary>The RIVET model's BR(D_s → τν) = 0.063011 (data README §5.7), for comparisons only.</summary>
    public const double RivetBrDsTauNu = 0.063011;

    // ---- exclusive charm semileptonic branching fractions, e⁺ modes (PDG 2022); used only as relative weights ----
    /// <summary>D⁺ → K̄⁰, K̄*(892)⁰, π⁰, η, ρ⁰, ω  e⁺ν: 8.72, 5.40, 0.372, 0.111, 0.218, 0.169 %.</summary>
    public const double BrDPlusK0E = 8.72e-2, BrDPlusKStar0E = 5.40e-2, BrDPlusPi0E = 3.72e-3,
        BrDPlusEtaE = 1.11e-3, BrDPlusRho0E = 2.18e-3, BrDPlusOmegaE = 1.69e-3;
    /// <summary>D⁰ → K⁻, K*(892)⁻, π⁻, ρ⁻  e⁺ν: 3.549, 2.15, 0.291, 0.150 %.</summary>
    public const double BrD0KE = 3.549e-2, BrD0KStarE = 2.15e-2, BrD0PiE = 2.91e-3, BrD0RhoE = 1.50e-3;
    /// <summary>D_s⁺ → φ, η, η′, K⁰, K*(892)⁰  e⁺ν: 2.34, 2.26, 0.80, 0.34, 0.215 %.</summary>
    public const double BrDsPhiE = 2.34e-2, BrDsEtaE = 2.26e-2, BrDsEtaPrimeE = 8.0e-3, BrDsK0E = 3.4e-3, BrDsKStar0E = 2.15e-3;
    /// <summary>Λ_c⁺ → Λ e⁺ν 3.56 % (the only measured exclusive mode; carries the whole inclusive rate here).</summary>
    public const double BrLambdaCLambdaE = 3.56e-2;
    /// <summary>Λ_c⁺ → e⁺X inclusive 3.95 % (PDG 2022, BESIII 2018): 10 % of it is not Λe⁺ν (Λ(1405), Λ(1520), pK⁻, nK̄…).</summary>
    public const double BrLambdaCInclusiveE = 3.95e-2;
    /// <summary>Λ(1520) mass [GeV], PDG 2022: stands for the excited/non-resonant baryon states of Λ_c semileptonic decay.</summary>
    public const double Lambda1520Mass = 1.5195;

    // ---- τ decays (PDG 2022) ----
    /// <summary>τ → e ν ν̄ 17.82 %, μ ν ν̄ 17.39 %, π ν 10.82 %, K ν 0.696 %, π π⁰ ν 25.49 %,
    /// π 2π⁰ ν (ex. K⁰) 9.26 %, π π π⁺ ν (ex. K⁰, ω) 8.99 %; the rest (≈ 9.5 %) is all other hadronic modes.</summary>
    public const double BrTauENuNu = 0.1782, BrTauMuNuNu = 0.1739, BrTauPiNu = 0.1082, BrTauKNu = 0.00696,
        BrTauPiPi0Nu = 0.2549, BrTauPi2Pi0Nu = 0.0926, BrTau3PiNu = 0.0899;
    /// <summary>a₁(1260) line shape of Kühn &amp; Santamaria, Z. Phys. C 48, 445 (1990) (as in TAUOLA):
    /// m = 1.251 GeV, Γ = 0.599 GeV with the running width Γ(s) = Γ g(s)/g(m²).</summary>
    public const double A1MassKS = 1.251, A1WidthKS = 0.599;

    // ---- existing bounds (physics.md §9) ----
    /// <summary>PIENU: allowed excess of R_π over the SM, 90 % one-sided: R_exp − R_SM + 1.28 σ_tot = 3.0e-7
    /// (R_exp = (1.2344 ± 0.0023 ± 0.0019)e-4, arXiv:1506.05845; R_SM = 1.2352e-4).</summary>
    public const double PienuAllowedExcess = 3.0e-7;
    /// <summary>PIENU separates π → eν from π → μ → e by E_e > 52 MeV.</summary>
    public const double PienuPositronEnergyCut = 0.052;
    /// <summary>NA62: allowed excess of R_K, 90 % one-sided: 2.4e-7 (R_exp = (2.488 ± 0.007 ± 0.007)e-5, arXiv:1212.4012;
    /// R_SM = 2.477e-5).</summary>
    public const double Na62AllowedExcess = 2.4e-7;
    /// <summary>NA62 K_e2 selection: missing mass² s = (p_K − p_e)² below 0.01 GeV² (physics.md §9).</summary>
    public const double Na62MissingMass2Cut = 0.01;
    /// <summary>E949: BR(K⁺ → μ⁺νν̄ν) &lt; 2.4e-6 (90 % CL, arXiv:1606.09054, as recalled in physics.md §9).</summary>
    public const double E949MuInvisibleLimit = 2.4e-6;
    /// <summary>Z invisible width: g ≲ 0.03, M-independent (arXiv:1304.3460, related set-up; physics.md §9).</summary>
    public const double ZInvisibleCoupling = 0.03;
    /// <summary>BBN (arXiv:1712.04792, 95 % CL): g_V ≲ 6e-10 at m_V ≈ 1 MeV and ≲ 8e-6 for m_V ≲ 1e-4 MeV.</summary>
    public const double BbnCouplingAt1MeV = 6e-10, BbnCouplingAt100eV = 8e-6;

    // ---- electroweak bosons (PDG 2022), used by Bounds/LeptonUniversality ----
    /// <summary>W mass [GeV], PDG 2022 world average 80.377 ± 0.012 GeV.</summary>
    public const double WMass = 80.377;

    // ---- DUNE / LBNF beam (data README §8) ----
    /// <summary>LBNF primary proton energy [GeV]: "1.2-MW, 120-GeV primary proton beam" (DUNE flux release,
    /// arXiv:2103.04797, as quoted by the DarkNews detector files; data README §8). No secondary exceeds it.</summary>
    public const double LbnfProtonEnergy = 120;
}
