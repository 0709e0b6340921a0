package org.plenum.core.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One named site setting. */
@Entity
@Table(name = "plenum_setting")
public class Setting {
  @Id private String name;

  @Column(name = "setting_value")
  private String value;

  @Version private long version;

  protected Setting() {}

  Setting(String name, String value) {
    this.name = name;
    this.value = value;
  }

  String name() {
    return name;
  }

  String value() {
    return value;
  }

  void value(String value) {
    this.value = value;
  }
}
