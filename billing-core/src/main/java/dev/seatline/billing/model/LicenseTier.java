package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * A licence tier of a {@link TierCatalog} (<a href="{@docRoot}/index.html#R3">R3</a>, <a
 * href="{@docRoot}/index.html#R4">R4</a>, <a href="{@docRoot}/index.html#R7">R7</a>): its name, its
 * rank (higher ranks are higher tiers), whether it is a contact-center tier, and how many call
 * ports one billed seat of it includes. Rules never name a tier: they ask the organization's
 * catalogue.
 *
 * <p>The constants are the tiers of the FAQ's catalogue ({@link TierCatalog#faq()}): {@code
 * COMMUNICATE < PURECLOUD_1 < PURECLOUD_2 < PURECLOUD_3}, the PURECLOUD tiers contact-center tiers
 * with 2 included ports a seat, COMMUNICATE with 1; and the CX tiers of the vendor's current
 * catalogue ({@link TierCatalog#genesysCloud()}, <a href="{@docRoot}/index.html#R17">R17</a>):
 * {@code COMMUNICATE < CX_1 < CX_2 < CX_3 < CX_4}, contact-center tiers with 2 included ports.
 *
 * <p>Immutable; equal when every part is equal; ordered by rank, then name. Example: {@code
 * LicenseTier.of("CX_2", 2, true, 2)}.
 */
public final class LicenseTier implements Comparable<LicenseTier> {
  /** Communicate: not a contact-center tier; one included call port (R7). */
  public static final LicenseTier COMMUNICATE = new LicenseTier("COMMUNICATE", 0, false, 1);

  /** PureCloud 1: contact center, two included call ports. */
  public static final LicenseTier PURECLOUD_1 = new LicenseTier("PURECLOUD_1", 1, true, 2);

  /** PureCloud 2: contact center, two included call ports. */
  public static final LicenseTier PURECLOUD_2 = new LicenseTier("PURECLOUD_2", 2, true, 2);

  /** PureCloud 3: contact center, two included call ports. */
  public static final LicenseTier PURECLOUD_3 = new LicenseTier("PURECLOUD_3", 3, true, 2);

  /** CX 1 of the GENESYS_CLOUD catalogue (R17): contact center, two included call ports. */
  public static final LicenseTier CX_1 = new LicenseTier("CX_1", 1, true, 2);

  /** CX 2 of the GENESYS_CLOUD catalogue (R17): contact center, two included call ports. */
  public static final LicenseTier CX_2 = new LicenseTier("CX_2", 2, true, 2);

  /** CX 3 of the GENESYS_CLOUD catalogue (R17): contact center, two included call ports. */
  public static final LicenseTier CX_3 = new LicenseTier("CX_3", 3, true, 2);

  /** CX 4 of the GENESYS_CLOUD catalogue (R17): contact center, two included call ports. */
  public static final LicenseTier CX_4 = new LicenseTier("CX_4", 4, true, 2);

  private static final Comparator<LicenseTier> ORDER =
      Comparator.comparingInt((LicenseTier t) -> t.rank).thenComparing(t -> t.name);

  private final String name;
  private final int rank;
  private final boolean contactCenter;
  private final int includedPorts;

  private LicenseTier(String name, int rank, boolean contactCenter, int includedPorts) {
    this.name = name;
    this.rank = rank;
    this.contactCenter = contactCenter;
    this.includedPorts = includedPorts;
  }

  /**
   * {@return a tier}
   *
   * @param name the tier's name
   * @param rank its place in the order of tiers: the higher the rank, the higher the tier
   * @param contactCenter whether it is a contact-center tier
   * @param includedPorts the call ports included with each seat
   * @throws IllegalArgumentException when {@code name} is not an upper-case identifier ({@code
   *     [A-Z][A-Z0-9_]*}) or {@code includedPorts} is negative
   */
  public static LicenseTier of(String name, int rank, boolean contactCenter, int includedPorts) {
    requireNonNull(name, "name");
    if (!name.matches("[A-Z][A-Z0-9_]*")) {
      throw new IllegalArgumentException(
          "a tier name is an upper-case identifier ([A-Z][A-Z0-9_]*), was '" + name + "'");
    }
    if (includedPorts < 0) {
      throw new IllegalArgumentException(
          "included ports of " + name + " must not be negative, was " + includedPorts);
    }
    return new LicenseTier(name, rank, contactCenter, includedPorts);
  }

  /** {@return the name, as in scenario files and price books ({@code PURECLOUD_3})} */
  public String name() {
    return name;
  }

  /** {@return the rank: a higher rank is a higher tier (R3)} */
  public int rank() {
    return rank;
  }

  /** {@return whether this is a contact-center tier (R4, R5)} */
  public boolean isContactCenter() {
    return contactCenter;
  }

  /** {@return ports included per billed seat of this tier (R7)} */
  public int includedPorts() {
    return includedPorts;
  }

  @Override
  public int compareTo(LicenseTier other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LicenseTier t
        && name.equals(t.name)
        && rank == t.rank
        && contactCenter == t.contactCenter
        && includedPorts == t.includedPorts;
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + rank;
  }

  /** The name. */
  @Override
  public String toString() {
    return name;
  }
}
