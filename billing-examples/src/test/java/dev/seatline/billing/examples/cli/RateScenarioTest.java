package dev.seatline.billing.examples.cli;

import static dev.seatline.billing.examples.cli.TestScenarios.array;
import static dev.seatline.billing.examples.cli.TestScenarios.at;
import static dev.seatline.billing.examples.cli.TestScenarios.with;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.seatline.billing.examples.cli.TestScenarios.Run;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line's contract (FORMAT.md): exit statuses, output, one-line errors with paths. */
class RateScenarioTest {
  @TempDir Path dir;

  /**
   * Deliberately broken scenarios: each must exit 2 with nothing on standard output and one line on
   * standard error that starts with exactly this path, followed by ": ".
   */
  static Stream<Arguments> brokenScenarios() {
    return Stream.of(
        broken("truncated JSON", TestScenarios.BASE.substring(0, 200), "$", "malformed JSON"),
        broken("trailing comma", "{\"organization\": {},}", "$", "malformed JSON"),
        broken("a second document", TestScenarios.BASE + "{}", "$", "content after the end"),
        broken("root is an array", "[]", "$", "must be an object, was an array"),
        broken("empty file", "", "$", "empty input"),
        broken("unknown root key", with(r -> r.put("foo", 1)), "foo", "unknown key 'foo'"),
        broken(
            "unknown organization key",
            with(r -> at(r, "organization").put("foo", "x")),
            "organization.foo",
            "unknown key 'foo'"),
        broken(
            "duplicate key",
            TestScenarios.BASE.replace("\"id\": \"u1\",", "\"id\": \"u1\", \"id\": \"u9\","),
            "users[0].id",
            "duplicate key 'id': it occurs more than once in users[0]"),
        broken(
            "missing currency",
            with(r -> at(r, "organization").remove("currency")),
            "organization.currency",
            "is required"),
        broken(
            "null environment",
            with(r -> at(r, "organization").putNull("environment")),
            "organization.environment",
            "must not be null"),
        broken(
            "unknown currency",
            with(r -> at(r, "organization").put("currency", "XYZ")),
            "organization.currency",
            "unsupported currency 'XYZ'"),
        broken(
            "negative commitment (R14)",
            with(r -> at(r, "organization").putObject("commitments").put("PURECLOUD_3", -1)),
            "organization.commitments.PURECLOUD_3",
            "must be a whole number from 0 to 1000000000, was -1"),
        broken(
            "fractional commitment (R14)",
            with(r -> at(r, "organization").putObject("commitments").put("PURECLOUD_3", 1.5)),
            "organization.commitments.PURECLOUD_3",
            "must be a whole number from 0 to 1000000000"),
        broken(
            "commitment for a tier of another edition (R14, R17)",
            with(r -> at(r, "organization").putObject("commitments").put("CX_9", 2)),
            "organization.commitments.CX_9",
            "a commitment for tier CX_9, which is not one of the organization's tiers"),
        broken(
            "minimum monthly amount with too many decimals (R14)",
            with(r -> at(r, "organization").put("minimumMonthlyAmount", "10.005")),
            "organization.minimumMonthlyAmount",
            "10.005 has more decimals than USD (2)"),
        broken(
            "unknown edition (R17)",
            with(r -> at(r, "organization").put("edition", "GENESYS")),
            "organization.edition",
            "unknown Edition 'GENESYS'"),
        broken(
            "a CX tier under the FAQ edition (R17)",
            with(r -> at(r, "prices").putObject("seatHour").put("CX_1", "1.00")),
            "prices.seatHour.CX_1",
            "unknown LicenseTier 'CX_1'"),
        broken(
            "HOURLY without hourly prices (R15)",
            with(r -> at(r, "organization").put("licensing", "HOURLY")),
            "prices.seatHour.COMMUNICATE",
            "no price, but hours of COMMUNICATE are billed"),
        broken(
            "unknown licensing model",
            with(r -> at(r, "organization").put("licensing", "HYBRID")),
            "organization.licensing",
            "unknown LicensingModel 'HYBRID'; expected one of [NAMED, CONCURRENT, HOURLY]"),
        broken(
            "licensing as a number",
            with(r -> at(r, "organization").put("licensing", 1)),
            "organization.licensing",
            "must be a string, was the number 1"),
        broken(
            "unknown zone",
            with(r -> at(r, "organization").put("timeZone", "Mars/Olympus_Mons")),
            "organization.timeZone",
            "unknown time zone"),
        broken(
            "an offset is not a zone id",
            with(r -> at(r, "organization").put("timeZone", "+05:00")),
            "organization.timeZone",
            "unknown time zone"),
        broken(
            "a SystemV zone",
            with(r -> at(r, "organization").put("timeZone", "SystemV/EST5EDT")),
            "organization.timeZone",
            "the SystemV zones were removed in release 2020b"),
        broken(
            "a zone id in the wrong case",
            with(r -> at(r, "organization").put("timeZone", "asia/tokyo")),
            "organization.timeZone",
            "unknown time zone 'asia/tokyo'; did you mean 'Asia/Tokyo'?"),
        broken(
            "February 30",
            with(r -> at(r, "organization").put("contractEffectiveDate", "2026-02-30")),
            "organization.contractEffectiveDate",
            "not an ISO-8601 date"),
        broken(
            "contract before 1900",
            with(r -> at(r, "organization").put("contractEffectiveDate", "1899-12-31")),
            "organization.contractEffectiveDate",
            "outside the supported years 1900 to 9999"),
        broken(
            "fractional count",
            with(r -> at(r, "organization").put("concurrentSeatsPurchased", 1.5)),
            "organization.concurrentSeatsPurchased",
            "must be a whole number from 0 to 1000000000, was the number 1.5"),
        broken(
            "negative count",
            with(r -> at(r, "organization").put("concurrentSeatsPurchased", -1)),
            "organization.concurrentSeatsPurchased",
            "was -1"),
        broken(
            "count above a billion",
            with(r -> at(r, "organization").put("concurrentSeatsPurchased", 1_000_000_001)),
            "organization.concurrentSeatsPurchased",
            "was 1000000001"),
        broken(
            "add-ons purchased without concurrent seats",
            with(
                r -> {
                  at(r, "organization").put("licensing", "CONCURRENT");
                  at(r, "organization").putObject("addOnLicensesPurchased").put("SALESFORCE", 5);
                }),
            "organization.addOnLicensesPurchased.SALESFORCE",
            "concurrentSeatsPurchased is 0"),
        broken(
            "cancelled before the contract",
            with(r -> at(r, "organization").put("cancelledAt", "2026-01-01T00:00:00Z")),
            "organization.cancelledAt",
            "is not after the contract's first instant"),
        broken(
            "negative period index",
            with(r -> at(r, "period").put("index", -1)),
            "period.index",
            "must be a whole number from 0 to 1000000"),
        broken(
            "period index as a string",
            with(r -> at(r, "period").put("index", "0")),
            "period.index",
            "was the string '0'"),
        broken(
            "a period ending after 9999",
            with(r -> at(r, "period").put("index", 1_000_000)),
            "period.index",
            "period 1000000 would end at +85359-06-15T04:00:00Z, after"
                + " 9999-12-31T23:59:59.999999999Z, the latest supported period end; the last"
                + " period of this contract that can be rated is 95686"),
        broken(
            "the first period after the last one that ends in 9999",
            with(r -> at(r, "period").put("index", 95_687)),
            "period.index",
            "period 95687 would end at +10000-01-15T05:00:00Z"),
        broken(
            "a contract whose first period ends after 9999",
            with(r -> at(r, "organization").put("contractEffectiveDate", "9999-12-15")),
            "organization.contractEffectiveDate",
            "period 0 of a contract effective 9999-12-15 in America/New_York would end at"
                + " +10000-01-15T05:00:00Z, after 9999-12-31T23:59:59.999999999Z, the latest"
                + " supported period end"),
        broken(
            "a first period ending at the first instant of 10000",
            with(
                r ->
                    at(r, "organization")
                        .put("contractEffectiveDate", "9999-12-01")
                        .put("timeZone", "UTC")),
            "organization.contractEffectiveDate",
            "would end at +10000-01-01T00:00:00Z"),
        broken(
            "a cancellation after 9999 in UTC",
            with(
                r ->
                    at(r, "organization")
                        .put("contractEffectiveDate", "9999-12-15")
                        .put("cancelledAt", "9999-12-31T23:59:59.999999999-18:00")),
            "organization.contractEffectiveDate",
            "would end at +10000-01-01T17:59:59.999999999Z"),
        broken(
            "asOf after the period",
            with(r -> at(r, "period").put("asOf", "2026-02-15T05:00:00Z")),
            "period.asOf",
            "is not in the rated period"),
        broken(
            "period after the cancellation",
            with(
                r -> {
                  at(r, "organization").put("cancelledAt", "2026-02-01T00:00:00Z");
                  at(r, "period").put("index", 1);
                }),
            "period.index",
            "at or after the cancellation"),
        broken(
            "unknown tier in the seat prices",
            with(r -> at(r, "prices.seat").put("PURECLOUD_4", "1.00")),
            "prices.seat.PURECLOUD_4",
            "unknown LicenseTier 'PURECLOUD_4'"),
        broken(
            "decimal comma",
            with(r -> at(r, "prices.seat").put("PURECLOUD_1", "12,50")),
            "prices.seat.PURECLOUD_1",
            "not a decimal"),
        broken(
            "negative price",
            with(r -> at(r, "prices.seat").put("PURECLOUD_1", "-1.00")),
            "prices.seat.PURECLOUD_1",
            "price must be from 0"),
        broken(
            "price as a JSON number",
            with(r -> at(r, "prices").put("excessPortHour", 0.0125)),
            "prices.excessPortHour",
            "must be a decimal string"),
        broken(
            "price with 13 decimals",
            with(r -> at(r, "prices").put("excessPortHour", "0.0000000000001")),
            "prices.excessPortHour",
            "more than 12 decimals"),
        broken(
            "unknown tier of a licence",
            with(r -> at(r, "users[1].licenses[0]").put("tier", "PURECLOUD_9")),
            "users[1].licenses[0].tier",
            "unknown LicenseTier 'PURECLOUD_9'"),
        broken(
            "session ends before it starts",
            with(r -> at(r, "users[0].sessions[0]").put("to", "2026-01-16T13:00:00Z")),
            "users[0].sessions[0]",
            "'to' 2026-01-16T13:00:00Z must be after 'from' 2026-01-16T14:00:00Z"),
        broken(
            "empty session",
            with(r -> at(r, "users[0].sessions[0]").put("to", "2026-01-16T14:00:00Z")),
            "users[0].sessions[0]",
            "must be after 'from'"),
        broken(
            "ten fractional digits",
            with(r -> at(r, "users[0].sessions[0]").put("from", "2026-01-16T14:00:00.0000000001Z")),
            "users[0].sessions[0].from",
            "more than 9 fractional digits"),
        broken(
            "instant without an offset",
            with(r -> at(r, "users[0].sessions[0]").put("to", "2026-01-16T22:00:00")),
            "users[0].sessions[0].to",
            "not an ISO-8601 instant with an offset"),
        broken(
            "hour 24",
            with(r -> at(r, "users[0].sessions[0]").put("to", "2026-01-16T24:00:00Z")),
            "users[0].sessions[0].to",
            "not a valid instant"),
        broken(
            "unknown channel",
            with(r -> at(r, "users[0].sessions[0]").put("channel", "PHONE")),
            "users[0].sessions[0].channel",
            "unknown Channel 'PHONE'"),
        broken(
            "unknown key in a session",
            with(r -> at(r, "users[0].sessions[0]").put("until", "2026-01-16T22:00:00Z")),
            "users[0].sessions[0].until",
            "unknown key 'until'"),
        broken(
            "session after the deletion",
            with(r -> at(r, "users[0]").put("deletedAt", "2026-01-16T12:00:00Z")),
            "users[0].sessions[0]",
            "at or after the user's deletion"),
        broken(
            "reversed on-queue interval",
            with(r -> at(r, "users[0].onQueue[0]").put("to", "2026-01-16T14:00:00Z")),
            "users[0].onQueue[0]",
            "must be after 'from'"),
        broken(
            "blank add-on name",
            with(r -> at(r, "users[0].addOns[0]").put("addOn", " ")),
            "users[0].addOns[0].addOn",
            "non-blank identifier"),
        broken(
            "licence is not an object",
            with(r -> array(at(r, "users[0]"), "licenses").insert(0, "PURECLOUD_3")),
            "users[0].licenses[0]",
            "must be an object, was the string 'PURECLOUD_3'"),
        broken(
            "duplicate user id",
            with(r -> at(r, "users[1]").put("id", "u1")),
            "users[1].id",
            "duplicate id 'u1', already used by users[0]"),
        broken("blank user id", with(r -> at(r, "users[0]").put("id", "")), "users[0].id", "blank"),
        broken("users missing", with(r -> r.remove("users")), "users", "is required"),
        broken(
            "users is an object",
            with(r -> r.putObject("users")),
            "users",
            "must be an array, was an object"),
        broken(
            "negative call count",
            with(r -> at(r, "callPorts[1]").put("concurrentCalls", -3)),
            "callPorts[1].concurrentCalls",
            "was -3"),
        broken(
            "call count beyond a long",
            TestScenarios.BASE.replace(
                "\"concurrentCalls\": 5", "\"concurrentCalls\": 100000000000000000000000000000"),
            "callPorts[0].concurrentCalls",
            "was 100000000000000000000000000000"),
        broken(
            "two samples at one instant",
            with(r -> at(r, "callPorts[1]").put("at", "2026-01-16T14:00:00Z")),
            "callPorts[1].at",
            "different counts: 0 here and 5 at callPorts[0]"),
        broken(
            "order quantity 0",
            with(r -> at(r, "orders[0].oneTime[0]").put("quantity", 0)),
            "orders[0].oneTime[0].quantity",
            "from 1 to 1000000000"),
        broken(
            "shipment of an unknown order",
            with(r -> at(r, "shipments[0]").put("orderId", "ord-9")),
            "shipments[0].orderId",
            "names order 'ord-9', which is not in the input"),
        broken(
            "duplicate order id",
            with(r -> array(r, "orders").add(at(r, "orders[0]").deepCopy())),
            "orders[1].id",
            "duplicate id 'ord-1', already used by orders[0]"),
        broken(
            "no price for a billed tier",
            with(r -> at(r, "prices.seat").remove("PURECLOUD_3")),
            "prices.seat.PURECLOUD_3",
            "no price"),
        broken(
            "no price for a billed add-on",
            with(r -> at(r, "prices").remove("addOn")),
            "prices.addOn.SALESFORCE",
            "no price"),
        broken(
            "no port-hour rate with excess calls",
            with(r -> at(r, "prices").putNull("excessPortHour")),
            "prices.excessPortHour",
            "no price"),
        broken(
            "no price for shipped hardware",
            with(r -> at(r, "prices").remove("hardware")),
            "prices.hardware.HEADSET_H1",
            "shipments[0].items[0].sku"),
        broken(
            "mixed contact-center tiers",
            with(r -> at(r, "users[1].licenses[0]").put("tier", "PURECLOUD_1")),
            "users",
            "PURECLOUD_1 (1 user), PURECLOUD_3 (1 user)"),
        broken(
            "a lone high surrogate in an id",
            TestScenarios.BASE.replace("\"u1\"", "\"\\ud800\""),
            "users[0].id",
            "the string holds a lone surrogate \\ud800 at character 0, which is not Unicode text"),
        broken(
            "a lone low surrogate after a letter",
            TestScenarios.BASE.replace("\"u2\"", "\"u\\udc00\""),
            "users[1].id",
            "lone surrogate \\udc00 at character 1"),
        broken(
            "a surrogate pair in the wrong order",
            TestScenarios.BASE.replace("\"u2\"", "\"\\ude00\\ud83d\""),
            "users[1].id",
            "lone surrogate \\ude00 at character 0"),
        broken(
            "a high surrogate that ends the string",
            TestScenarios.BASE.replace("\"WEB\"", "\"WEB\\ud83d\""),
            "users[0].sessions[0].channel",
            "lone surrogate \\ud83d at character 3"),
        broken(
            "a lone surrogate in a price",
            TestScenarios.BASE.replace("\"75.00\"", "\"75.00\\udfff\""),
            "prices.seat.PURECLOUD_1",
            "lone surrogate \\udfff at character 5"),
        broken(
            "a lone high surrogate in a key",
            TestScenarios.BASE.replace("\"deletedAt\"", "\"deleted\\ud800At\""),
            "users[0]",
            "a key holds a lone surrogate, which is not Unicode text"),
        broken(
            "a lone low surrogate in a key",
            TestScenarios.BASE.replace("\"organization\"", "\"\\udc00\""),
            "$",
            "a key holds a lone surrogate, which is not Unicode text"),
        broken(
            "an unknown key with a dot",
            with(r -> at(r, "organization").put("time.zone", "UTC")),
            "organization['time.zone']",
            "unknown key 'time.zone'"),
        broken(
            "an unknown root key with a space",
            with(r -> r.put("my users", 1)),
            "$['my users']",
            "unknown key 'my users'"),
        broken(
            "a duplicate key with a quote",
            TestScenarios.BASE.replace("\"id\": \"u1\",", "\"it's\": 1, \"it's\": 2,"),
            "users[0]['it\\'s']",
            "duplicate key 'it's'"),
        broken(
            "a seat price of a tier with a space",
            with(r -> at(r, "prices.seat").put("PURECLOUD 3", "1.00")),
            "prices.seat['PURECLOUD 3']",
            "unknown LicenseTier 'PURECLOUD 3'"),
        broken(
            "a negative price of an add-on with a dot",
            with(r -> at(r, "prices.addOn").put("crm.sync", "-1")),
            "prices.addOn['crm.sync']",
            "price must be from 0"),
        broken(
            "a one-time price of a sku with a backslash",
            with(r -> at(r, "prices.oneTime").put("a\\b", "x")),
            "prices.oneTime['a\\\\b']",
            "not a decimal"),
        broken(
            "add-ons purchased of a name with brackets",
            with(
                r -> {
                  at(r, "organization").put("licensing", "CONCURRENT");
                  at(r, "organization").putObject("addOnLicensesPurchased").put("crm[1]", 5);
                }),
            "organization.addOnLicensesPurchased['crm[1]']",
            "concurrentSeatsPurchased is 0"),
        broken(
            "no price for a billed add-on with a dot",
            with(r -> at(r, "users[0].addOns[0]").put("addOn", "crm.sync")),
            "prices.addOn['crm.sync']",
            "no price, but add-on crm.sync is billed"),
        broken(
            "a key in the wrong case",
            with(
                r -> {
                  at(r, "organization").remove("timeZone");
                  at(r, "organization").put("timezone", "UTC");
                }),
            "organization.timezone",
            "unknown key 'timezone'; did you mean 'timeZone'?"),
        broken(
            "a misspelt key",
            with(r -> at(r, "users[1]").set("sesions", at(r, "users[1]").remove("sessions"))),
            "users[1].sesions",
            "unknown key 'sesions'; did you mean 'sessions'?"),
        broken(
            "a tier without its underscore",
            with(r -> at(r, "users[1].licenses[0]").put("tier", "PURECLOUD3")),
            "users[1].licenses[0].tier",
            "unknown LicenseTier 'PURECLOUD3'; did you mean 'PURECLOUD_3'?"),
        broken(
            "a tier one digit off",
            with(r -> at(r, "prices.seat").put("PURECLOUD_0", "1.00")),
            "prices.seat.PURECLOUD_0",
            "did you mean 'PURECLOUD_1', 'PURECLOUD_2' or 'PURECLOUD_3'?"),
        broken(
            "a channel in lower case",
            with(r -> at(r, "users[0].sessions[0]").put("channel", "web")),
            "users[0].sessions[0].channel",
            "unknown Channel 'web'; did you mean 'WEB'?"),
        broken(
            "a currency in lower case",
            with(r -> at(r, "organization").put("currency", "usd")),
            "organization.currency",
            "unsupported currency 'usd'; did you mean 'USD'?"),
        broken(
            "a currency one letter off",
            with(r -> at(r, "organization").put("currency", "EUX")),
            "organization.currency",
            "unsupported currency 'EUX'; did you mean 'EUR'?"),
        broken(
            "nesting deeper than the limit",
            with(r -> at(r, "organization").putRawValue("foo", deep(40))),
            "$",
            "input exceeds a limit"),
        broken(
            "a string longer than the limit",
            with(r -> at(r, "users[0]").put("id", "u".repeat(InputLimits.MAX_STRING_LENGTH + 1))),
            "$",
            "input exceeds a limit"),
        broken(
            "a number longer than the limit",
            with(r -> at(r, "callPorts[0]").putRawValue("concurrentCalls", raw("9".repeat(100)))),
            "$",
            "input exceeds a limit"),
        broken(
            "a usage record of a meter with no price",
            withUsage(r -> {}, "SMS", "1"),
            "usage[0].meter",
            "'SMS' has no price"),
        broken(
            "a negative usage quantity",
            withUsage(r -> {}, "VOICE", "-1"),
            "usage[0].quantity",
            "must not be negative"),
        broken(
            "a usage quantity that is not a decimal",
            withUsage(r -> {}, "VOICE", "1e3"),
            "usage[0].quantity",
            "not a decimal"),
        broken(
            "a usage quantity given as a number",
            with(
                r -> {
                  meter(r, "VOICE");
                  r.putArray("usage")
                      .addObject()
                      .put("meter", "VOICE")
                      .put("at", "2026-01-16T14:00:00Z")
                      .put("quantity", 2);
                }),
            "usage[0].quantity",
            "must be a decimal string"),
        broken(
            "an increment of zero",
            withUsage(r -> meterAt(r, "VOICE").put("increment", "0"), "VOICE", "1"),
            "prices.meters.VOICE.increment",
            "must be above 0"),
        broken(
            "a negative allowance",
            withUsage(r -> meterAt(r, "VOICE").put("allowancePerOrganization", "-1"), "VOICE", "1"),
            "prices.meters.VOICE.allowancePerOrganization",
            "must not be negative"),
        broken(
            "an allowance for a tier the edition does not have",
            withUsage(
                r -> meterAt(r, "VOICE").putObject("allowancePerSeat").put("CX_1", "10"),
                "VOICE",
                "1"),
            "prices.meters.VOICE.allowancePerSeat.CX_1",
            "unknown LicenseTier"),
        broken(
            "a meter without its overage price",
            withUsage(r -> meterAt(r, "VOICE").remove("overage"), "VOICE", "1"),
            "prices.meters.VOICE.overage",
            "is required"),
        broken(
            "an unknown key of a meter, whose name is not plain",
            with(
                r -> {
                  meter(r, "voice.US");
                  meterAt(r, "voice.US").put("allowance", "1");
                }),
            "prices.meters['voice.US'].allowance",
            "unknown key"),
        broken(
            "an unknown key of a usage record",
            withUsage(r -> {}, "VOICE", "1")
                .replace("\"quantity\":\"1\"", "\"quantity\":\"1\",\"unit\":\"min\""),
            "usage[0].unit",
            "unknown key"));
  }

