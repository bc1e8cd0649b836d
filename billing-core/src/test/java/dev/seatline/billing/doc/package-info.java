/** The build's documentation step: the Javadoc overview page written from the rules document. */
@NullMarked
package dev.seatline.billing.doc;

import org.jspecify.annotations.NullMarked;
