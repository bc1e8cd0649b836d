package dev.seatline.billing.examples.cli;

import dev.seatline.billing.model.AccountStatus;
import dev.seatline.billing.model.BillingCalendar;
import dev.seatline.billing.model.Channel;
import dev.seatline.billing.model.Edition;
import dev.seatline.billing.model.Environment;
import dev.seatline.billing.model.LicenseTier;
import dev.seatline.billing.model.LicensingModel;
import dev.seatline.billing.model.TierCatalog;
import dev.seatline.billing.money.BillingCurrency;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The text {@code --help} prints: usage, arguments, exit statuses, the scenario and result formats
 * in brief and the input limits, complete in itself (it points to no file). The enum names, counts
 * and limits are those the reader enforces.
 *
 * <p>Stateless. Example: {@code Help.text()} starts with {@link RateScenario#USAGE}.
 */
final class Help {
  private Help() {}

  /** The help text, lines of at most 100 characters, ending with a line break. */
  static String text() {
    return """
        %s

        Rates one billing period of one organization, described by a scenario (JSON), and prints
        the invoices and every user's outcome as JSON on standard output.

        Arguments:
          SCENARIO.json  the scenario file (a name that starts with '-' is given as ./-name.json)
          -              read the scenario from standard input
          --html FILE    also write the result as one HTML page to FILE (replaced if it exists),
                         written only when the scenario rates: the users on queue per
                         contact-center tier of a CONCURRENT organization with the sustained
                         window and the seats billed, the concurrent calls with the included
                         ports and the excess, the invoices, who was not billed and why; times
                         in the organization's zone with their offset; no script and no
                         external resource (each chart column is drawn at its highest value)
          --help, -h     print this help and exit
          --version      print the version and exit
          --tables DIR --out OUTDIR SELECTION
                         rate every organization of the CSV tables in DIR (organizations.csv,
                         users.csv, ...) instead and write the output tables into OUTDIR
                         (invoices.csv, ..., errors.csv); SELECTION is --period N,
                         --period-containing INSTANT, --closed-between FROM TO or --as-of
                         INSTANT; --tables DIR --help says more
          --import SOURCE --org ORG --interval FROM/TO --out DIR FILE...
                         instead, write the input tables (users, sessions, on_queue, licenses)
                         of one organization from the vendor's exports: SOURCE is
                         genesys-user-details, genesys-licenses or singer-user-state; its own
                         options and exit statuses: --import genesys-user-details --help

        Corrections of a closed period (R13):
          %s
          ISSUED.json    the result of the run that invoiced the period, or a JSON array of such
                         results and earlier corrections, oldest first ('-': standard input)
          SCENARIO.json  the new data of the same organization and period ('-': standard input)
          --at INSTANT   the correction instant, at or after the period's end; every invoice is
                         issued on its local date
          prints a result of CORRECTION invoices (ref: the id of the corrected invoice; quantities
          and amounts are differences, negative for credits), new ORDER and SHIPMENT invoices and
          the users' new outcomes; no invoice when nothing changed. Paths of ISSUED.json start
          with issued (issued.organization, issued[1].invoices[0].ref), --at names the instant

        Exit status:
          0  rated: the result JSON on standard output, nothing on standard error
          2  invalid input: nothing on standard output, one line on standard error that starts
             with the JSON path of the offending element, as in
               users[3].sessions[0]: 'to' 2026-01-20T14:00:00Z must be after 'from' ...
             $ is the input as a whole (malformed JSON, not UTF-8, a limit exceeded); a key that
             is not a plain name is written in brackets, as in prices.addOn['crm.sync']
          1  any other failure (a usage error, an unknown option, --html without a file name,
             a file that cannot be read or a report that cannot be written, out of memory):
             one line on standard error

        Scenario, in UTF-8 (?: optional, may also be null; unknown keys, duplicate keys and
        values of the wrong type are invalid input):
          {
            "organization": {
              "id": "acme-prod",
              "environment": %s,
              "status": %s,
              "currency": %s,
              "licensing": %s,
              "contractEffectiveDate": "2026-01-15",
              "timeZone"?: ZONE,
              "concurrentSeatsPurchased"?: COUNT,
              "addOnLicensesPurchased"?: { NAME: COUNT },
              "cancelledAt"?: INSTANT,
              "edition"?: %s,
              "commitments"?: { TIER: COUNT }, "minimumMonthlyAmount"?: PRICE
            },
            "period": { "index": INDEX, "asOf"?: INSTANT },
            "prices": {
              "seat"?: { TIER: PRICE }, "addOn"?: { NAME: PRICE }, "excessPortHour"?: PRICE,
              "oneTime"?: { SKU: PRICE }, "hardware"?: { SKU: PRICE },
              "committedSeat"?: { TIER: PRICE }, "overageSeat"?: { TIER: PRICE },
              "seatHour"?: { TIER: PRICE },
              "meters"?: { METER: { "overage": PRICE, "increment"?: DECIMAL,
                                    "allowancePerSeat"?: { TIER: DECIMAL },
                                    "allowancePerOrganization"?: DECIMAL } }
            },
            "users": [ {
              "id": "u1",
              "licenses"?: [ { "tier": TIER, "from": INSTANT, "to"?: INSTANT } ],
              "addOns"?: [ { "addOn": NAME, "from": INSTANT, "to"?: INSTANT } ],
              "sessions"?: [ { "channel": CHANNEL, "from": INSTANT, "to"?: INSTANT } ],
              "onQueue"?: [ { "from": INSTANT, "to"?: INSTANT } ],
              "deletedAt"?: INSTANT
            } ],
            "callPorts"?: [ { "at": INSTANT, "concurrentCalls": COUNT } ],
            "orders"?: [ { "id": "ord-1", "placedAt": INSTANT,
                           "oneTime": [ { "sku": SKU, "quantity": COUNT } ] } ],
            "shipments"?: [ { "id": "shp-1", "orderId": "ord-1", "shippedAt": INSTANT,
                              "items": [ { "sku": SKU, "quantity": COUNT } ] } ],
            "usage"?: [ { "meter": METER, "at": INSTANT, "quantity": DECIMAL } ]
          }
          TIER     PURECLOUD_FAQ (default): %s
                   GENESYS_CLOUD: %s
          CHANNEL  %s
          INSTANT  "2026-01-16T14:00:00Z": yyyy-MM-ddTHH:mm[:ss[.fffffffff]] then Z or +HH:MM
                   or -HH:MM; an interval is [from, to), an omitted "to" still open
          COUNT    a JSON integer from 0 to %d (a quantity from 1)
          PRICE    a decimal string such as "12.50" (no exponent); null is no price
          METER    a meter of metered usage such as "VOICE_MINUTES", priced in prices.meters;
                   each record is rounded up to the increment, the usage above the allowances
                   (per billed seat of each tier, plus per organization) is a USAGE line
          DECIMAL  a decimal string from 0 with at most 9 decimals, such as "1.0167"; an
                   increment is above 0
          ZONE     an IANA zone id such as "Europe/Paris", default "America/New_York"; "EST",
                   "MST" and "HST" are the fixed offsets -05:00, -07:00 and -10:00 (so "EST" is
                   not New York); not an offset ("+05:00"), not "SystemV/..."
          INDEX    0 to %d: period n runs from local midnight of the contract date plus n
                   months to that of plus n+1 months, in the zone; it must end by
                   %s

        Result:
          { "organization", "period": { "index", "start", "end", "asOf" }, "currency",
            "invoices": [ { "id", "kind", "ref", "issuedOn", "dueOn", "taxesIncluded",
                            "lines": [ { "id", "code", "item", "quantity", "unitPrice", "amount",
                                         "explanation" } ],
                            "total" } ],
            "users": [ { "id", "billed", "tier", "reason" } ] }
          quantities, prices and amounts are decimal strings; every invoice is due 30 days after
          its issue

        Limits (exceeding one is invalid input at $):
          input                    %d bytes (%d MiB)
          nesting of [ and {       %d levels
          a string or a key        %d characters
          a number                 %d characters
        """
        .formatted(
            RateScenario.USAGE,
            CorrectScenario.USAGE,
            names(Environment.values()),
            names(AccountStatus.values()),
            names(BillingCurrency.values()),
            names(LicensingModel.values()),
            names(Edition.values()),
            TierCatalog.faq().tiers().stream()
                .map(LicenseTier::name)
                .collect(Collectors.joining(" | ")),
            TierCatalog.genesysCloud().tiers().stream()
                .map(LicenseTier::name)
                .collect(Collectors.joining(" | ")),
            names(Channel.values()),
            ScenarioReader.MAX_COUNT,
            BillingCalendar.MAX_INDEX,
            ScenarioReader.LATEST_PERIOD_END,
            InputLimits.MAX_FILE_BYTES,
            InputLimits.MAX_FILE_BYTES / (1024 * 1024),
            InputLimits.MAX_NESTING_DEPTH,
            InputLimits.MAX_STRING_LENGTH,
            InputLimits.MAX_NUMBER_LENGTH);
  }

  private static String names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(" | "));
  }
}
