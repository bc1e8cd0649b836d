package dev.seatline.billing.model;

import dev.seatline.billing.money.BillingCurrency;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * An edition of the vendor's billing rules (<a href="{@docRoot}/index.html#R17">R17</a>): the tier
 * catalogue and the currencies an organization of it has by default. The rating policy defaults
 * that go with an edition are {@code RatingPolicy.defaults(edition)}; every one of these defaults
 * can be replaced on its own ({@link Organization.Builder#tiers}, {@link
 * Organization.Builder#currencies}, the policy's {@code with...} methods). An edition is chosen per
 * organization.
 *
 * <ul>
 *   <li>{@link #PURECLOUD_FAQ}, the default: R1-R12 as written; {@code COMMUNICATE < PURECLOUD_1 <
 *       PURECLOUD_2 < PURECLOUD_3}; the eight currencies of <a
 *       href="{@docRoot}/index.html#R10">R10</a>.
 *   <li>{@link #GENESYS_CLOUD}, the vendor's current documentation: {@code COMMUNICATE < CX_1 <
 *       CX_2 < CX_3 < CX_4}; the eight currencies and ZAR.
 * </ul>
 *
 * <p>Example: {@code Edition.GENESYS_CLOUD.tiers().find("CX_2")}.
 */
public enum Edition {
  /** The FAQ's rules (R1-R12): the default edition. */
  PURECLOUD_FAQ,
  /** The vendor's current public documentation: the CX tiers, ZAR accepted. */
  GENESYS_CLOUD;

  private static final Set<BillingCurrency> FAQ_CURRENCIES =
      Collections.unmodifiableSet(EnumSet.complementOf(EnumSet.of(BillingCurrency.ZAR)));
  private static final Set<BillingCurrency> ALL_CURRENCIES =
      Collections.unmodifiableSet(EnumSet.allOf(BillingCurrency.class));

  /** {@return the edition's tier catalogue} */
  public TierCatalog tiers() {
    return this == GENESYS_CLOUD ? TierCatalog.genesysCloud() : TierCatalog.faq();
  }

  /** {@return the currencies an organization of the edition may bill in, unmodifiable} */
  public Set<BillingCurrency> currencies() {
    return this == GENESYS_CLOUD ? ALL_CURRENCIES : FAQ_CURRENCIES;
  }
}
