package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import dev.seatline.billing.money.BillingCurrency;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The unit prices of one organization, all in one currency (<a
 * href="{@docRoot}/index.html#R10">R10</a>), keyed by what is charged ({@link LineCode}) and the
 * item: a monthly price per seat tier and per add-on, the excess port-hour rate (<a
 * href="{@docRoot}/index.html#R7">R7</a>), the one-time and hardware prices by SKU (<a
 * href="{@docRoot}/index.html#R8">R8</a>), the prepaid and on-demand seat prices of a commitment
 * (<a href="{@docRoot}/index.html#R14">R14</a>), the hourly price per tier (<a
 * href="{@docRoot}/index.html#R15">R15</a>), the meters of metered usage with their overage prices,
 * increments and allowances (<a href="{@docRoot}/index.html#R16">R16</a>, {@link #meters()}), and
 * the prices of any charge a rule of one's own bills.
 *
 * <p>Prices are decimals from 0 to 1,000,000,000 with at most {@value #MAX_PRICE_DECIMALS}
 * decimals; they may carry more decimals than the currency (a port-hour rate of 0.0125 USD), and
 * are kept at no less than the currency's scale ({@code 75.0} becomes {@code 75.00}). A price may
 * be absent for anything that is not charged; rating something billed without its price is invalid
 * input naming the price, as in {@code prices.seat.PURECLOUD_3} (see {@link #require}).
 *
 * <p>Immutable and thread-safe. Example: {@code PriceBook.builder(BillingCurrency.USD).seat(
 * LicenseTier.PURECLOUD_3, new BigDecimal("150.00")).excessPortHour(new
 * BigDecimal("0.0125")).build()}.
 */
public final class PriceBook {
  /** The most decimals a unit price may have. */
  public static final int MAX_PRICE_DECIMALS = 12;

  private static final BigDecimal MAX_PRICE = BigDecimal.valueOf(Require.MAX_COUNT);

  /** The item under which a single-price code keeps its price. */
  private static final String SINGLE = "";

  private final BillingCurrency currency;
  private final SortedMap<LineCode, SortedMap<String, BigDecimal>> prices;
  private final SortedMap<String, Meter> meters;

  private PriceBook(Builder b) {
    this.meters = Collections.unmodifiableSortedMap(new TreeMap<>(b.meters));
    this.currency = b.currency;
    SortedMap<LineCode, SortedMap<String, BigDecimal>> copy = new TreeMap<>();
    b.prices.forEach(
        (code, byItem) -> copy.put(code, Collections.unmodifiableSortedMap(new TreeMap<>(byItem))));
    this.prices = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * {@return a builder of prices in {@code currency}}
   *
   * @param currency the currency of every price
   */
  public static Builder builder(BillingCurrency currency) {
    return new Builder(requireNonNull(currency, "currency"));
  }

  /** {@return the currency of every price} */
  public BillingCurrency currency() {
    return currency;
  }

  /**
   * {@return the prices of {@code code} by item (an empty map when there are none); a single-price
   * code ({@link LineCode#isSinglePrice()}) has its one price under the empty item}
   *
   * @param code the kind of charge
   */
  public SortedMap<String, BigDecimal> prices(LineCode code) {
    SortedMap<String, BigDecimal> byItem = prices.get(requireNonNull(code, "code"));
    return byItem == null ? Collections.emptySortedMap() : byItem;
  }

  /** {@return the codes that have prices, in invoice order} */
  public java.util.Set<LineCode> codes() {
    return prices.keySet();
  }

  /** {@return the meters of metered usage (R16), by name; empty when there are none} */
  public SortedMap<String, Meter> meters() {
    return meters;
  }

  /**
   * {@return the unit price of {@code item} charged as {@code code}, if there is one}
   *
   * @param code the kind of charge
   * @param item the item, such as a tier name; ignored by a single-price code
   */
  public Optional<BigDecimal> price(LineCode code, String item) {
    requireNonNull(item, "item");
    return Optional.ofNullable(prices(code).get(code.isSinglePrice() ? SINGLE : item));
  }

  /**
   * {@return the unit price of {@code item} charged as {@code code}}
   *
   * @param code the kind of charge
   * @param item the item, such as a tier name; ignored by a single-price code
   * @param why what is billed that needs the price, for the error ({@code "seats of PURECLOUD_3 are
   *     billed"})
   * @throws InvalidInputException at the price's path ({@link LineCode#pricePath}) when there is
   *     none
   */
  public BigDecimal require(LineCode code, String item, String why) {
    return price(code, item)
        .orElseThrow(() -> InvalidInputException.at(code.pricePath(item), "no price, but " + why));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PriceBook p
        && currency == p.currency
        && prices.equals(p.prices)
        && meters.equals(p.meters);
  }

  @Override
  public int hashCode() {
    return (currency.hashCode() * 31 + prices.hashCode()) * 31 + meters.hashCode();
  }

  /** {@code PriceBook{USD, seat={PURECLOUD_3=150.00}, excessPortHour=0.0125}}, by price key. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("PriceBook{").append(currency);
    prices.forEach(
        (code, byItem) -> {
          s.append(", ").append(code.priceKey()).append('=');
          s.append(code.isSinglePrice() ? byItem.get(SINGLE) : byItem);
        });
    if (!meters.isEmpty()) {
      s.append(", meters=").append(meters.values());
    }
    return s.append('}').toString();
  }

  /** Collects prices; each is validated as it is added. Not thread-safe. */
  public static final class Builder {
    private final BillingCurrency currency;
    private final Map<LineCode, SortedMap<String, BigDecimal>> prices = new TreeMap<>();
    private final Map<String, Meter> meters = new TreeMap<>();

    private Builder(BillingCurrency currency) {
      this.currency = currency;
    }

    /**
     * The unit price of {@code item} charged as {@code code}; errors name the price's path without
     * its {@code prices.} prefix ({@code seat.PURECLOUD_3}). The item of a single-price code is
     * ignored.
     *
     * @param code the kind of charge
     * @param item the item, such as a tier name
     * @param price the unit price
     * @return this builder
     */
    public Builder price(LineCode code, String item, BigDecimal price) {
      requireNonNull(code, "code");
      requireNonNull(item, "item");
      String path = code.pricePath(item).substring("prices.".length());
      String key = code.isSinglePrice() ? SINGLE : Require.id(path, item);
      prices.computeIfAbsent(code, c -> new TreeMap<>()).put(key, price(path, price));
      return this;
    }

    /**
     * The monthly price of a seat of {@code tier}; errors name {@code seat.TIER}.
     *
     * @param tier the tier
     * @param price the monthly price of one seat
     * @return this builder
     */
    public Builder seat(LicenseTier tier, BigDecimal price) {
      return price(LineCode.SEAT, requireNonNull(tier, "tier").name(), price);
    }

    /**
     * The prepaid monthly price of a committed seat of {@code tier} (R14); errors name {@code
     * committedSeat.TIER}.
     *
     * @param tier the tier
     * @param price the prepaid price of one committed seat
     * @return this builder
     */
    public Builder committedSeat(LicenseTier tier, BigDecimal price) {
      return price(LineCode.COMMITTED_SEAT, requireNonNull(tier, "tier").name(), price);
    }

    /**
     * The on-demand price of a seat of {@code tier} billed above its commitment (R14); errors name
     * {@code overageSeat.TIER}.
     *
     * @param tier the tier
     * @param price the on-demand price of one seat
     * @return this builder
     */
    public Builder overageSeat(LicenseTier tier, BigDecimal price) {
      return price(LineCode.OVERAGE, requireNonNull(tier, "tier").name(), price);
    }

    /**
     * The price of one hour logged in at {@code tier} (R15); errors name {@code seatHour.TIER}.
     *
     * @param tier the tier
     * @param price the price of one user-hour
     * @return this builder
     */
    public Builder seatHour(LicenseTier tier, BigDecimal price) {
      return price(LineCode.SEAT_HOUR, requireNonNull(tier, "tier").name(), price);
    }

    /**
     * The monthly price of the add-on {@code name}; errors name {@code addOn.NAME}.
     *
     * @param name the add-on's name
     * @param price the monthly price of one add-on seat
     * @return this builder
     */
    public Builder addOn(String name, BigDecimal price) {
      return price(LineCode.ADD_ON, name, price);
    }

    /**
     * The rate per excess port-hour; errors name {@code excessPortHour}.
     *
     * @param rate the price of one excess port-hour
     * @return this builder
     */
    public Builder excessPortHour(BigDecimal rate) {
      return price(LineCode.EXCESS_CALL_PORTS, SINGLE, rate);
    }

    /**
     * The one-time price of {@code sku}; errors name {@code oneTime.SKU}.
     *
     * @param sku the SKU
     * @param price the price of one unit
     * @return this builder
     */
    public Builder oneTime(String sku, BigDecimal price) {
      return price(LineCode.ONE_TIME, sku, price);
    }

    /**
     * The hardware price of {@code sku}; errors name {@code hardware.SKU}.
     *
     * @param sku the SKU
     * @param price the price of one unit
     * @return this builder
     */
    public Builder hardware(String sku, BigDecimal price) {
      return price(LineCode.HARDWARE, sku, price);
    }

    /**
     * The meter {@code meter.name()} and its terms (R16), replacing one of that name; its overage
     * price is kept at no less than the currency's scale, as every price.
     *
     * @param meter the meter
     * @return this builder
     */
    public Builder meter(Meter meter) {
      requireNonNull(meter, "meter");
      meters.put(meter.name(), meter.withPriceScale(currency.scale()));
      return this;
    }

    private BigDecimal price(String path, BigDecimal price) {
      requireNonNull(price, "price");
      if (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0) {
        throw InvalidInputException.at(
            path, "price must be from 0 to " + MAX_PRICE + ", was " + price.toPlainString());
      }
      BigDecimal stripped = price.stripTrailingZeros();
      if (stripped.scale() > MAX_PRICE_DECIMALS) {
        throw InvalidInputException.at(
            path,
            "price "
                + price.toPlainString()
                + " has more than "
                + MAX_PRICE_DECIMALS
                + " decimals");
      }
      return stripped.setScale(Math.max(stripped.scale(), currency.scale()));
    }

    /** {@return the price book} */
    public PriceBook build() {
      return new PriceBook(this);
    }
  }
}
