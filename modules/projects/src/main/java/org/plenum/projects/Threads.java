package org.plenum.projects;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The order a discussion is read in: thread by thread, each message followed by its replies. */
public final class Threads {

  private Threads() {}

  /**
   * Puts a thread's messages in reading order: each followed by its replies, depth first.
   *
   * @param messages a project's messages
   * @return each with its depth below its thread's first message, in reading order
   */
  public static List<Map.Entry<Message, Integer>> reading(List<Message> messages) {
    Map<Long, List<Message>> children = new HashMap<>();
    List<Message> roots = new ArrayList<>();
    for (Message m : messages) {
      if (m.getParentId() == null) {
        roots.add(m);
      } else {
        children.computeIfAbsent(m.getParentId(), k -> new ArrayList<>()).add(m);
      }
    }
    List<Map.Entry<Message, Integer>> order = new ArrayList<>();
    for (Message root : roots) {
      walk(root, 0, children, order);
    }
    return order;
  }

  private static void walk(
      Message m,
      int depth,
      Map<Long, List<Message>> children,
      List<Map.Entry<Message, Integer>> order) {
    order.add(Map.entry(m, depth));
    for (Message c : children.getOrDefault(m.getId(), List.of())) {
      walk(c, depth + 1, children, order);
    }
  }
}
