package org.plenum.events.web;

/**
 * What an organiser writes on an event's page to cancel or move an occurrence: a word for the
 * members, and the new start and end, local to the event's zone. {@link EventView} acts on it.
 */
public abstract class OccurrenceForm {

  String note;

  String movedStart;

  String movedEnd;

  /**
   * @return a word for the members with a cancellation or move
   */
  public String getNote() {
    return note;
  }

  /**
   * @param note a word for the members
   */
  public void setNote(String note) {
    this.note = note;
  }

  /**
   * @return the new start, local to the event's zone
   */
  public String getMovedStart() {
    return movedStart;
  }

  /**
   * @param movedStart the new start
   */
  public void setMovedStart(String movedStart) {
    this.movedStart = movedStart;
  }

  /**
   * @return the new end, local to the event's zone
   */
  public String getMovedEnd() {
    return movedEnd;
  }

  /**
   * @param movedEnd the new end
   */
  public void setMovedEnd(String movedEnd) {
    this.movedEnd = movedEnd;
  }
}
