package org.plenum.core.chapters;

import java.util.List;
import org.plenum.api.Rejected;

/** A chapter that cannot be saved, with every problem found. */
public class ChapterRejected extends Rejected {

  ChapterRejected(List<Problem> problems, boolean conflict) {
    super(problems, conflict);
  }
}
