package dev.seatline.billing.money;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import dev.seatline.billing.InvalidInputException;
import dev.seatline.billing.internal.Require;
import dev.seatline.billing.model.LicenseTier;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The unit prices of one organization, all in one currency (R10): a monthly price per seat tier and
 * per add-on, the excess port-hour rate (R7), and the one-time and hardware prices by SKU (R8).
 *
 * <p>Prices are decimals from 0 to 1,000,000,000 with at most {@value #MAX_PRICE_DECIMALS}
 * decimals; they may carry more decimals than the currency (a port-hour rate of 0.0125 USD), and
 * are kept at no less than the currency's scale ({@code 75.0} becomes {@code 75.00}). A price may
 * be absent for anything that is not charged; rating something billed without its price is invalid
 * input naming the price, as in {@code prices.seat.PURECLOUD_3} (see {@link #requireSeat}).
 *
 * <p>Immutable and thread-safe. Example: {@code PriceBook.builder(BillingCurrency.USD).seat(
 * LicenseTier.PURECLOUD_3, new BigDecimal("150.00")).excessPortHour(new
 * BigDecimal("0.0125")).build()}.
 */
public final class PriceBook {
  /** The most decimals a unit price may have. */
  public static final int MAX_PRICE_DECIMALS = 12;

  private static final BigDecimal MAX_PRICE = BigDecimal.valueOf(Require.MAX_COUNT);

  private final BillingCurrency currency;
  private final ImmutableSortedMap<LicenseTier, BigDecimal> seat;
  private final ImmutableSortedMap<String, BigDecimal> addOn;
  private final @Nullable BigDecimal excessPortHour;
  private final ImmutableSortedMap<String, BigDecimal> oneTime;
  private final ImmutableSortedMap<String, BigDecimal> hardware;

  private PriceBook(Builder b) {
    this.currency = b.currency;
    this.seat = ImmutableSortedMap.copyOf(b.seat);
    this.addOn = ImmutableSortedMap.copyOf(b.addOn);
    this.excessPortHour = b.excessPortHour;
    this.oneTime = ImmutableSortedMap.copyOf(b.oneTime);
    this.hardware = ImmutableSortedMap.copyOf(b.hardware);
  }

  /** A builder of prices in {@code currency}. */
  public static Builder builder(BillingCurrency currency) {
    return new Builder(requireNonNull(currency, "currency"));
  }

  /** The currency of every price. */
  public BillingCurrency currency() {
    return currency;
  }

  /** Seat prices by tier. */
  public ImmutableSortedMap<LicenseTier, BigDecimal> seat() {
    return seat;
  }

  /** Add-on prices by add-on name. */
  public ImmutableSortedMap<String, BigDecimal> addOn() {
    return addOn;
  }

  /** The excess port-hour rate (R7), if priced. */
  public Optional<BigDecimal> excessPortHour() {
    return Optional.ofNullable(excessPortHour);
  }

  /** One-time (enablement) prices by SKU (R8). */
  public ImmutableSortedMap<String, BigDecimal> oneTime() {
    return oneTime;
  }

  /** Hardware prices by SKU (R8). */
  public ImmutableSortedMap<String, BigDecimal> hardware() {
    return hardware;
  }

  /** The seat price of {@code tier}, or an invalid-input error at {@code prices.seat.TIER}. */
  public BigDecimal requireSeat(LicenseTier tier) {
    requireNonNull(tier, "tier");
    return require(seat.get(tier), "prices.seat." + tier, "seats of " + tier + " are billed");
  }

  /** The price of {@code name}, or an invalid-input error at {@code prices.addOn.NAME}. */
  public BigDecimal requireAddOn(String name) {
    requireNonNull(name, "name");
    return require(addOn.get(name), "prices.addOn." + name, "add-on " + name + " is billed");
  }

  /** The port-hour rate, or an invalid-input error at {@code prices.excessPortHour}. */
  public BigDecimal requireExcessPortHour() {
    return require(excessPortHour, "prices.excessPortHour", "excess call usage is billed");
  }

  /**
   * The one-time price of {@code sku}, or an invalid-input error at {@code prices.oneTime.SKU} that
   * also names {@code itemPath}, the order item that needs it.
   */
  public BigDecimal requireOneTime(String sku, String itemPath) {
    requireNonNull(sku, "sku");
    return require(oneTime.get(sku), "prices.oneTime." + sku, itemPath + " is billed");
  }

  /**
   * The hardware price of {@code sku}, or an invalid-input error at {@code prices.hardware.SKU}
   * that also names {@code itemPath}, the shipment item that needs it.
   */
  public BigDecimal requireHardware(String sku, String itemPath) {
    requireNonNull(sku, "sku");
    return require(hardware.get(sku), "prices.hardware." + sku, itemPath + " is billed");
  }

  private static BigDecimal require(@Nullable BigDecimal price, String path, String why) {
    if (price == null) {
      throw InvalidInputException.at(path, "no price, but " + why);
    }
    return price;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PriceBook p
        && currency == p.currency
        && seat.equals(p.seat)
        && addOn.equals(p.addOn)
        && Objects.equals(excessPortHour, p.excessPortHour)
        && oneTime.equals(p.oneTime)
        && hardware.equals(p.hardware);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, seat, addOn, excessPortHour, oneTime, hardware);
  }

  @Override
  public String toString() {
    return "PriceBook{"
        + currency
        + ", seat="
        + seat
        + ", addOn="
        + addOn
        + ", excessPortHour="
        + excessPortHour
        + ", oneTime="
        + oneTime
        + ", hardware="
        + hardware
        + "}";
  }

  /** Collects prices; each is validated as it is added. Not thread-safe. */
  public static final class Builder {
    private final BillingCurrency currency;
    private final Map<LicenseTier, BigDecimal> seat = new EnumMap<>(LicenseTier.class);
    private final Map<String, BigDecimal> addOn = new TreeMap<>();
    private @Nullable BigDecimal excessPortHour;
    private final Map<String, BigDecimal> oneTime = new TreeMap<>();
    private final Map<String, BigDecimal> hardware = new TreeMap<>();

    private Builder(BillingCurrency currency) {
      this.currency = currency;
    }

    /** The monthly price of a seat of {@code tier}; errors name {@code seat.TIER}. */
    public Builder seat(LicenseTier tier, BigDecimal price) {
      seat.put(requireNonNull(tier, "tier"), price("seat." + tier, price));
      return this;
    }

    /** The monthly price of the add-on {@code name}; errors name {@code addOn.NAME}. */
    public Builder addOn(String name, BigDecimal price) {
      addOn.put(Require.id("addOn." + name, name), price("addOn." + name, price));
      return this;
    }

    /** The rate per excess port-hour; errors name {@code excessPortHour}. */
    public Builder excessPortHour(BigDecimal rate) {
      excessPortHour = price("excessPortHour", rate);
      return this;
    }

    /** The one-time price of {@code sku}; errors name {@code oneTime.SKU}. */
    public Builder oneTime(String sku, BigDecimal price) {
      oneTime.put(Require.id("oneTime." + sku, sku), price("oneTime." + sku, price));
      return this;
    }

    /** The hardware price of {@code sku}; errors name {@code hardware.SKU}. */
    public Builder hardware(String sku, BigDecimal price) {
      hardware.put(Require.id("hardware." + sku, sku), price("hardware." + sku, price));
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

    /** The price book. */
    public PriceBook build() {
      return new PriceBook(this);
    }
  }
}
