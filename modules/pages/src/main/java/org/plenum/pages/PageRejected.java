package org.plenum.pages;

import java.util.List;
import org.plenum.api.Rejected;

/** A page that cannot be saved, with every problem found, each for one field. */
public class PageRejected extends Rejected {

  PageRejected(List<Problem> problems, boolean conflict) {
    super(problems, conflict);
  }
}
