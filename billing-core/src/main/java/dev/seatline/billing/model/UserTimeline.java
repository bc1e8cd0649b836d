package dev.seatline.billing.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything the rules need to know about one user of an organization (<a
 * href="{@docRoot}/index.html#R2">R2</a>-<a href="{@docRoot}/index.html#R6">R6</a>): licence
 * assignments, add-on assignments, sessions, on-queue intervals and an optional deletion instant.
 *
 * <p>A session that starts at or after the deletion is invalid input; one that spans the deletion
 * is clipped there when rated (R2). A deleted user holds nothing after the deletion: licence and
 * add-on assignments and on-queue intervals are clipped there when rated, and one that starts at or
 * after it counts for nothing (valid input: licence exports often lag a deletion). The lists keep
 * the order they were given in, so an error can name an element by its index ({@code sessions[2]});
 * rating does not depend on that order (<a href="{@docRoot}/index.html#R12">R12</a>).
 *
 * <p>Immutable and thread-safe. Example: {@code UserTimeline.builder("u1").license(PURECLOUD_3,
 * UsageInterval.ofUnboundedEnd(t0)).session(Channel.WEB, UsageInterval.of(t1, t2)).build()}.
 */
public final class UserTimeline {
  private final String id;
  private final ImmutableList<LicenseAssignment> licenses;
  private final ImmutableList<AddOnAssignment> addOns;
  private final ImmutableList<Session> sessions;
  private final ImmutableList<UsageInterval> onQueue;
  private final @Nullable Instant deletedAt;

  private UserTimeline(Builder b) {
    this.id = Require.id("id", b.id);
    this.licenses = ImmutableList.copyOf(b.licenses);
    this.addOns = ImmutableList.copyOf(b.addOns);
    this.sessions = ImmutableList.copyOf(b.sessions);
    this.onQueue = ImmutableList.copyOf(b.onQueue);
    this.deletedAt = b.deletedAt;
    if (deletedAt != null) {
      for (int i = 0; i < sessions.size(); i++) {
        Instant start = sessions.get(i).interval().start();
        if (!start.isBefore(deletedAt)) {
          throw InvalidInputException.at(
              Require.index("sessions", i),
              "starts at "
                  + start
                  + ", at or after the user's deletion (deletedAt "
                  + deletedAt
                  + ")");
        }
      }
    }
  }

  /**
   * {@return a builder for the user {@code id}}
   *
   * @param id the user's identifier, unique within the organization
   */
  public static Builder builder(String id) {
    return new Builder(requireNonNull(id, "id"));
  }

  /** {@return the user's identifier, unique within the organization} */
  public String id() {
    return id;
  }

  /** {@return licence assignments, in input order; an unmodifiable list} */
  public List<LicenseAssignment> licenses() {
    return licenses;
  }

  /** {@return add-on assignments, in input order; an unmodifiable list} */
  public List<AddOnAssignment> addOns() {
    return addOns;
  }

  /**
   * {@return sessions as given, in input order (not yet clipped at the deletion); an unmodifiable
   * list}
   */
  public List<Session> sessions() {
    return sessions;
  }

  /** {@return on-queue intervals, in input order; an unmodifiable list} */
  public List<UsageInterval> onQueue() {
    return onQueue;
  }

  /** {@return when the user was deleted, if they were} */
  public Optional<Instant> deletedAt() {
    return Optional.ofNullable(deletedAt);
  }

  /**
   * {@return the sessions' intervals through a user interface, each clipped at the deletion (R2):
   * the intervals that make the user billable and bound their on-queue time (R5)} An unmodifiable
   * list.
   */
  public List<UsageInterval> userInterfaceSessions() {
    ImmutableList.Builder<UsageInterval> out = ImmutableList.builder();
    for (Session s : sessions) {
      if (s.channel().isUserInterface()) {
        if (deletedAt == null) {
          out.add(s.interval());
        } else {
          s.interval().endingNoLaterThan(deletedAt).ifPresent(out::add);
        }
      }
    }
    return out.build();
  }

