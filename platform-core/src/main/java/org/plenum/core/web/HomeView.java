package org.plenum.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.plenum.core.modules.ModuleRegistry;
import org.plenum.core.settings.SiteSettings;
import org.plenum.spi.FeedLink;
import org.plenum.spi.HomeBlock;

/** The home page: the blocks of the enabled modules, in the order the settings give. */
@Named("home")
@RequestScoped
public class HomeView {

  @Inject Instance<HomeBlock> blocks;

  @Inject ModuleRegistry registry;

  @Inject SiteSettings settings;

  @Inject CurrentRequest current;

  private List<HomeBlock> shown;

  /**
   * @return the blocks to show, in order
   */
  public List<HomeBlock> getBlocks() {
    if (shown != null) {
      return shown;
    }
    current.cache(PageCache.ANY);
    List<String> order = settings.homeBlockOrder();
    List<HomeBlock> list = new ArrayList<>();
    for (HomeBlock b : blocks) {
      if (registry.isEnabled(b.moduleId())) {
        list.add(b);
      }
    }
    list.sort(
        Comparator.comparingInt(
                (HomeBlock b) -> {
                  int i = order.indexOf(b.blockId());
                  return i < 0 ? 1000 + b.defaultOrder() : i;
                })
            .thenComparing(HomeBlock::blockId));
    shown = List.copyOf(list);
    return shown;
  }

  /**
   * @return the feeds of the blocks shown, for the page's head, each once
   */
  public List<FeedLink> getFeeds() {
    List<FeedLink> feeds = new ArrayList<>();
    for (HomeBlock b : getBlocks()) {
      for (FeedLink f : b.feeds(current.getLang())) {
        if (feeds.stream().noneMatch(g -> g.path().equals(f.path()))) {
          feeds.add(f);
        }
      }
    }
    return feeds;
  }
}
