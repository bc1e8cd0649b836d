package dev.seatline.billing.examples.tables;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of the output table {@code user_outcomes} ({@code TABLES.md}, <a
 * href="{@docRoot}/index.html#R2">R2</a>, <a href="{@docRoot}/index.html#R12">R12</a>): every user
 * of a rated period, billed with a tier or not billed with a reason.
 *
 * <p>Immutable. Example: {@code acme-prod,0,u1,true,PURECLOUD_3,}.
 *
 * @param orgId the organization
 * @param periodIndex the period rated
 * @param userId the user
 * @param billed whether the user is billed
 * @param tier the billed tier, null when none
 * @param reason why the user is not billed, null when billed
 */
public record UserOutcomeRow(
    String orgId,
    int periodIndex,
    String userId,
    boolean billed,
    @Nullable String tier,
    @Nullable String reason) {
  /** The column names, in order. */
  public static final List<String> COLUMNS =
      List.of("org_id", "period_index", "user_id", "billed", "tier", "reason");

  /** Validates that the required fields are present. */
  public UserOutcomeRow {
    requireNonNull(orgId, "orgId");
    requireNonNull(userId, "userId");
  }

  /** {@return the fields as CSV text, in the order of {@link #COLUMNS}} */
  public List<@Nullable String> values() {
    return Collections.unmodifiableList(
        Arrays.<@Nullable String>asList(
            orgId, Integer.toString(periodIndex), userId, Boolean.toString(billed), tier, reason));
  }
}
