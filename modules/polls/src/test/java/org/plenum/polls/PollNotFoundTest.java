package org.plenum.polls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.plenum.api.rest.ProblemException;

class PollNotFoundTest {

  @Test
  void aPollGoneIsAnsweredNotFoundInTheReadersWordsNotAsAnInternalError() {
    ProblemException gone = assertInstanceOf(ProblemException.class, new PollNotFound(7L));
    assertEquals(404, gone.status());
    assertEquals("polls.error.notFound", gone.key());
  }
}
