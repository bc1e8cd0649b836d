/**
 * Seatline billing core: rates a contact-center organization's billing period into line items and
 * invoices (<a href="{@docRoot}/index.html#rules">R1-R12</a>) and corrects closed periods (<a
 * href="{@docRoot}/index.html#R13">R13</a>). Pure computation, no I/O; depends on Guava only.
 */
module dev.seatline.billing {
  // Guava is used inside only: no exported signature names a Guava type (PublicApiTest).
  requires com.google.common;
  requires static transitive org.jspecify;

  exports dev.seatline.billing;
  exports dev.seatline.billing.model;
  exports dev.seatline.billing.money;
  exports dev.seatline.billing.rating;
  exports dev.seatline.billing.invoice;
  exports dev.seatline.billing.correction;
}
