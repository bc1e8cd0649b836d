package dev.seatline.billing.examples.report;

/**
 * Text made safe for HTML and XML (R12: ids and explanations come from the input): {@code & < > "
 * '} as character references, and every character XML 1.0 does not allow (controls other than tab,
 * line feed and carriage return, lone surrogates, U+FFFE and U+FFFF) as U+FFFD, so that every
 * inline SVG stays well-formed XML.
 *
 * <p>Stateless. Example: {@code Html.escape("a<b")} is {@code a}, the character reference for
 * {@code <}, then {@code b}.
 */
final class Html {
  private static final char REPLACEMENT = '\uFFFD';

  private Html() {}

  /** {@code text} escaped for an element's content or a quoted attribute value. */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          if (Character.isHighSurrogate(c)
              && i + 1 < text.length()
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            b.append(c).append(text.charAt(++i));
          } else if (allowed(c)) {
            b.append(c);
          } else {
            b.append(REPLACEMENT);
          }
        }
      }
    }
    return b.toString();
  }

  private static boolean allowed(char c) {
    if (c < 0x20) {
      return c == '\t' || c == '\n' || c == '\r';
    }
    return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }
}
