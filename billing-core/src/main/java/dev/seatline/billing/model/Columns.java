package dev.seatline.billing.model;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The storage behind every {@link RatingInput}'s users and port samples: parallel primitive
 * columns, one row per interval and one per port sample. Times are epoch nanoseconds; an unbounded
 * end is {@link #UNBOUNDED}.
 *
 * <p>An interval's {@code kind} is a session through a channel (the channel's ordinal, {@code 0} to
 * {@code CHANNELS.length - 1}), on-queue time ({@link #ON_QUEUE}), or a label from {@link
 * #FIRST_LABEL} on: a licence tier or an add-on, numbered in the order they were first used, and
 * looked up in {@link #labelTier} and {@link #labelAddOn}. The encodings derive from {@link
 * Channel#values()} and from the data, never from fixed counts. The arrays are never written after
 * construction: immutable by contract, shared freely between threads.
 */
final class Columns {
  /** The end of an interval that is still open. */
  static final long UNBOUNDED = Long.MAX_VALUE;

  /** The channels, by ordinal: the kinds of sessions. */
  static final Channel[] CHANNELS = Channel.values();

  /** The kind of an on-queue interval. */
  static final int ON_QUEUE = CHANNELS.length;

  /** The first kind that is a label (a licence tier or an add-on). */
  static final int FIRST_LABEL = ON_QUEUE + 1;

  /** How many distinct tiers and add-ons one timeline can hold. */
  static final int MAX_LABELS = 256 - FIRST_LABEL;

  final List<String> userIds;
  final long[] deletedAt;
  final @Nullable LicenseTier[] labelTier;
  final @Nullable String[] labelAddOn;
  final int[] owner;
  final byte[] kind;
  final long[] start;
  final long[] end;
  final long[] sampleAt;
  final int[] sampleCalls;

  /** The rows of user {@code u} are {@code userRows[userOffsets[u] .. userOffsets[u + 1])}. */
  final int[] userOffsets;

  final int[] userRows;

  /** Whether any row is an add-on assignment. */
  final boolean hasAddOns;

  /** Takes ownership of the arrays, which must be exactly sized and never written again. */
  Columns(
      List<String> userIds,
      long[] deletedAt,
      @Nullable LicenseTier[] labelTier,
      @Nullable String[] labelAddOn,
      int[] owner,
      byte[] kind,
      long[] start,
      long[] end,
      long[] sampleAt,
      int[] sampleCalls) {
    this.userIds = List.copyOf(userIds);
    this.deletedAt = deletedAt;
    this.labelTier = labelTier;
    this.labelAddOn = labelAddOn;
    this.owner = owner;
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.sampleAt = sampleAt;
    this.sampleCalls = sampleCalls;
    int users = userIds.size();
    int[] offsets = new int[users + 1];
    for (int u : owner) {
      offsets[u + 1]++;
    }
    for (int u = 0; u < users; u++) {
      offsets[u + 1] += offsets[u];
    }
    int[] next = Arrays.copyOf(offsets, users);
    int[] rows = new int[owner.length];
    for (int i = 0; i < owner.length; i++) {
      rows[next[owner[i]]++] = i;
    }
    this.userOffsets = offsets;
    this.userRows = rows;
    boolean addOns = false;
    for (String a : labelAddOn) {
      addOns |= a != null;
    }
    this.hasAddOns = addOns;
  }

  int size() {
    return start.length;
  }

  int kindOf(int i) {
    return kind[i] & 0xFF;
  }

  /** The tier of label kind {@code k}, or null when {@code k} is not a tier. */
  @Nullable LicenseTier tierOf(int k) {
    return k >= FIRST_LABEL ? labelTier[k - FIRST_LABEL] : null;
  }

  /** The add-on of label kind {@code k}, or null when {@code k} is not an add-on. */
  @Nullable String addOnOf(int k) {
    return k >= FIRST_LABEL ? labelAddOn[k - FIRST_LABEL] : null;
  }

  /** The kind of {@code tier}, or -1 when no row holds it. */
  int kindOfTier(LicenseTier tier) {
    for (int l = 0; l < labelTier.length; l++) {
      if (tier.equals(labelTier[l])) {
        return FIRST_LABEL + l;
      }
    }
    return -1;
  }

  static Instant instant(long epochNanos) {
    return Instant.ofEpochSecond(
        Math.floorDiv(epochNanos, 1_000_000_000L), Math.floorMod(epochNanos, 1_000_000_000L));
  }

  /** The epoch nanoseconds of {@code t}, saturated to the representable range. */
  static long epochNanosSaturated(Instant t) {
    if (t.getEpochSecond() >= Long.MAX_VALUE / 1_000_000_000L) {
      return UNBOUNDED - 1;
    }
    if (t.getEpochSecond() <= Long.MIN_VALUE / 1_000_000_000L) {
      return Long.MIN_VALUE + 1;
    }
    return t.getEpochSecond() * 1_000_000_000L + t.getNano();
  }

  UsageInterval interval(int i) {
    return end[i] == UNBOUNDED
        ? UsageInterval.ofUnboundedEnd(instant(start[i]))
        : UsageInterval.of(instant(start[i]), instant(end[i]));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Columns c
        && userIds.equals(c.userIds)
        && Arrays.equals(deletedAt, c.deletedAt)
        && Arrays.equals(labelTier, c.labelTier)
        && Arrays.equals(labelAddOn, c.labelAddOn)
        && Arrays.equals(owner, c.owner)
        && Arrays.equals(kind, c.kind)
        && Arrays.equals(start, c.start)
        && Arrays.equals(end, c.end)
        && Arrays.equals(sampleAt, c.sampleAt)
        && Arrays.equals(sampleCalls, c.sampleCalls);
  }

  @Override
  public int hashCode() {
    return userIds.hashCode() * 31 + Arrays.hashCode(start);
  }
}
