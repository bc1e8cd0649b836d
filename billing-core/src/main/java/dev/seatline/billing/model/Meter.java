package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A meter of metered usage and its terms in a price book (<a
 * href="{@docRoot}/index.html#R16">R16</a>): the meter's name (data, not a fixed list: API
 * requests, BYOC minutes, voice minutes per destination ...), the overage unit price, an optional
 * increment to which each record's quantity is rounded up first, an allowance per billed seat of
 * each tier, and an allowance per organization.
 *
 * <p>Validation, each error naming the part relative to the meter ({@code overage}, {@code
 * increment}, {@code allowancePerSeat.CX_1}, {@code allowancePerOrganization}): the overage price
 * from 0 to 1,000,000,000 with at most {@value PriceBook#MAX_PRICE_DECIMALS} decimals; the
 * increment above 0 and at most {@value #MAX_QUANTITY}; allowances from 0 to {@value
 * #MAX_ALLOWANCE}; increments and allowances with at most 9 decimals. Decimals keep their scale
 * ({@code 0.10} stays {@code 0.10}): a USAGE line shows its quantity at the largest scale of the
 * meter's records, increment and allowances (FORMAT.md). The tiers of the allowances must be the
 * organization's, which {@link RatingInput} checks.
 *
 * <p>Immutable and thread-safe; equal when every part is equal, scales included. Example: {@code
 * Meter.builder("VOICE_MINUTES", new BigDecimal("0.02")).increment(new
 * BigDecimal("0.1")).allowancePerSeat(LicenseTier.PURECLOUD_3, new BigDecimal("1000")).build()}.
 */
public final class Meter {
  /** The largest increment, as the largest record quantity ({@link UsageRecord}). */
  public static final long MAX_QUANTITY = 1_000_000_000L;

  /** The largest allowance, per seat or per organization. */
  public static final long MAX_ALLOWANCE = 1_000_000_000_000L;

  private static final BigDecimal MAX_PRICE = BigDecimal.valueOf(Require.MAX_COUNT);

  private final String name;
  private final BigDecimal overage;
  private final @Nullable BigDecimal increment;
  private final SortedMap<LicenseTier, BigDecimal> allowancePerSeat;
  private final BigDecimal allowancePerOrganization;

  private Meter(Builder b) {
    this.name = b.name;
    this.overage = b.overage;
    this.increment = b.increment;
    this.allowancePerSeat = Collections.unmodifiableSortedMap(new TreeMap<>(b.allowancePerSeat));
    this.allowancePerOrganization = b.allowancePerOrganization;
  }

  /**
   * {@return a builder of the meter {@code name} charged {@code overage} per unit above its
   * allowances; with no increment and no allowance until given}
   *
   * @param name the meter's name, a non-blank identifier
   * @param overage the unit price of the usage above the allowances
   * @throws InvalidInputException at {@code name} or {@code overage} for a bad value
   */
  public static Builder builder(String name, BigDecimal overage) {
    return new Builder(name, overage);
  }

  /** {@return the meter's name} */
  public String name() {
    return name;
  }

  /** {@return the unit price of the usage above the allowances} */
  public BigDecimal overage() {
    return overage;
  }

  /** {@return the increment each record's quantity is rounded up to, if there is one} */
  public Optional<BigDecimal> increment() {
    return Optional.ofNullable(increment);
  }

  /** {@return the allowance per billed seat of each tier; tiers without one are absent} */
  public SortedMap<LicenseTier, BigDecimal> allowancePerSeat() {
    return allowancePerSeat;
  }

  /** {@return the allowance of the organization as a whole, 0 when none} */
  public BigDecimal allowancePerOrganization() {
    return allowancePerOrganization;
  }

  /**
   * {@return this meter with its overage price at no less than {@code scale} decimals, as a price
   * book keeps its prices}
   */
  Meter withPriceScale(int scale) {
    BigDecimal stripped = overage.stripTrailingZeros();
    BigDecimal kept = stripped.setScale(Math.max(Math.max(0, stripped.scale()), scale));
    if (kept.scale() == overage.scale()) {
      return this;
    }
    Builder b = new Builder(name, kept);
    b.increment = increment;
    b.allowancePerSeat.putAll(allowancePerSeat);
    b.allowancePerOrganization = allowancePerOrganization;
    return b.build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Meter m
        && name.equals(m.name)
        && overage.equals(m.overage)
        && Objects.equals(increment, m.increment)
        && allowancePerSeat.equals(m.allowancePerSeat)
        && allowancePerOrganization.equals(m.allowancePerOrganization);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, overage, increment, allowancePerSeat, allowancePerOrganization);
  }

  /**
   * {@code Meter{VOICE_MINUTES, overage 0.02, increment 0.1, per seat {PURECLOUD_3=1000}, per
   * organization 0}}.
   */
  @Override
  public String toString() {
    return "Meter{"
        + name
        + ", overage "
        + overage.toPlainString()
        + (increment == null ? "" : ", increment " + increment.toPlainString())
        + ", per seat "
        + allowancePerSeat
        + ", per organization "
        + allowancePerOrganization.toPlainString()
        + "}";
  }

  /** Collects a meter's terms; each is validated as it is given. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private final BigDecimal overage;
    private @Nullable BigDecimal increment;
    private final Map<LicenseTier, BigDecimal> allowancePerSeat = new TreeMap<>();
    private BigDecimal allowancePerOrganization = BigDecimal.ZERO;

    private Builder(String name, BigDecimal overage) {
      this.name = Require.id("name", requireNonNull(name, "name"));
      requireNonNull(overage, "overage");
      if (overage.signum() < 0 || overage.compareTo(MAX_PRICE) > 0) {
        throw InvalidInputException.at(
            "overage", "price must be from 0 to " + MAX_PRICE + ", was " + overage.toPlainString());
      }
      BigDecimal stripped = overage.stripTrailingZeros();
      if (stripped.scale() > PriceBook.MAX_PRICE_DECIMALS) {
        throw InvalidInputException.at(
            "overage",
            "price "
                + overage.toPlainString()
                + " has more than "
                + PriceBook.MAX_PRICE_DECIMALS
                + " decimals");
      }
      this.overage = overage.scale() < 0 ? overage.setScale(0) : overage;
    }

    /**
     * The increment each record's quantity is rounded up to before it is summed (voice: 0.1 minute,
     * 6 seconds per call); errors name {@code increment}.
     *
     * @param value the increment, above 0
     * @return this builder
     */
    public Builder increment(BigDecimal value) {
      requireNonNull(value, "increment");
      if (value.signum() <= 0) {
        throw InvalidInputException.at(
            "increment", "must be above 0, was " + value.toPlainString());
      }
      this.increment = Require.meterDecimal("increment", value, BigDecimal.valueOf(MAX_QUANTITY));
      return this;
    }

    /**
     * The allowance of each billed seat of {@code tier}; errors name {@code allowancePerSeat.TIER}.
     *
     * @param tier the tier
     * @param value the allowance per seat
     * @return this builder
     */
    public Builder allowancePerSeat(LicenseTier tier, BigDecimal value) {
      requireNonNull(tier, "tier");
      requireNonNull(value, "value");
      allowancePerSeat.put(
          tier,
          Require.meterDecimal(
              "allowancePerSeat." + tier.name(), value, BigDecimal.valueOf(MAX_ALLOWANCE)));
      return this;
    }

    /**
     * The allowance of the organization as a whole; errors name {@code allowancePerOrganization}.
     *
     * @param value the allowance
     * @return this builder
     */
    public Builder allowancePerOrganization(BigDecimal value) {
      requireNonNull(value, "value");
      this.allowancePerOrganization =
          Require.meterDecimal(
              "allowancePerOrganization", value, BigDecimal.valueOf(MAX_ALLOWANCE));
      return this;
    }

    /** {@return the meter} */
    public Meter build() {
      return new Meter(this);
    }
  }
}
