package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import dev.seatline.billing.money.BillingCurrency;
import dev.seatline.billing.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A tenant and its contract (<a href="{@docRoot}/index.html#R1">R1</a>, <a
 * href="{@docRoot}/index.html#R4">R4</a>, <a href="{@docRoot}/index.html#R6">R6</a>, <a
 * href="{@docRoot}/index.html#R9">R9</a>, <a href="{@docRoot}/index.html#R10">R10</a>):
 * environment, paid or trial status, currency, licensing model, contract effective date, billing
 * time zone, the licence tiers it can hold (its {@link TierCatalog}, by default the FAQ's), the
 * concurrent seats and add-on licences purchased, and an optional cancellation instant.
 *
 * <p>Validation: counts are whole numbers from 0 to 1,000,000,000 (<a
 * href="{@docRoot}/index.html#R12">R12</a>); in a CONCURRENT organization, add-on licences
 * purchased with zero concurrent seats purchased is invalid (R6); a cancellation must lie after the
 * contract's first instant {@code A(0)} (R9); the currency is one the organization accepts (by
 * default its edition's, R10, R17); a commitment names a tier of the catalogue, is a count, and an
 * HOURLY organization has none (R14); the minimum monthly amount is from 0 to 1,000,000,000 with no
 * more decimals than the currency. Errors name the field, as in {@code
 * addOnLicensesPurchased.SALESFORCE} or {@code commitments.CX_9}.
 *
 * <p>Immutable and thread-safe. Example: {@code Organization.builder("acme", BillingCurrency.USD,
 * LicensingModel.NAMED, LocalDate.of(2026, 1, 15)).build()}.
 */
public final class Organization {
  /** The earliest year of a contract effective date. */
  public static final int MIN_CONTRACT_YEAR = 1900;

  /** The latest year of a contract effective date. */
  public static final int MAX_CONTRACT_YEAR = 9999;

  private final String id;
  private final Environment environment;
  private final AccountStatus status;
  private final BillingCurrency currency;
  private final LicensingModel licensing;
  private final LocalDate contractEffectiveDate;
  private final ZoneId timeZone;
  private final long concurrentSeatsPurchased;
  private final ImmutableSortedMap<String, Long> addOnLicensesPurchased;
  private final @Nullable Instant cancelledAt;
  private final BillingCalendar calendar;
  private final TierCatalog tiers;
  private final Edition edition;
  private final Set<BillingCurrency> currencies;
  private final ImmutableSortedMap<LicenseTier, Long> commitments;
  private final @Nullable Money minimumMonthlyAmount;

  private Organization(Builder b) {
    this.edition = b.edition;
    this.tiers = b.tiers != null ? b.tiers : b.edition.tiers();
    this.currencies =
        java.util.Collections.unmodifiableSet(
            EnumSet.copyOf(b.currencies != null ? b.currencies : b.edition.currencies()));
    this.id = Require.id("id", b.id);
    this.environment = b.environment;
    this.status = b.status;
    this.currency = b.currency;
    this.licensing = b.licensing;
    this.contractEffectiveDate = b.contractEffectiveDate;
    int year = contractEffectiveDate.getYear();
    if (year < MIN_CONTRACT_YEAR || year > MAX_CONTRACT_YEAR) {
      throw InvalidInputException.at(
          "contractEffectiveDate",
          contractEffectiveDate
              + " is outside the supported years "
              + MIN_CONTRACT_YEAR
              + " to "
              + MAX_CONTRACT_YEAR);
    }
    if (!currencies.contains(currency)) {
      throw InvalidInputException.at(
          "currency",
          "currency "
              + currency
              + " is not accepted by edition "
              + edition
              + "; accepted: "
              + new java.util.TreeSet<>(currencies));
    }
    this.commitments = commitments(b.commitments, tiers, b.licensing);
    this.minimumMonthlyAmount =
        b.minimumMonthlyAmount == null ? null : minimum(b.minimumMonthlyAmount, currency);
    this.timeZone = b.timeZone;
    this.concurrentSeatsPurchased =
        Require.count("concurrentSeatsPurchased", b.concurrentSeatsPurchased);
    for (Map.Entry<String, Long> e : b.addOnLicensesPurchased.entrySet()) {
      String path = "addOnLicensesPurchased." + e.getKey();
      Require.id(path, e.getKey());
      Require.count(path, e.getValue());
      if (licensing == LicensingModel.CONCURRENT
          && concurrentSeatsPurchased == 0
          && e.getValue() > 0) {
        throw InvalidInputException.at(
            path,
            e.getValue()
                + " add-on licences purchased while concurrentSeatsPurchased is 0: the usage"
                + " percentage (R6) is undefined");
      }
    }
    this.addOnLicensesPurchased = ImmutableSortedMap.copyOf(b.addOnLicensesPurchased);
    this.calendar = BillingCalendar.of(contractEffectiveDate, timeZone);
    this.cancelledAt = b.cancelledAt;
    if (cancelledAt != null && !cancelledAt.isAfter(calendar.start(0))) {
      throw InvalidInputException.at(
          "cancelledAt",
          cancelledAt + " is not after the contract's first instant " + calendar.start(0));
    }
  }

  private static ImmutableSortedMap<LicenseTier, Long> commitments(
      Map<String, Long> byName, TierCatalog tiers, LicensingModel licensing) {
    ImmutableSortedMap.Builder<LicenseTier, Long> out = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<String, Long> e : byName.entrySet()) {
      String path = "commitments." + e.getKey();
      LicenseTier tier =
          tiers
              .find(e.getKey())
              .orElseThrow(
                  () ->
                      InvalidInputException.at(
                          path,
                          "a commitment for tier "
                              + e.getKey()
                              + ", which is not one of the organization's tiers "
                              + tiers));
      Require.count(path, e.getValue());
      if (licensing == LicensingModel.HOURLY) {
        throw InvalidInputException.at(
            path, "an HOURLY organization has no commitments: commitments are seats (R14, R15)");
      }
      out.put(tier, e.getValue());
    }
    return out.buildOrThrow();
  }

  private static Money minimum(BigDecimal amount, BillingCurrency currency) {
    String path = "minimumMonthlyAmount";
    if (amount.signum() < 0 || amount.compareTo(BigDecimal.valueOf(Require.MAX_COUNT)) > 0) {
      throw InvalidInputException.at(
          path, "must be from 0 to " + Require.MAX_COUNT + ", was " + amount.toPlainString());
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > currency.scale()) {
      throw InvalidInputException.at(
          path,
          amount.toPlainString()
              + " has more decimals than "
              + currency
              + " ("
              + currency.scale()
              + ")");
    }
    return Money.of(currency, stripped.setScale(currency.scale()));
  }

  /**
   * {@return a builder with the required parts; the rest default to PRODUCTION, PAID,
   * America/New_York, no purchased quantities and no cancellation, the PURECLOUD_FAQ edition with
   * its tiers and currencies, no commitment and no minimum}
   *
   * @param id the organization's identifier
   * @param currency the currency of every price and amount
   * @param licensing NAMED, CONCURRENT or HOURLY
   * @param contractEffectiveDate the contract effective date
   */
  public static Builder builder(
      String id,
      BillingCurrency currency,
      LicensingModel licensing,
      LocalDate contractEffectiveDate) {
    return new Builder(id, currency, licensing, contractEffectiveDate);
  }

  /** {@return the organization's identifier} */
  public String id() {
    return id;
  }

  /** {@return the environment; rated alike whatever it is (R10)} */
  public Environment environment() {
    return environment;
  }

  /** {@return PAID or TRIAL (R9)} */
  public AccountStatus status() {
    return status;
  }

  /** {@return the one currency of every price and amount (R10)} */
  public BillingCurrency currency() {
    return currency;
  }

  /** {@return NAMED, CONCURRENT or HOURLY, for the whole period (R4, R15)} */
  public LicensingModel licensing() {
    return licensing;
  }

  /** {@return the contract effective date (R1)} */
  public LocalDate contractEffectiveDate() {
    return contractEffectiveDate;
  }

  /** {@return the billing time zone (R1)} */
  public ZoneId timeZone() {
    return timeZone;
  }

  /** {@return concurrent seats purchased (R6); 0 when none} */
  public long concurrentSeatsPurchased() {
    return concurrentSeatsPurchased;
  }

  /**
   * {@return add-on licences purchased, by add-on name in natural order (R6); an unmodifiable map}
   */
  public SortedMap<String, Long> addOnLicensesPurchased() {
    return addOnLicensesPurchased;
  }

  /** {@return when the subscription was cancelled, if it was (R9)} */
  public Optional<Instant> cancelledAt() {
    return Optional.ofNullable(cancelledAt);
  }

  /** {@return the organization's billing periods (R1)} */
  public BillingCalendar calendar() {
    return calendar;
  }

  /**
   * {@return the licence tiers of the organization (R3, R4, R7); by default {@link
   * TierCatalog#faq()}}
   */
  public TierCatalog tiers() {
    return tiers;
  }

  /** {@return the edition (R17); by default PURECLOUD_FAQ} */
  public Edition edition() {
    return edition;
  }

  /** {@return the currencies the organization accepts (R10, R17); by default its edition's} */
  public Set<BillingCurrency> currencies() {
    return currencies;
  }

  /**
   * {@return the committed seats per tier (R14), an unmodifiable map; empty when there is no
   * commitment}
   */
  public SortedMap<LicenseTier, Long> commitments() {
    return commitments;
  }

  /** {@return the minimum monthly amount (R14), if there is one} */
  public Optional<Money> minimumMonthlyAmount() {
    return Optional.ofNullable(minimumMonthlyAmount);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Organization x
        && id.equals(x.id)
        && environment == x.environment
        && status == x.status
        && currency == x.currency
        && licensing == x.licensing
        && contractEffectiveDate.equals(x.contractEffectiveDate)
        && timeZone.equals(x.timeZone)
        && concurrentSeatsPurchased == x.concurrentSeatsPurchased
        && addOnLicensesPurchased.equals(x.addOnLicensesPurchased)
        && Objects.equals(cancelledAt, x.cancelledAt)
        && tiers.equals(x.tiers)
        && edition == x.edition
        && currencies.equals(x.currencies)
        && commitments.equals(x.commitments)
        && Objects.equals(minimumMonthlyAmount, x.minimumMonthlyAmount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        id,
        environment,
        status,
        currency,
        licensing,
        contractEffectiveDate,
        timeZone,
        concurrentSeatsPurchased,
        addOnLicensesPurchased,
        cancelledAt,
        edition,
        commitments);
  }

  @Override
  public String toString() {
    return "Organization{"
        + id
        + ", "
        + environment
        + ", "
        + status
        + ", "
        + currency
        + ", "
        + licensing
        + ", contract "
        + contractEffectiveDate
        + " "
        + timeZone
        + (cancelledAt == null ? "" : ", cancelled " + cancelledAt)
        + (edition == Edition.PURECLOUD_FAQ ? "" : ", " + edition)
        + (commitments.isEmpty() ? "" : ", commitments " + commitments)
        + (minimumMonthlyAmount == null ? "" : ", minimum " + minimumMonthlyAmount)
        + "}";
  }

  /** Collects an organization; {@link #build()} validates it. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final BillingCurrency currency;
    private final LicensingModel licensing;
    private final LocalDate contractEffectiveDate;
    private Environment environment = Environment.PRODUCTION;
    private AccountStatus status = AccountStatus.PAID;
    private ZoneId timeZone = BillingCalendar.DEFAULT_ZONE;
    private long concurrentSeatsPurchased;
    private final Map<String, Long> addOnLicensesPurchased = new TreeMap<>();
    private @Nullable Instant cancelledAt;
    private @Nullable TierCatalog tiers;
    private Edition edition = Edition.PURECLOUD_FAQ;
    private @Nullable Set<BillingCurrency> currencies;
    private final Map<String, Long> commitments = new TreeMap<>();
    private @Nullable BigDecimal minimumMonthlyAmount;

    private Builder(
        String id, BillingCurrency currency, LicensingModel licensing, LocalDate contractDate) {
      this.id = requireNonNull(id, "id");
      this.currency = requireNonNull(currency, "currency");
      this.licensing = requireNonNull(licensing, "licensing");
      this.contractEffectiveDate = requireNonNull(contractDate, "contractEffectiveDate");
    }

    /**
     * Sets the environment (default PRODUCTION).
     *
     * @param value the environment
     * @return this builder
     */
    public Builder environment(Environment value) {
      this.environment = requireNonNull(value, "environment");
      return this;
    }

    /**
     * Sets PAID or TRIAL (default PAID).
     *
     * @param value PAID or TRIAL
     * @return this builder
     */
    public Builder status(AccountStatus value) {
      this.status = requireNonNull(value, "status");
      return this;
    }

    /**
     * Sets the billing time zone (default America/New_York).
     *
     * @param value the billing time zone
     * @return this builder
     */
    public Builder timeZone(ZoneId value) {
      this.timeZone = requireNonNull(value, "timeZone");
      return this;
    }

    /**
     * Sets the concurrent seats purchased (default 0).
     *
     * @param value the number of concurrent seats purchased
     * @return this builder
     */
    public Builder concurrentSeatsPurchased(long value) {
      this.concurrentSeatsPurchased = value;
      return this;
    }

    /**
     * Sets the add-on licences purchased for {@code addOn}.
     *
     * @param addOn the add-on's name
     * @param count the number of licences purchased
     * @return this builder
     */
    public Builder addOnLicensesPurchased(String addOn, long count) {
      this.addOnLicensesPurchased.put(requireNonNull(addOn, "addOn"), count);
      return this;
    }

    /**
     * Sets the edition (default PURECLOUD_FAQ, R17): the default tiers and currencies follow it.
     *
     * @param value the edition
     * @return this builder
     */
    public Builder edition(Edition value) {
      this.edition = requireNonNull(value, "edition");
      return this;
    }

    /**
     * Sets the currencies the organization accepts (default: its edition's, R10, R17).
     *
     * @param value the accepted currencies, at least the organization's own
     * @return this builder
     */
    public Builder currencies(Set<BillingCurrency> value) {
      this.currencies = Set.copyOf(requireNonNull(value, "currencies"));
      return this;
    }

    /**
     * Commits to {@code seats} seats of the tier named {@code tier} each period (R14); {@link
     * #build()} checks the tier is one of the organization's, and errors name {@code
     * commitments.TIER}.
     *
     * @param tier the tier's name
     * @param seats the committed seats, from 0 to 1,000,000,000
     * @return this builder
     */
    public Builder commitment(String tier, long seats) {
      this.commitments.put(requireNonNull(tier, "tier"), seats);
      return this;
    }

    /**
     * Commits to {@code seats} seats of {@code tier} each period (R14).
     *
     * @param tier the tier
     * @param seats the committed seats, from 0 to 1,000,000,000
     * @return this builder
     */
    public Builder commitment(LicenseTier tier, long seats) {
      return commitment(requireNonNull(tier, "tier").name(), seats);
    }

    /**
     * Sets the minimum monthly amount (R14): recurring charges of a period below it are trued up.
     *
     * @param amount the minimum, from 0, with no more decimals than the currency
     * @return this builder
     */
    public Builder minimumMonthlyAmount(BigDecimal amount) {
      this.minimumMonthlyAmount = requireNonNull(amount, "amount");
      return this;
    }

    /**
     * Sets the licence tiers (default: the edition's, {@link TierCatalog#faq()} for PURECLOUD_FAQ).
     *
     * @param value the tier catalogue
     * @return this builder
     */
    public Builder tiers(TierCatalog value) {
      this.tiers = requireNonNull(value, "tiers");
      return this;
    }

    /**
     * Marks the subscription cancelled at {@code instant} (R9).
     *
     * @param instant when the subscription ends
     * @return this builder
     */
    public Builder cancelledAt(Instant instant) {
      this.cancelledAt = requireNonNull(instant, "instant");
      return this;
    }

    /**
     * {@return the organization}
     *
     * @throws InvalidInputException naming the field that is invalid
     */
    public Organization build() {
      return new Organization(this);
    }
  }
}
