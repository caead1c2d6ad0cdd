package org.sendfunding.ehcp.projection;

import com.google.common.base.Preconditions;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendfunding.model.authority.LocalAuthority;

/**
 * A Markov model of an EHC plan caseload, estimated from two or more yearly snapshots: for each state
 * (NCY x need x setting) the probability of leaving, the probabilities of each need and setting next
 * year for those who stay (who all move up one NCY), and the expected number of joiners into each
 * state each year.
 *
 * <p>This is the approach of MastodonC's witan.send, in Java. For example, from snapshots of January
 * 2023 and January 2024 in which 10 of 50 Year 6 pupils with ASD in mainstream academies left, 8 moved
 * to a special academy and 32 stayed in mainstream, the leaver probability of that state is 0.2 and its
 * destinations are 8/40 special and 32/40 mainstream:
 *
 * <pre>{@code
 * TransitionModel model = TransitionModel.estimate(List.of(jan2023, jan2024));
 * model.leaverProbability(CaseloadState.of(6, NeedType.ASD, SettingType.MAINSTREAM_ACADEMY));   // 0.2
 * }</pre>
 *
 * <p>Where a state was never observed, its leaver probability is pooled over its NCY (then over all
 * states) and its pupils keep their need and setting. Pupils whose NCY in the later snapshot is not one
 * more than before are counted as ageing normally. Pupils in NCY {@value CaseloadState#MAX_NCY} always
 * leave. This class is immutable and thread-safe.
 */
public final class TransitionModel {

  private final Optional<LocalAuthority> localAuthority;
  private final int lastYear;
  private final ImmutableList<YearTransition> observed;
  private final int[] baseline;
  private final double[] leave;
  /** For state s, destinations destStart[s] to destStart[s+1]-1. */
  private final int[] destStart;
  private final int[] destCell;
  /** Conditional probability of destination k given not an earlier destination, for sequential binomials. */
  private final double[] destConditional;
  private final double[] destProbability;
  /** Cumulative destination probabilities within each state's range; the last of a range is exactly 1. */
  private final double[] destCumulative;
  private final int[] joinerStates;
  private final double[] joinerMeans;

  private TransitionModel(Optional<LocalAuthority> la, int lastYear, ImmutableList<YearTransition> observed,
      int[] baseline, double[] leave, int[] destStart, int[] destCell, double[] destConditional,
      double[] destProbability, int[] joinerStates, double[] joinerMeans) {
    this.localAuthority = la;
    this.lastYear = lastYear;
    this.observed = observed;
    this.baseline = baseline;
    this.leave = leave;
    this.destStart = destStart;
    this.destCell = destCell;
    this.destConditional = destConditional;
    this.destProbability = destProbability;
    this.destCumulative = new double[destProbability.length];
    for (int s = 0; s + 1 < destStart.length; s++) {
      double acc = 0.0;
      for (int k = destStart[s]; k < destStart[s + 1]; k++) {
        acc += destProbability[k];
        destCumulative[k] = k == destStart[s + 1] - 1 ? 1.0 : acc;
      }
    }
    this.joinerStates = joinerStates;
    this.joinerMeans = joinerMeans;
  }

