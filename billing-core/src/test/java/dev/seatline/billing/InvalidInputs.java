package dev.seatline.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.seatline.billing.model.InvalidInputException;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Assertions on {@link InvalidInputException}s shared by the example tests. */
@SuppressWarnings("exports") // AssertJ types in the signatures: test code only
public final class InvalidInputs {
  private InvalidInputs() {}

  /**
   * Asserts that {@code call} throws an {@link InvalidInputException} whose path is {@code path};
   * the returned assertion checks the message further.
   */
  public static AbstractThrowableAssert<?, ? extends Throwable> assertInvalidAt(
      String path, ThrowingCallable call) {
    return assertThatThrownBy(call)
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).path()).isEqualTo(path));
  }

  /** Asserts that {@code call} throws a NullPointerException naming {@code name}. */
  public static void assertNullRejected(String name, ThrowingCallable call) {
    assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(name);
  }
}
