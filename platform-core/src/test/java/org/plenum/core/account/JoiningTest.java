package org.plenum.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JoiningTest {

  @Test
  @DisplayName("16.4: asking for a reset link does its work after the response")
  void forgotHandsTheWorkToTheExecutor() {
    List<Runnable> queued = new ArrayList<>();
    List<String> mailed = new ArrayList<>();
    Joining joining = new Joining();
    joining.afterResponse =
        (ManagedExecutorService)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class},
                (proxy, method, args) -> {
                  if ("execute".equals(method.getName())) {
                    queued.add((Runnable) args[0]);
                    return null;
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    joining.resetMails =
        new Joining() {
          @Override
          public void mailReset(String email, String lang) {
            mailed.add(email + " " + lang);
          }
        };
    joining.forgot("ada@example.org", "fr", "192.0.2.1");
    assertEquals(List.of(), mailed, "nothing about the address is looked up in the request");
    assertEquals(1, queued.size());
    queued.get(0).run();
    assertEquals(List.of("ada@example.org fr"), mailed);
    for (int i = 0; i < 10; i++) {
      joining.forgot("ada@example.org", "fr", "192.0.2.1");
    }
    assertEquals(5, queued.size(), "a flood of requests for one address is not all mailed");
  }
}
