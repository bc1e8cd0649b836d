package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import dev.seatline.billing.money.BillingCurrency;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
 * contract's first instant {@code A(0)} (R9). Errors name the field, as in {@code
 * addOnLicensesPurchased.SALESFORCE}.
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

  private Organization(Builder b) {
    this.tiers = b.tiers;
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

  /**
   * {@return a builder with the required parts; the rest default to PRODUCTION, PAID,
   * America/New_York, no purchased quantities and no cancellation}
   *
   * @param id the organization's identifier
   * @param currency the currency of every price and amount
   * @param licensing NAMED or CONCURRENT
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

  /** {@return NAMED or CONCURRENT, for the whole period (R4)} */
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
        && tiers.equals(x.tiers);
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
        cancelledAt);
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
    private TierCatalog tiers = TierCatalog.faq();

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
     * Sets the licence tiers (default {@link TierCatalog#faq()}).
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
