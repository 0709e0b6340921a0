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

  /**
   * One page of a discussion's threads, the most recently started first.
   *
   * @param entries the messages in reading order, with their depth
   * @param number the page, from 1
   * @param count how many pages the threads fill, at least 1
   */
  public record Page(List<Map.Entry<Message, Integer>> entries, int number, int count) {}

  /**
   * Cuts a discussion into pages of threads, the most recently started first, and picks the page
   * asked for — or the one holding a message the reader is about to answer, change or report.
   *
   * @param reading the messages in reading order, from {@link #reading(List)}
   * @param focus a message whose thread must be shown, or {@code null}
   * @param asked the page asked for, from 1; out of range is the first
   * @param size threads a page
   * @return the page
   */
  public static Page page(
      List<Map.Entry<Message, Integer>> reading, Long focus, int asked, int size) {
    List<List<Map.Entry<Message, Integer>>> threads = new ArrayList<>();
    for (Map.Entry<Message, Integer> e : reading) {
      if (e.getValue() == 0 || threads.isEmpty()) {
        threads.add(new ArrayList<>());
      }
      threads.get(threads.size() - 1).add(e);
    }
    java.util.Collections.reverse(threads);
    int count = Math.max(1, (threads.size() + size - 1) / size);
    int number = asked >= 1 && asked <= count ? asked : 1;
    if (focus != null) {
      for (int t = 0; t < threads.size(); t++) {
        for (Map.Entry<Message, Integer> e : threads.get(t)) {
          if (focus.equals(e.getKey().getId())) {
            number = t / size + 1;
          }
        }
      }
    }
    List<Map.Entry<Message, Integer>> shown = new ArrayList<>();
    threads
        .subList((number - 1) * size, Math.min(number * size, threads.size()))
        .forEach(shown::addAll);
    return new Page(shown, number, count);
  }
}
