package dev.seatline.billing.examples.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** A small valid scenario to derive test scenarios from, and a way to run one. */
final class TestScenarios {
  /**
   * NAMED, USD, contract 2026-01-15 in New York, period 0 = [2026-01-15T05:00Z, 2026-02-15T05:00Z).
   * u1 is billed PURECLOUD_3 (150.00) with SALESFORCE (10.00), u2 COMMUNICATE (25.00): 3 included
   * ports; 5 calls for 4 hours leave 2 excess ports x 4 h = 8 port-hours x 0.0125 = 0.10. RECURRING
   * total 185.10; ORDER ord-1 4500.00; SHIPMENT shp-1 10 x 99.00 = 990.00.
   */
  static final String BASE =
      """
      {
        "organization": {
          "id": "acme-prod", "environment": "PRODUCTION", "status": "PAID", "currency": "USD",
          "licensing": "NAMED", "contractEffectiveDate": "2026-01-15",
          "timeZone": "America/New_York", "cancelledAt": null
        },
        "period": { "index": 0, "asOf": null },
        "prices": {
          "seat": { "COMMUNICATE": "25.00", "PURECLOUD_1": "75.00", "PURECLOUD_2": "110.00",
                    "PURECLOUD_3": "150.00" },
          "addOn": { "SALESFORCE": "10.00" },
          "excessPortHour": "0.0125",
          "oneTime": { "ENABLEMENT_STANDARD": "4500.00" },
          "hardware": { "HEADSET_H1": "99.00" }
        },
        "users": [
          {
            "id": "u1",
            "licenses": [ { "tier": "PURECLOUD_3", "from": "2026-01-10T05:00:00Z", "to": null } ],
            "addOns": [ { "addOn": "SALESFORCE", "from": "2026-01-10T05:00:00Z", "to": null } ],
            "sessions": [ { "channel": "WEB", "from": "2026-01-16T14:00:00Z",
                            "to": "2026-01-16T22:00:00Z" } ],
            "onQueue": [ { "from": "2026-01-16T14:05:00Z", "to": "2026-01-16T21:55:00Z" } ],
            "deletedAt": null
          },
          {
            "id": "u2",
            "licenses": [ { "tier": "COMMUNICATE", "from": "2026-01-10T05:00:00Z" } ],
            "sessions": [ { "channel": "DESKTOP", "from": "2026-01-20T14:00:00Z",
                            "to": "2026-01-20T15:00:00Z" } ]
          }
        ],
        "callPorts": [ { "at": "2026-01-16T14:00:00Z", "concurrentCalls": 5 },
                       { "at": "2026-01-16T18:00:00Z", "concurrentCalls": 0 } ],
        "orders": [ { "id": "ord-1", "placedAt": "2026-01-15T15:00:00Z",
                      "oneTime": [ { "sku": "ENABLEMENT_STANDARD", "quantity": 1 } ] } ],
        "shipments": [ { "id": "shp-1", "orderId": "ord-1", "shippedAt": "2026-01-20T15:00:00Z",
                         "items": [ { "sku": "HEADSET_H1", "quantity": 10 } ] } ]
      }
      """;

  static final ObjectMapper MAPPER = new ObjectMapper();

  private TestScenarios() {}

  /** The base scenario as a mutable tree. */
  static ObjectNode base() {
    try {
      return (ObjectNode) MAPPER.readTree(BASE);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The base scenario changed by {@code change}, as JSON text. */
  static String with(Consumer<ObjectNode> change) {
    ObjectNode root = base();
    change.accept(root);
    return root.toString();
  }

  /** The object at {@code path} (dotted names and [index]) below {@code root}. */
  static ObjectNode at(ObjectNode root, String path) {
    String pointer = "/" + path.replace(".", "/").replace("[", "/").replace("]", "");
    return (ObjectNode) root.at(pointer);
  }

  /** The array {@code name} of {@code object}. */
  static ArrayNode array(ObjectNode object, String name) {
    return (ArrayNode) object.get(name);
  }

  /** What one run printed and returned. */
  record Run(int status, String out, String err) {}

  /** Runs {@code json} through {@link RateScenario#rate}, the jar's code path after the read. */
  static Run rate(String json) {
    return rate(json.getBytes(UTF_8));
  }

  /** Runs the bytes {@code json} through {@link RateScenario#rate}. */
  static Run rate(byte[] json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        RateScenario.rate(
            json, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
  }

  /** Runs the command line with {@code args} and an empty standard input. */
  static Run run(String... args) {
    return runWithInput(InputStream.nullInputStream(), args);
  }

  /** Runs the command line with {@code args}, {@code stdin} as its standard input. */
  static Run runWithInput(InputStream stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        RateScenario.run(
            args, stdin, new PrintStream(out, true, UTF_8), new PrintStream(err, true, UTF_8));
    return new Run(status, out.toString(UTF_8), err.toString(UTF_8));
  }
}
