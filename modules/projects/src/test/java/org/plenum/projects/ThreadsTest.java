package org.plenum.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadsTest {

  private static long next = 1;

  private static Message message(Message parent) throws ReflectiveOperationException {
    Message m = new Message(7, parent, 3);
    Field id = Message.class.getDeclaredField("id");
    id.setAccessible(true);
    id.set(m, next++);
    m.thread();
    return m;
  }

  /** Threads of two messages each: a first message and a reply. */
  private static List<Message> threads(int n) throws ReflectiveOperationException {
    List<Message> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Message first = message(null);
      all.add(first);
      all.add(message(first));
    }
    return all;
  }

  private static List<Long> ids(Threads.Page p) {
    return p.entries().stream().map(Map.Entry::getKey).map(Message::getId).toList();
  }

  @Test
  void theLatestThreadsComeFirstWithTheirRepliesAndTheRestOnLaterPages() throws Exception {
    List<Message> all = threads(25);
    Threads.Page first = Threads.page(Threads.reading(all), null, 1, 10);
    assertEquals(3, first.count());
    assertEquals(20, first.entries().size());
    assertEquals(all.get(48).getId(), ids(first).get(0), "the last thread started, first");
    assertEquals(all.get(49).getId(), ids(first).get(1), "followed by its reply");
    Threads.Page last = Threads.page(Threads.reading(all), null, 3, 10);
    assertEquals(10, last.entries().size(), "five threads left");
    assertEquals(1, Threads.page(Threads.reading(all), null, 99, 10).number(), "out of range");
  }

  @Test
  void aMessageAnsweredOrChangedBringsItsThreadsPage() throws Exception {
    List<Message> all = threads(25);
    Long oldReply = all.get(1).getId();
    Threads.Page p = Threads.page(Threads.reading(all), oldReply, 1, 10);
    assertEquals(3, p.number());
    assertEquals(true, ids(p).contains(oldReply));
    assertEquals(1, Threads.page(List.of(), null, 1, 10).count(), "an empty discussion");
  }
}
