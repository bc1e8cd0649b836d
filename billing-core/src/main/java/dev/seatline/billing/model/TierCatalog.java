package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The licence tiers an organization can hold, lowest to highest (<a
 * href="{@docRoot}/index.html#R3">R3</a>, <a href="{@docRoot}/index.html#R4">R4</a>, <a
 * href="{@docRoot}/index.html#R7">R7</a>). The default is the FAQ's catalogue, {@code COMMUNICATE <
 * PURECLOUD_1 < PURECLOUD_2 < PURECLOUD_3} ({@link #faq()}); the GENESYS_CLOUD edition's is {@code
 * COMMUNICATE < CX_1 < CX_2 < CX_3 < CX_4} ({@link #genesysCloud()}, <a
 * href="{@docRoot}/index.html#R17">R17</a>); a catalogue of one's own is a list of {@link
 * LicenseTier}s with distinct names and ranks.
 *
 * <p>Immutable; equal when the tiers are equal. Example: {@code
 * TierCatalog.faq().find("PURECLOUD_3")}.
 */
public final class TierCatalog {
  private static final TierCatalog FAQ =
      new TierCatalog(
          List.of(
              LicenseTier.COMMUNICATE,
              LicenseTier.PURECLOUD_1,
              LicenseTier.PURECLOUD_2,
              LicenseTier.PURECLOUD_3));

  private static final TierCatalog GENESYS_CLOUD =
      new TierCatalog(
          List.of(
              LicenseTier.COMMUNICATE,
              LicenseTier.CX_1,
              LicenseTier.CX_2,
              LicenseTier.CX_3,
              LicenseTier.CX_4));

  private final List<LicenseTier> ascending;
  private final List<LicenseTier> contactCenterDescending;
  private final Map<String, LicenseTier> byName;

  private TierCatalog(List<LicenseTier> tiers) {
    List<LicenseTier> sorted = new ArrayList<>(tiers);
    Collections.sort(sorted);
    this.ascending = List.copyOf(sorted);
    List<LicenseTier> cc = new ArrayList<>();
    for (LicenseTier t : sorted) {
      if (t.isContactCenter()) {
        cc.add(0, t);
      }
    }
    this.contactCenterDescending = List.copyOf(cc);
    Map<String, LicenseTier> names = new HashMap<>();
    sorted.forEach(t -> names.put(t.name(), t));
    this.byName = Map.copyOf(names);
  }

  /** {@return the FAQ's catalogue: COMMUNICATE, PURECLOUD_1, PURECLOUD_2 and PURECLOUD_3} */
  public static TierCatalog faq() {
    return FAQ;
  }

  /**
   * {@return the vendor's current catalogue (<a href="{@docRoot}/index.html#R17">R17</a>):
   * COMMUNICATE, CX_1, CX_2, CX_3 and CX_4}
   */
  public static TierCatalog genesysCloud() {
    return GENESYS_CLOUD;
  }

  /**
   * {@return a catalogue of {@code tiers}, in any order}
   *
   * @param tiers the tiers
   * @throws IllegalArgumentException when it is empty, or two tiers share a name or a rank
   */
  public static TierCatalog of(List<LicenseTier> tiers) {
    requireNonNull(tiers, "tiers");
    if (tiers.isEmpty()) {
      throw new IllegalArgumentException("a tier catalogue needs at least one tier");
    }
    Set<String> names = new HashSet<>();
    Set<Integer> ranks = new HashSet<>();
    for (LicenseTier t : tiers) {
      requireNonNull(t, "tier");
      if (!names.add(t.name()) || !ranks.add(t.rank())) {
        throw new IllegalArgumentException(
            "tiers must have distinct names and ranks; "
                + t
                + " (rank "
                + t.rank()
                + ") repeats one");
      }
    }
    return new TierCatalog(tiers);
  }

  /** {@return the tiers, lowest first} */
  public List<LicenseTier> tiers() {
    return ascending;
  }

  /** {@return the contact-center tiers, highest first (R4, R5)} */
  public List<LicenseTier> contactCenterDescending() {
    return contactCenterDescending;
  }

  /**
   * {@return the tier named {@code name}, if the catalogue has it}
   *
   * @param name the tier's name
   */
  public Optional<LicenseTier> find(String name) {
    return Optional.ofNullable(byName.get(requireNonNull(name, "name")));
  }

  /**
   * {@return whether {@code tier} is one of this catalogue's tiers}
   *
   * @param tier the tier
   */
  public boolean contains(LicenseTier tier) {
    requireNonNull(tier, "tier");
    return tier.equals(byName.get(tier.name()));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof TierCatalog c && ascending.equals(c.ascending);
  }

  @Override
  public int hashCode() {
    return ascending.hashCode();
  }

  /** The tier names, lowest first: {@code [COMMUNICATE, PURECLOUD_1, ...]}. */
  @Override
  public String toString() {
    return ascending.toString();
  }
}