  /**
   * {@return the intervals of the assignments of {@code tier}, in input order; an unmodifiable
   * list}
   *
   * @param tier the tier
   */
  public List<UsageInterval> assignmentsOf(LicenseTier tier) {
    requireNonNull(tier, "tier");
    ImmutableList.Builder<UsageInterval> out = ImmutableList.builder();
    for (LicenseAssignment a : licenses) {
      if (a.tier().equals(tier)) {
        out.add(a.interval());
      }
    }
    return out.build();
  }

  /**
   * {@return the intervals of the assignments of the add-on {@code addOn}, in input order; an
   * unmodifiable list}
   *
   * @param addOn the add-on's name
   */
  public List<UsageInterval> assignmentsOfAddOn(String addOn) {
    requireNonNull(addOn, "addOn");
    ImmutableList.Builder<UsageInterval> out = ImmutableList.builder();
    for (AddOnAssignment a : addOns) {
      if (a.addOn().equals(addOn)) {
        out.add(a.interval());
      }
    }
    return out.build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof UserTimeline u
        && id.equals(u.id)
        && licenses.equals(u.licenses)
        && addOns.equals(u.addOns)
        && sessions.equals(u.sessions)
        && onQueue.equals(u.onQueue)
        && Objects.equals(deletedAt, u.deletedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, licenses, addOns, sessions, onQueue, deletedAt);
  }

  @Override
  public String toString() {
    return "UserTimeline{"
        + id
        + ", licenses="
        + licenses
        + ", addOns="
        + addOns
        + ", sessions="
        + sessions
        + ", onQueue="
        + onQueue
        + (deletedAt == null ? "" : ", deletedAt=" + deletedAt)
        + "}";
  }

  /** Collects a user's timeline; {@link #build()} validates it. Not thread-safe. */
  public static final class Builder {
    private final String id;
    private final List<LicenseAssignment> licenses = new ArrayList<>();
    private final List<AddOnAssignment> addOns = new ArrayList<>();
    private final List<Session> sessions = new ArrayList<>();
    private final List<UsageInterval> onQueue = new ArrayList<>();
    private @Nullable Instant deletedAt;

    private Builder(String id) {
      this.id = id;
    }

    /**
     * Adds a licence assignment of {@code tier} over {@code interval}.
     *
     * @param tier the tier assigned
     * @param interval when it was assigned
     * @return this builder
     */
    public Builder license(LicenseTier tier, UsageInterval interval) {
      licenses.add(new LicenseAssignment(tier, interval));
      return this;
    }

    /**
     * Adds an add-on assignment.
     *
     * @param addOn the add-on's name, a non-blank identifier
     * @param interval when it was assigned
     * @return this builder
     */
    public Builder addOn(String addOn, UsageInterval interval) {
      addOns.add(
          Require.within(
              Require.index("addOns", addOns.size()), () -> new AddOnAssignment(addOn, interval)));
      return this;
    }

    /**
     * Adds a session through {@code channel}.
     *
     * @param channel the channel of the session
     * @param interval the time the session covers
     * @return this builder
     */
    public Builder session(Channel channel, UsageInterval interval) {
      sessions.add(new Session(channel, interval));
      return this;
    }

    /**
     * Adds an on-queue interval.
     *
     * @param interval when the user was on queue
     * @return this builder
     */
    public Builder onQueue(UsageInterval interval) {
      onQueue.add(requireNonNull(interval, "interval"));
      return this;
    }

    /**
     * Adds every on-queue interval of {@code intervals}, in order.
     *
     * @param intervals the on-queue intervals
     * @return this builder
     */
    public Builder onQueue(Collection<UsageInterval> intervals) {
      intervals.forEach(this::onQueue);
      return this;
    }

    /**
     * Marks the user deleted at {@code instant}.
     *
     * @param instant when the user was deleted
     * @return this builder
     */
    public Builder deletedAt(Instant instant) {
      this.deletedAt = requireNonNull(instant, "instant");
      return this;
    }

    /**
     * {@return the timeline}
     *
     * @throws InvalidInputException if the id is blank or a session starts at or after the deletion
     */
    public UserTimeline build() {
      return new UserTimeline(this);
    }
  }
}
