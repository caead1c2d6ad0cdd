#!/usr/bin/env python3
"""The scenario sweep as a researcher would write it in numpy: the peer of ScenarioSweep.

What `bin/send-bench` measures our sweep against, on the same machine in the same run. The work is
V policy variants x L local authorities x Y years, all money in int64 pence:

  for each year, for each variant and LA
    formula   = last year's allocation grown by the LA's need index for the year (to the penny, down)
    floor     = last year's allocation + floor_bp  basis points of it (to the penny, down)
    cap       = last year's allocation + cap_bp    basis points of it (to the penny, down)
    allocation = formula held between floor and cap
    income    = allocation + a block transfer of transfer_bp basis points of it
    spend     = last year's spend + (growth_bp + inflation_bp) basis points of it
    balance   = last year's balance + income - spend
    if the balance is in deficit, writeoff_bp basis points of the deficit are written off
                (the write-off rounded up to the penny, in the LA's favour)

The floor and the cap are "per head of population" in the real formula; each LA's population is
the same every year here, so a floor on funding per head is the same as a floor on the total and
the script applies it to the total (dividing by the population would only lose pence).

The inputs are drawn from numpy's PCG64 generator seeded with 42, in a fixed order, so any two
runs with the same V, L and Y compute the same figures; the checksum printed at the end (the sum of
every variant's and LA's closing balance in the last year, modulo 1,000,003) shows it. The sweep
does less than the library's (no real NFF factors, no explanations), so beating it is a floor, not
a ceiling.

Usage: python3 benchmarks/peer/numpy_sweep.py [V=10000] [L=153] [Y=5] [repeats=5]
Prints, for BenchmarkReport to read:
  numpy <version> sweep V=.. L=.. Y=..: min <ms> ms, median <ms> ms; checksum <n>
Where OPENBLAS_CORETYPE is set, unset it (and OPENBLAS_L2_SIZE) for this command: some numpy
builds refuse an override that does not match the CPU.
"""
import sys
import time
from typing import NamedTuple

import numpy as np

BASIS_POINTS = 10_000
CHECKSUM_MODULUS = 1_000_003
SEED = 42


class Inputs(NamedTuple):
    """One sweep's inputs: per-LA bases (length L), per-year need indices (Y x L) and per-variant
    levers in basis points (V x 1 columns, so that they broadcast across the LAs)."""
    allocation: np.ndarray   # base-year allocation, pence, int64 (L)
    spend: np.ndarray        # base-year spend, pence, int64 (L)
    need_growth: np.ndarray  # growth of the formula allocation, a fraction, float64 (Y x L)
    population: np.ndarray   # population; constant over the years (see above), so unused (L)
    floor_bp: np.ndarray     # minimum increase on last year's allocation (V x 1)
    cap_bp: np.ndarray       # maximum increase on last year's allocation (V x 1)
    growth_bp: np.ndarray    # demand growth of spend (V x 1)
    inflation_bp: np.ndarray  # cost inflation of spend (V x 1)
    transfer_bp: np.ndarray  # block transfer into high needs, share of the allocation (V x 1)
    writeoff_bp: np.ndarray  # share of a deficit written off each year (V x 1)


def draw_inputs(variants: int, las: int, years: int) -> Inputs:
    """Draws the inputs. The order of the draws is part of the workload: change it and the
    figures (and the checksum) change."""
    rng = np.random.default_rng(SEED)
    # £20m to £300m of high-needs allocation per LA; spend 0-15% above it.
    allocation = rng.integers(2_000_000_000, 30_000_000_000, las, dtype=np.int64)
    spend = (allocation * rng.uniform(1.0, 1.15, las)).astype(np.int64)
    need_growth = rng.uniform(0.02, 0.09, (years, las))
    population = rng.integers(50_000, 500_000, las).astype(np.int64)

    def lever(low: int, high: int) -> np.ndarray:
        return rng.integers(low, high, variants)[:, None]

    floor_bp = lever(0, 800)
    cap_bp = floor_bp + lever(100, 1_000)  # the cap is always above the floor
    growth_bp = lever(200, 1_000)
    inflation_bp = lever(0, 500)
    transfer_bp = lever(0, 150)
    writeoff_bp = lever(0, BASIS_POINTS)
    return Inputs(allocation, spend, need_growth, population,
                  floor_bp, cap_bp, growth_bp, inflation_bp, transfer_bp, writeoff_bp)


def share(amount: np.ndarray, bp: np.ndarray) -> np.ndarray:
    """bp basis points of amount, rounded down to the penny (floor division, as numpy's // does)."""
    return (amount * bp) // BASIS_POINTS


def sweep(inputs: Inputs) -> np.ndarray:
    """Every year's allocation, spend and closing balance for every variant and LA:
    an int64 array indexed [year, figure (0 allocation, 1 spend, 2 balance), variant, LA]."""
    years, las = inputs.need_growth.shape
    variants = inputs.floor_bp.shape[0]
    last_allocation = np.broadcast_to(inputs.allocation, (variants, las))
    spend = np.broadcast_to(inputs.spend, (variants, las))
    balance = np.zeros((variants, las), dtype=np.int64)
    spend_growth_bp = inputs.growth_bp + inputs.inflation_bp
    figures = np.empty((years, 3, variants, las), dtype=np.int64)
    for year in range(years):
        # A float step, as a researcher would write it, truncated to whole pence.
        formula = (last_allocation * (1.0 + inputs.need_growth[year])).astype(np.int64)
        floor = last_allocation + share(last_allocation, inputs.floor_bp)
        cap = last_allocation + share(last_allocation, inputs.cap_bp)
        allocation = np.minimum(np.maximum(formula, floor), cap)
        income = allocation + share(allocation, inputs.transfer_bp)
        spend = spend + share(spend, spend_growth_bp)
        balance = balance + income - spend
        deficit = np.minimum(balance, 0)
        balance = balance - share(deficit, inputs.writeoff_bp)  # share of a negative rounds down
        figures[year, 0] = allocation
        figures[year, 1] = spend
        figures[year, 2] = balance
        last_allocation = allocation
    return figures


def checksum(figures: np.ndarray) -> int:
    """The last year's closing balances summed over every variant and LA, modulo 1,000,003."""
    return int(figures[-1, 2].sum()) % CHECKSUM_MODULUS


def main(argv: list) -> None:
    def arg(i: int, default: int) -> int:
        return int(argv[i]) if len(argv) > i else default

    variants, las, years, repeats = arg(1, 10_000), arg(2, 153), arg(3, 5), arg(4, 5)
    inputs = draw_inputs(variants, las, years)
    sweep(inputs)  # warm-up: first-touch page faults and numpy's dispatch caches
    seconds = []
    figures = None
    for _ in range(repeats):
        start = time.perf_counter()
        figures = sweep(inputs)
        seconds.append(time.perf_counter() - start)
    seconds.sort()
    print(f"numpy {np.__version__} sweep V={variants} L={las} Y={years}: "
          f"min {seconds[0] * 1e3:.1f} ms, median {seconds[len(seconds) // 2] * 1e3:.1f} ms; "
          f"checksum {checksum(figures)}")


if __name__ == "__main__":
    main(sys.argv)
