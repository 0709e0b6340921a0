package org.plenum.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import jakarta.servlet.SessionCookieConfig;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StartupListenerTest {

  /** The session cookie's settings as the container keeps them: a property bag. */
  private static SessionCookieConfig cookie(Map<String, Object> values) {
    return (SessionCookieConfig)
        Proxy.newProxyInstance(
            StartupListenerTest.class.getClassLoader(),
            new Class<?>[] {SessionCookieConfig.class},
            (proxy, method, args) -> {
              String name = method.getName();
              if (name.startsWith("set") && args != null && args.length == 1) {
                values.put(name.substring(3), args[0]);
                return null;
              }
              String key = name.startsWith("is") ? name.substring(2) : name.substring(3);
              return values.get(key);
            });
  }

  @Test
  @DisplayName("16.2: over https the session cookie is Secure and __Host- prefixed")
  void httpsSitesSecureTheirSessionCookie() {
    Map<String, Object> values = new HashMap<>(Map.of("Name", "PLENUMSESSION", "Secure", false));
    StartupListener.secureSessionCookie(cookie(values), "https://iops.example.org");
    assertEquals(true, values.get("Secure"));
    assertEquals("__Host-PLENUMSESSION", values.get("Name"));
    assertEquals("/", values.get("Path"));
  }

  @Test
  @DisplayName("16.2: over plain http (a local site) the cookie stays as it is")
  void plainHttpLeavesTheCookie() {
    Map<String, Object> values = new HashMap<>(Map.of("Name", "PLENUMSESSION", "Secure", false));
    StartupListener.secureSessionCookie(cookie(values), "http://localhost:8080");
    assertEquals(false, values.get("Secure"));
    assertNotEquals("__Host-PLENUMSESSION", values.get("Name"));
  }
}
