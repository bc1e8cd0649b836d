/**
 * Tables in, tables out ({@code conformance/TABLES.md}): many organizations of any size in one set
 * of input tables, rated one organization at a time with the same read model and engine as a
 * scenario file (R1-R12), written as the output tables invoices, invoice_lines, user_outcomes and
 * errors. {@link dev.seatline.billing.examples.tables.Table} names the input tables, {@link
 * dev.seatline.billing.examples.tables.OrganizationRows} holds one organization's rows, {@link
 * dev.seatline.billing.examples.tables.OrganizationRating} rates them and {@link
 * dev.seatline.billing.examples.tables.TablesRun} runs a whole directory of CSV tables.
 */
@NullMarked
package dev.seatline.billing.examples.tables;

import org.jspecify.annotations.NullMarked;