  /** Adds the meter {@code name} at 0.02 a unit to the base scenario's prices. */
  private static void meter(ObjectNode root, String name) {
    ObjectNode meters =
        root.get("prices").has("meters")
            ? (ObjectNode) root.get("prices").get("meters")
            : ((ObjectNode) root.get("prices")).putObject("meters");
    meters.putObject(name).put("overage", "0.02");
  }

  private static ObjectNode meterAt(ObjectNode root, String name) {
    return (ObjectNode) root.get("prices").get("meters").get(name);
  }

  /** The base scenario with the meter VOICE, changed by {@code change}, and one usage record. */
  private static String withUsage(
      java.util.function.Consumer<ObjectNode> change, String meter, String quantity) {
    return with(
        r -> {
          meter(r, "VOICE");
          change.accept(r);
          r.putArray("usage")
              .addObject()
              .put("meter", meter)
              .put("at", "2026-01-16T14:00:00Z")
              .put("quantity", quantity);
        });
  }

  private static Arguments broken(String name, String json, String path, String fragment) {
    return Arguments.of(name, json, path, fragment);
  }

  private static RawValue deep(int depth) {
    return raw("[".repeat(depth) + "]".repeat(depth));
  }

  private static RawValue raw(String json) {
    return new RawValue(json);
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("brokenScenarios")
  void brokenScenarioExitsTwoWithItsPath(String name, String json, String path, String fragment) {
    Run run = TestScenarios.rate(json);

    assertThat(run.status()).as(run.err()).isEqualTo(RateScenario.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).endsWith("\n").hasLineCount(1).startsWith(path + ": ").contains(fragment);
  }

  @Test
  void aSuggestionEndsTheLineAfterThePath() {
    Run run = TestScenarios.rate(with(r -> at(r, "organization").put("timezone", "UTC")));
    assertThat(run.err())
        .isEqualTo("organization.timezone: unknown key 'timezone'; did you mean 'timeZone'?\n");
  }

  @Test
  void ratesTheBaseScenarioThroughAFile() throws IOException {
    Path file = dir.resolve("base.json");
    Files.writeString(file, TestScenarios.BASE);

    Run run = TestScenarios.run(file.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isEqualTo(RateScenario.OK);
    JsonNode result = VectorChecker.parse(run.out());
    assertThat(result.get("organization").textValue()).isEqualTo("acme-prod");
    assertThat(result.get("invoices")).hasSize(3);
  }

  @Test
  void theBaseScenarioIsValidInput() {
    // Reading alone needs no rating strategy: the base is well-formed, so the broken scenarios
    // above fail for the one reason each states.
    assertThat(ScenarioReader.read(TestScenarios.BASE).input().users()).hasSize(2);
  }

  @Test
  void noArgumentIsAUsageFailure() {
    Run run = TestScenarios.run();
    assertThat(run.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo(RateScenario.USAGE + "\n");
  }

  @Test
  void twoArgumentsAreAUsageFailure() {
    Run run = TestScenarios.run("a.json", "b.json");
    assertThat(run.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(run.err()).isEqualTo(RateScenario.USAGE + "\n");
  }

  @Test
  void versionFromClassesIsADevelopmentBuild() {
    // The tests run from target/classes, which has no manifest; RateScenarioJarIT checks the jar.
    Run run = TestScenarios.run("--version");
    assertThat(run.status()).isEqualTo(RateScenario.OK);
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("billing-rate (development build)\n");
  }

  @Test
  void versionIsTheManifestsImplementationVersion() {
    assertThat(RateScenario.version("0.1.0-SNAPSHOT")).isEqualTo("0.1.0-SNAPSHOT");
    assertThat(RateScenario.version(null)).isEqualTo("(development build)");
    assertThat(RateScenario.version(" ")).isEqualTo("(development build)");
  }

  @Test
  void aDashReadsTheScenarioFromStandardInput() throws IOException {
    Path file = dir.resolve("base.json");
    Files.writeString(file, TestScenarios.BASE);

    Run fromStdin =
        TestScenarios.runWithInput(
            new ByteArrayInputStream(TestScenarios.BASE.getBytes(UTF_8)), "-");

    assertThat(fromStdin.err()).isEmpty();
    assertThat(fromStdin.status()).isEqualTo(RateScenario.OK);
    assertThat(fromStdin.out()).isEqualTo(TestScenarios.run(file.toString()).out());
  }

  @Test
  void invalidInputOnStandardInputIsExitTwoWithItsPath() {
    String json = with(r -> at(r, "organization").put("licensing", "HYBRID"));
    Run run = TestScenarios.runWithInput(new ByteArrayInputStream(json.getBytes(UTF_8)), "-");
    assertThat(run.status()).isEqualTo(RateScenario.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .startsWith("organization.licensing: unknown LicensingModel")
        .hasLineCount(1);
  }

  @Test
  void standardInputAboveTheSizeLimitIsInvalidInputAtTheRoot() {
    byte[] spaces = new byte[InputLimits.MAX_FILE_BYTES + 1];
    Arrays.fill(spaces, (byte) ' ');
    Run run = TestScenarios.runWithInput(new ByteArrayInputStream(spaces), "-");
    assertThat(run.status()).isEqualTo(RateScenario.INVALID_INPUT);
    assertThat(run.err())
        .isEqualTo(
            "$: input exceeds a limit: more than the "
                + InputLimits.MAX_FILE_BYTES
                + " bytes a scenario may have\n");
  }

  @Test
  void aStandardInputThatFailsIsAFailureInWords() {
    InputStream broken =
        new InputStream() {
          @Override
          public int read() throws IOException {
            throw new IOException("Broken pipe");
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            throw new IOException("Broken pipe");
          }
        };
    Run run = TestScenarios.runWithInput(broken, "-");
    assertThat(run.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("cannot read standard input: broken pipe\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"--foo", "-x", "--", "--json=1", "-help", "--HELP", "---"})
  void anUnknownOptionIsReportedAsAnOption(String option) {
    Run run = TestScenarios.run(option);
    assertThat(run.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("unknown option '" + option + "'; see --help\n");
  }

  @Test
  void anUnknownOptionIsReportedWhereverItStands() throws IOException {
    Path file = dir.resolve("base.json");
    Files.writeString(file, TestScenarios.BASE);
    assertThat(TestScenarios.run(file.toString(), "--foo").err())
        .isEqualTo("unknown option '--foo'; see --help\n");
    assertThat(TestScenarios.run("--help", "--foo").err())
        .isEqualTo("unknown option '--foo'; see --help\n");
  }

  @Test
  void aFileNamedWithALeadingDashIsGivenWithItsDirectory() throws IOException {
    Path file = dir.resolve("-base.json");
    Files.writeString(file, TestScenarios.BASE);
    Run run = TestScenarios.run(dir + "/-base.json");
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isEqualTo(RateScenario.OK);
  }

  @Test
  void twoDashesAreAUsageFailure() {
    Run run = TestScenarios.run("-", "-");
    assertThat(run.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(run.err()).isEqualTo(RateScenario.USAGE + "\n");
  }

  @Test
  void outOfMemoryIsOneLineAndExitOneWhateverTheHeap() throws Exception {
    // 250,000 sessions: about 20 MB of JSON, valid input; reading the file alone (its bytes and
    // the copy that reads them) needs more than a 24 MiB heap.
    StringBuilder sessions = new StringBuilder();
    for (int i = 0; i < 250_000; i++) {
      Instant from = Instant.parse("2026-01-16T14:00:00Z").plusSeconds(60L * i);
      sessions
          .append(i == 0 ? "" : ",")
          .append("{\"channel\": \"WEB\", \"from\": \"")
          .append(from)
          .append("\", \"to\": \"")
          .append(from.plusSeconds(30))
          .append("\"}");
    }
    String json =
        with(r -> array(at(r, "users[0]"), "sessions").removeAll())
            .replace("\"sessions\":[]", "\"sessions\":[" + sessions + "]");
    assertThat(ScenarioReader.read(json).input().users().get(0).sessions()).hasSize(250_000);
    Path file = Files.writeString(dir.resolve("big.json"), json);

    Run run =
        ChildJvm.run(
            dir,
            new byte[0],
            List.of(
                "-Xmx24m",
                "-cp",
                System.getProperty("java.class.path"),
                RateScenario.class.getName(),
                file.toString()));

    assertThat(run.status()).as(run.err()).isEqualTo(RateScenario.FAILURE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .hasLineCount(1)
        .startsWith("out of memory: rating this scenario needs more than the ")
        .contains("run java with a larger -Xmx")
        .doesNotContain("java.lang", "\tat ");
  }

  @Test
  void unexpectedFailuresAreNamedInWords() {
    assertThat(RateScenario.unexpected(new OutOfMemoryError("Java heap space")))
        .startsWith("out of memory: rating this scenario needs more than the ")
        .endsWith(" MiB of heap this JVM may use; run java with a larger -Xmx, such as -Xmx2g");
    assertThat(RateScenario.unexpected(new ExceptionInInitializerError(new OutOfMemoryError())))
        .startsWith("out of memory: ");
    assertThat(RateScenario.unexpected(new StackOverflowError()))
        .isEqualTo("stack overflow: run java with a larger -Xss, such as -Xss8m");
    assertThat(RateScenario.unexpected(new IllegalStateException("broken")))
        .isEqualTo("internal error: java.lang.IllegalStateException: broken");
  }

  @Test
  void aMissingFileIsAFailureInWords() {
    Path missing = dir.resolve("missing.json");
    Run run = TestScenarios.run(missing.toString());
    assertThat(run.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("cannot read '" + missing + "': no such file\n");
  }

  @Test
  void aDirectoryIsAFailureInWords() {
    Run run = TestScenarios.run(dir.toString());
    assertThat(run.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("cannot read '" + dir + "': a directory, not a file\n");
  }

  @Test
  void aPathThroughAFileIsAFailureInWords() throws IOException {
    Path file = dir.resolve("base.json");
    Files.writeString(file, TestScenarios.BASE);
    Path below = file.resolve("x.json");

    Run run = TestScenarios.run(below.toString());

    assertThat(run.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(run.err()).isEqualTo("cannot read '" + below + "': not a directory\n");
  }

  @Test
  void aFileNameWithANulIsAFailureInWords() {
    Run run = TestScenarios.run("a\u0000b.json");
    assertThat(run.status()).isEqualTo(RateScenario.FAILURE);
    assertThat(run.err())
        .isEqualTo(
            "cannot read 'a\\u0000b.json': not a valid file name (nul character not allowed)\n");
  }

  @Test
  void readErrorsAreDescribedInWordsWithoutExceptionNames() {
    // An unreadable file cannot be made here for every user (root reads a file of mode 000), so
    // the mapping of each exception the file system throws is checked directly.
    assertThat(RateScenario.describe(new NoSuchFileException("x.json"))).isEqualTo("no such file");
    assertThat(RateScenario.describe(new AccessDeniedException("x.json")))
        .isEqualTo("permission denied");
    assertThat(RateScenario.describe(new FileSystemLoopException("x.json")))
        .isEqualTo("too many levels of symbolic links");
    assertThat(RateScenario.describe(new FileSystemException("x.json", null, "Is a directory")))
        .isEqualTo("is a directory");
    assertThat(RateScenario.describe(new IOException("I/O error"))).isEqualTo("I/O error");
    assertThat(RateScenario.describe(new IOException())).isEqualTo("an input/output error");
  }

  @Test
  void aFileAboveTheSizeLimitIsInvalidInputAtTheRoot() throws IOException {
    Path file = dir.resolve("huge.json");
    byte[] spaces = new byte[InputLimits.MAX_FILE_BYTES + 1];
    Arrays.fill(spaces, (byte) ' ');
    Files.write(file, spaces);

    Run run = TestScenarios.run(file.toString());

    assertThat(run.status()).isEqualTo(RateScenario.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "$: input exceeds a limit: "
                + (InputLimits.MAX_FILE_BYTES + 1)
                + " bytes, more than the "
                + InputLimits.MAX_FILE_BYTES
                + " bytes a scenario may have\n");
  }

  /**
   * Input that is not UTF-8: each must exit 2 at {@code $}, nothing on standard output, one line
   * saying that a scenario must be UTF-8.
   */
  static Stream<Arguments> notUtf8() {
    Charset utf32be = Charset.forName("UTF-32BE");
    Charset utf32le = Charset.forName("UTF-32LE");
    return Stream.of(
        notUtf8(
            "UTF-16BE with a byte order mark",
            bom(0xFE, 0xFF, UTF_16BE),
            "UTF-16BE (byte order mark FE FF)"),
        notUtf8(
            "UTF-16LE with a byte order mark",
            bom(0xFF, 0xFE, UTF_16LE),
            "UTF-16LE (byte order mark FF FE)"),
        notUtf8(
            "UTF-16BE", TestScenarios.BASE.getBytes(UTF_16BE), "UTF-16BE (NUL bytes at its start)"),
        notUtf8(
            "UTF-16LE", TestScenarios.BASE.getBytes(UTF_16LE), "UTF-16LE (NUL bytes at its start)"),
        notUtf8(
            "UTF-32BE with a byte order mark",
            concat(bytes(0x00, 0x00, 0xFE, 0xFF), TestScenarios.BASE.getBytes(utf32be)),
            "UTF-32BE (byte order mark 00 00 FE FF)"),
        notUtf8(
            "UTF-32LE with a byte order mark",
            concat(bytes(0xFF, 0xFE, 0x00, 0x00), TestScenarios.BASE.getBytes(utf32le)),
            "UTF-32LE (byte order mark FF FE 00 00)"),
        notUtf8(
            "UTF-32BE", TestScenarios.BASE.getBytes(utf32be), "UTF-32BE (NUL bytes at its start)"),
        notUtf8(
            "UTF-32LE", TestScenarios.BASE.getBytes(utf32le), "UTF-32LE (NUL bytes at its start)"),
        notUtf8(
            "a NUL byte in a string",
            TestScenarios.BASE.replace("acme-prod", "acme\u0000prod").getBytes(UTF_8),
            "a NUL byte at line 3 (byte offset 37)"),
        notUtf8(
            "ISO-8859-1",
            "{\"organization\": \"\u00e9\"}".getBytes(ISO_8859_1),
            "not UTF-8: an ill-formed byte sequence starting with 0xE9 at line 1 (byte offset 18)"),
        notUtf8("an overlong '/'", withBytes(0xC0, 0xAF), "starting with 0xC0"),
        notUtf8("an encoded surrogate", withBytes(0xED, 0xA0, 0x80), "starting with 0xED"),
        notUtf8("above U+10FFFF", withBytes(0xF4, 0x90, 0x80, 0x80), "starting with 0xF4"),
        notUtf8("a lone continuation byte", withBytes(0x80), "starting with 0x80"),
        notUtf8("a byte never in UTF-8", withBytes(0xFF), "starting with 0xFF"),
        notUtf8(
            "a sequence cut by the end of the input",
            concat(TestScenarios.BASE.getBytes(UTF_8), bytes(0xE2, 0x82)),
            "starting with 0xE2"));
  }

  private static Arguments notUtf8(String name, byte[] json, String fragment) {
    return Arguments.of(name, json, fragment);
  }

  private static byte[] bom(int b0, int b1, Charset charset) {
    return concat(bytes(b0, b1), TestScenarios.BASE.getBytes(charset));
  }

  /** The base scenario with {@code raw} as the organization's id. */
  private static byte[] withBytes(int... raw) {
    String[] parts = TestScenarios.BASE.split("acme-prod", 2);
    return concat(parts[0].getBytes(UTF_8), bytes(raw), parts[1].getBytes(UTF_8));
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      b.writeBytes(part);
    }
    return b.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("notUtf8")
  void inputThatIsNotUtf8ExitsTwoAtTheRoot(String name, byte[] json, String fragment) {
    Run run = TestScenarios.rate(json);

    assertThat(run.status()).as(run.err()).isEqualTo(RateScenario.INVALID_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .hasLineCount(1)
        .startsWith("$: ")
        .contains(fragment)
        .endsWith("; a scenario must be UTF-8\n");
  }

  @Test
  void aUtf8ByteOrderMarkIsIgnored() {
    Run run =
        TestScenarios.rate(concat(bytes(0xEF, 0xBB, 0xBF), TestScenarios.BASE.getBytes(UTF_8)));
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isEqualTo(RateScenario.OK);
    assertThat(run.out()).isEqualTo(TestScenarios.rate(TestScenarios.BASE).out());
  }

  @Test
  void fourByteCharactersAreUtf8() throws IOException {
    String id = "\ud83d\ude00 \u4e2d";
    Run run = TestScenarios.rate(with(r -> at(r, "users[1]").put("id", id)).getBytes(UTF_8));
    assertThat(run.err()).isEmpty();
    assertThat(VectorChecker.parse(run.out()).get("users").get(1).get("id").textValue())
        .isEqualTo(id);
  }

  @Test
  void controlCharactersInAnErrorAreEscapedOnOneLine() {
    String json =
        with(
            r -> {
              at(r, "users[0]").put("id", "a\nb\u2028c");
              at(r, "users[1]").put("id", "a\nb\u2028c");
            });
    Run run = TestScenarios.rate(json);
    assertThat(run.status()).isEqualTo(RateScenario.INVALID_INPUT);
    assertThat(run.err())
        .isEqualTo("users[1].id: duplicate id 'a\\nb\\u2028c', already used by users[0]\n");
  }

  @Test
  void aSurrogatePairWrittenAsEscapesIsOneCharacter() throws IOException {
    Run run = TestScenarios.rate(TestScenarios.BASE.replace("\"u2\"", "\"\\ud83d\\ude00\""));
    assertThat(run.err()).isEmpty();
    assertThat(VectorChecker.parse(run.out()).get("users").get(1).get("id").textValue())
        .isEqualTo("\ud83d\ude00");
  }

  @Test
  void oneLineEscapesLoneSurrogatesAndKeepsPairs() {
    assertThat(RateScenario.oneLine("a\ud800b\udc00")).isEqualTo("a\\ud800b\\udc00");
    assertThat(RateScenario.oneLine("\ud83d\ude00")).isEqualTo("\ud83d\ude00");
  }

  @Test
  void oneLineEscapesAndShortens() {
    assertThat(RateScenario.oneLine("a\tb\r\u0000")).isEqualTo("a\\tb\\r\\u0000");
    assertThat(RateScenario.oneLine("x".repeat(5000))).hasSize(2003).endsWith("...");
  }

  @Test
  void stdoutIsUtf8() throws IOException {
    String json = with(r -> at(r, "users[1]").put("id", "\u00fcser"));
    Run run = TestScenarios.rate(json.getBytes(UTF_8));
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("\"id\": \"\u00fcser\"");
  }

  @Test
  void theLastPeriodThatEndsIn9999Rates() {
    Run run = TestScenarios.rate(with(r -> at(r, "period").put("index", 95_686)));
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("\"start\": \"9999-11-15T05:00:00Z\"", "\"end\": \"9999-12-15T05:00:00Z\"");
  }

  @Test
  void aPeriodEndingOnTheLastDayOf9999InUtcRates() {
    // Tokyo's midnight of 10000-01-01 is 9999-12-31T15:00Z.
    Run run =
        TestScenarios.rate(
            with(
                r ->
                    at(r, "organization")
                        .put("contractEffectiveDate", "9999-12-01")
                        .put("timeZone", "Asia/Tokyo")));
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("\"end\": \"9999-12-31T15:00:00Z\"");
  }

  @Test
  void aCancellationBefore10000EndsThePeriodInTime() {
    Run run =
        TestScenarios.rate(
            with(
                r ->
                    at(r, "organization")
                        .put("contractEffectiveDate", "9999-12-15")
                        .put("cancelledAt", "9999-12-20T00:00:00Z")));
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("\"end\": \"9999-12-20T00:00:00Z\"", "\"kind\": \"FINAL\"");
  }

  @Test
  void aScenarioWithOnlyRequiredKeysRates() {
    ObjectNode root = TestScenarios.MAPPER.createObjectNode();
    root.putObject("organization")
        .put("id", "tiny")
        .put("environment", "QA")
        .put("status", "TRIAL")
        .put("currency", "JPY")
        .put("licensing", "NAMED")
        .put("contractEffectiveDate", "2026-03-31");
    root.putObject("period").put("index", 1);
    root.putObject("prices");
    root.putArray("users");

    Run run = TestScenarios.rate(root.toString());

    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("\"start\": \"2026-04-30T04:00:00Z\"", "\"end\": \"2026-05-31T04:00:00Z\"")
        .contains("\"kind\": \"RECURRING\"", "\"total\": \"0\"");
  }
}
