package org.plenum.core.web;

/**
 * What the working screens change in PrimeFaces' widgets, in the browser, for people who use a
 * keyboard or a screen reader. Run once a page, before the widgets are made ({@link PlenumHead});
 * each change leaves a widget that the page does not use alone.
 */
final class WidgetFixes {

  /**
   * An auto-complete's chosen values lose the roles of a list box's options as they are added, as
   * {@link TokenList} draws those chosen before.
   */
  static final String TOKENS =
      "(function(w){if(!w||w.prototype.plenumTokens){return;}var add=w.prototype.addItem;"
          + "w.prototype.addItem=function(item){add.call(this,item);if(this.cfg.multiple){"
          + "this.multiItemContainer.children('li.ui-autocomplete-token')"
          + ".removeAttr('role aria-selected aria-label');}};w.prototype.plenumTokens=true;})"
          + "(window.PrimeFaces&&PrimeFaces.widget&&PrimeFaces.widget.AutoComplete);";

  /**
   * A confirmation dialog keeps the focus it gives its first answer: opened from a button in a
   * table's cell, the table would take it back for the cell as the click reaches it, and a keyboard
   * user would be left behind the dialog.
   */
  static final String CONFIRM_FOCUS =
      "(function(w){if(!w||w.prototype.plenumFocus){return;}var focus=w.prototype.applyFocus;"
          + "w.prototype.applyFocus=function(){var d=this;focus.call(d);setTimeout(function(){"
          + "if(d.isVisible()&&!d.jq[0].contains(document.activeElement)){focus.call(d);}},0);};"
          + "w.prototype.plenumFocus=true;})"
          + "(window.PrimeFaces&&PrimeFaces.widget&&PrimeFaces.widget.ConfirmDialog);";

  /**
   * A table's choice of columns is a dialog named by the button that opens it, and its closing link
   * says what it does.
   */
  static final String COLUMN_CHOICE =
      "(function(w){if(!w||w.prototype.plenumNamed){return;}var render=w.prototype.render;"
          + "w.prototype.render=function(){render.call(this);"
          + "this.closer.attr({'aria-label':this.getAriaLabel('close'),role:'button'});"
          + "this.panel.attr('aria-label',this.trigger.text().trim());"
          + "this.itemContainer.children('li').attr('role','none');};"
          + "w.prototype.plenumNamed=true;})"
          + "(window.PrimeFaces&&PrimeFaces.widget&&PrimeFaces.widget.ColumnToggler);";

  /** All of them, as one script. */
  static final String ALL = TOKENS + CONFIRM_FOCUS + COLUMN_CHOICE;

  private WidgetFixes() {}
}