  /**
   * Estimates the model from consecutive yearly snapshots.
   *
   * @param snapshots two or more snapshots of consecutive years, in order, for the same LA
   * @return the model, whose starting caseload is the last snapshot
   * @throws IllegalArgumentException if fewer than two, not consecutive, or for different LAs
   */
  public static TransitionModel estimate(List<CaseloadSnapshot> snapshots) {
    Preconditions.checkArgument(
        snapshots.size() >= 2, "TransitionModel.snapshots: %s given, at least 2 consecutive years needed", snapshots.size());
    for (int i = 1; i < snapshots.size(); i++) {
      Preconditions.checkArgument(
          snapshots.get(i).year() == snapshots.get(i - 1).year() + 1,
          "TransitionModel.snapshots: %s follows %s; years must be consecutive",
          snapshots.get(i).year(), snapshots.get(i - 1).year());
      Preconditions.checkArgument(
          snapshots.get(i).localAuthority().equals(snapshots.get(0).localAuthority()),
          "TransitionModel.snapshots: %s is for %s but %s is for %s", snapshots.get(i), snapshots.get(i).localAuthority(),
          snapshots.get(0), snapshots.get(0).localAuthority());
    }
    int n = CaseloadState.STATES;
    int cells = CaseloadState.CELLS;
    long[] stock = new long[n];
    long[] leavers = new long[n];
    long[] joiners = new long[n];
    long[][] moves = new long[n][];
    ImmutableList.Builder<YearTransition> observed = ImmutableList.builder();
    for (int i = 1; i < snapshots.size(); i++) {
      CaseloadSnapshot from = snapshots.get(i - 1);
      CaseloadSnapshot to = snapshots.get(i);
      int pairLeavers = 0;
      int pairJoiners = 0;
      int pairMovers = 0;
      for (Map.Entry<String, CaseloadState> e : from.pupils().entrySet()) {
        int s = e.getValue().index();
        stock[s]++;
        CaseloadState next = to.pupils().get(e.getKey());
        if (next == null) {
          leavers[s]++;
          pairLeavers++;
        } else {
          if (moves[s] == null) {
            moves[s] = new long[cells];
          }
          int cell = next.index() % cells;
          moves[s][cell]++;
          if (cell != s % cells) {
            pairMovers++;
          }
        }
      }
      for (Map.Entry<String, CaseloadState> e : to.pupils().entrySet()) {
        if (!from.pupils().containsKey(e.getKey())) {
          joiners[e.getValue().index()]++;
          pairJoiners++;
        }
      }
      observed.add(YearTransition.builder().fromYear(from.year()).opening(from.total()).joiners(pairJoiners)
          .leavers(pairLeavers).movers(pairMovers).closing(to.total()).build());
    }
    int pairs = snapshots.size() - 1;
    // Pooled leaver rates: by NCY, then overall, for states never observed.
    long[] ncyStock = new long[CaseloadState.NCYS];
    long[] ncyLeavers = new long[CaseloadState.NCYS];
    long allStock = 0;
    long allLeavers = 0;
    for (int s = 0; s < n; s++) {
      ncyStock[s / cells] += stock[s];
      ncyLeavers[s / cells] += leavers[s];
      allStock += stock[s];
      allLeavers += leavers[s];
    }
    double overall = allStock == 0 ? 0.0 : (double) allLeavers / allStock;
    double[] leave = new double[n];
    int[] destStart = new int[n + 1];
    List<Integer> destCell = new ArrayList<>();
    List<Double> destCond = new ArrayList<>();
    List<Double> destProb = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      int ncyIdx = s / cells;
      if (ncyIdx == CaseloadState.NCYS - 1) {
        leave[s] = 1.0;
      } else if (stock[s] > 0) {
        leave[s] = (double) leavers[s] / stock[s];
      } else if (ncyStock[ncyIdx] > 0) {
        leave[s] = (double) ncyLeavers[ncyIdx] / ncyStock[ncyIdx];
      } else {
        leave[s] = overall;
      }
      destStart[s] = destCell.size();
      long stayers = moves[s] == null ? 0 : Arrays.stream(moves[s]).sum();
      if (stayers == 0) {
        destCell.add(s % cells);
        destCond.add(1.0);
        destProb.add(1.0);
      } else {
        // Most likely destination first: the sequential binomials then usually stop after one draw.
        long[] m = moves[s];
        Integer[] order = new Integer[cells];
        for (int c = 0; c < cells; c++) {
          order[c] = c;
        }
        Arrays.sort(order, (x, y) -> m[y] != m[x] ? Long.compare(m[y], m[x]) : Integer.compare(x, y));
        long remaining = stayers;
        for (int c : order) {
          long k = m[c];
          if (k > 0) {
            destCell.add(c);
            destCond.add((double) k / remaining);
            destProb.add((double) k / stayers);
            remaining -= k;
          }
        }
      }
    }
    destStart[n] = destCell.size();
    List<Integer> js = new ArrayList<>();
    List<Double> jm = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      if (joiners[s] > 0) {
        js.add(s);
        jm.add((double) joiners[s] / pairs);
      }
    }
    CaseloadSnapshot last = snapshots.get(snapshots.size() - 1);
    return new TransitionModel(last.localAuthority(), last.year(), observed.build(), last.counts().clone(), leave,
        destStart, destCell.stream().mapToInt(Integer::intValue).toArray(),
        destCond.stream().mapToDouble(Double::doubleValue).toArray(),
        destProb.stream().mapToDouble(Double::doubleValue).toArray(),
        js.stream().mapToInt(Integer::intValue).toArray(), jm.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /**
   * A model from rates given state by state (a calibration from published tables, not from snapshots).
   *
   * @param la the LA, if any
   * @param baseYear the January the baseline counts
   * @param baseline pupils in each state, indexed as {@link CaseloadState#index()}
   * @param leave leaver probability of each state (NCY 20 is set to 1)
   * @param destinations for each state, the (need, setting) cells of the next NCY a stayer goes to, with
   *     {@code shares} their probabilities (summing to 1); an empty list keeps the stayer's cell
   * @param shares the probabilities of {@code destinations}
   * @param joinerMeans mean joiners a year into each state
   * @return the model
   */
  static TransitionModel of(Optional<LocalAuthority> la, int baseYear, int[] baseline, double[] leave,
      int[][] destinations, double[][] shares, double[] joinerMeans) {
    int n = CaseloadState.STATES;
    int cells = CaseloadState.CELLS;
    double[] lv = leave.clone();
    int[] destStart = new int[n + 1];
    List<Integer> destCell = new ArrayList<>();
    List<Double> destCond = new ArrayList<>();
    List<Double> destProb = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      // State s by index only: a state of need NSA is a slot of the arrays, not a CaseloadState.
      Preconditions.checkArgument(lv[s] >= 0.0 && lv[s] <= 1.0, "TransitionModel.leave: %s for state %s is outside 0 to 1",
          (Object) lv[s], (Object) s);
      if (s / cells == CaseloadState.NCYS - 1) {
        lv[s] = 1.0;
      }
      destStart[s] = destCell.size();
      int[] d = destinations[s];
      if (d == null || d.length == 0) {
        destCell.add(s % cells);
        destCond.add(1.0);
        destProb.add(1.0);
        continue;
      }
      // Most likely destination first, as estimate() orders them.
      Integer[] order = new Integer[d.length];
      for (int k = 0; k < d.length; k++) {
        order[k] = k;
      }
      double[] p = shares[s];
      Arrays.sort(order, (x, y) -> p[y] != p[x] ? Double.compare(p[y], p[x]) : Integer.compare(d[x], d[y]));
      double remaining = 1.0;
      int kept = 0;
      for (int k : order) {
        if (p[k] > 0.0) {
          kept++;
        }
      }
      int seen = 0;
      for (int k : order) {
        if (p[k] <= 0.0) {
          continue;
        }
        seen++;
        destCell.add(d[k]);
        destProb.add(p[k]);
        destCond.add(seen == kept ? 1.0 : Math.min(1.0, p[k] / remaining));
        remaining -= p[k];
      }
    }
    destStart[n] = destCell.size();
    List<Integer> js = new ArrayList<>();
    List<Double> jm = new ArrayList<>();
    for (int s = 0; s < n; s++) {
      Preconditions.checkArgument(joinerMeans[s] >= 0.0 && joinerMeans[s] < Double.POSITIVE_INFINITY,
          "TransitionModel.joinerMeans: %s for state %s is not a finite mean of 0 or more", (Object) joinerMeans[s], (Object) s);
      if (joinerMeans[s] > 0.0) {
        js.add(s);
        jm.add(joinerMeans[s]);
      }
    }
    return new TransitionModel(la, baseYear, ImmutableList.of(), baseline.clone(), lv, destStart,
        destCell.stream().mapToInt(Integer::intValue).toArray(),
        destCond.stream().mapToDouble(Double::doubleValue).toArray(),
        destProb.stream().mapToDouble(Double::doubleValue).toArray(),
        js.stream().mapToInt(Integer::intValue).toArray(), jm.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The LA the model is for, if any. */
  public Optional<LocalAuthority> localAuthority() {
    return localAuthority;
  }

  /** The year of the last snapshot, from which projections start. */
  public int baseYear() {
    return lastYear;
  }

  /** What happened in each observed pair of years. */
  public ImmutableList<YearTransition> observed() {
    return observed;
  }

  /** The number of pupils in the last snapshot. */
  public int baselineTotal() {
    return Arrays.stream(baseline).sum();
  }

  /**
   * The probability that a pupil in a state leaves the caseload by next year.
   *
   * @param state the state
   * @return the probability
   */
  public double leaverProbability(CaseloadState state) {
    return leave[state.index()];
  }

  /**
   * The probability that a pupil in a state who stays is next year in a given need and setting (one NCY up).
   *
   * @param from the state this year
   * @param to the state next year; its NCY must be one more than {@code from}'s
   * @return the probability
   */
  public double moveProbability(CaseloadState from, CaseloadState to) {
    Preconditions.checkArgument(
        to.ncy() == from.ncy() + 1, "TransitionModel.to: NCY %s is not one more than %s", to.ncy(), from.ncy());
    int s = from.index();
    int cell = to.index() % CaseloadState.CELLS;
    for (int k = destStart[s]; k < destStart[s + 1]; k++) {
      if (destCell[k] == cell) {
        return destProbability[k];
      }
    }
    return 0.0;
  }

  /**
   * The expected number of joiners into a state each year.
   *
   * @param state the state
   * @return the mean observed per year
   */
  public double expectedJoiners(CaseloadState state) {
    int i = Arrays.binarySearch(joinerStates, state.index());
    return i < 0 ? 0.0 : joinerMeans[i];
  }

  int[] baseline() {
    return baseline;
  }

  double[] leave() {
    return leave;
  }

  int[] destStart() {
    return destStart;
  }

  int[] destCell() {
    return destCell;
  }

  double[] destConditional() {
    return destConditional;
  }

  double[] destProbability() {
    return destProbability;
  }

  double[] destCumulative() {
    return destCumulative;
  }

  int[] joinerStates() {
    return joinerStates;
  }

  double[] joinerMeans() {
    return joinerMeans;
  }

  @Override
  public String toString() {
    return "TransitionModel[" + localAuthority.map(LocalAuthority::name).orElse("all") + ", base " + lastYear + ", "
        + baselineTotal() + " pupils, " + observed.size() + " year pairs]";
  }
}
