/** Tests of the tables path: readers, rating one organization, the run, the command line. */
@NullMarked
package dev.seatline.billing.examples.tables;

import org.jspecify.annotations.NullMarked;
