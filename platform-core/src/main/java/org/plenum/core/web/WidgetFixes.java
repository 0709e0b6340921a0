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

  /**
   * A file chosen in an upload field is listed as PrimeFaces lists it, within the site's policy:
   * its picture previewed from a {@code data:} address (the policy takes no {@code blob:} images),
   * its progress bar drawn without a {@code style} attribute, and its cancel button named by the
   * field's own word for it.
   */
  static final String UPLOAD_ROWS =
      "(function(w){if(!w||w.prototype.plenumRows){return;}w.prototype.addFileToRow=f"
          + "unction(file,data){var u=this;if(u.emptyFacet.length>0){u.emptyFacet.hide();u."
          + "filesFacet.parent().show();}var bar=u.buttonBar.find('.ui-fileupload-cancel')."
          + "first();var cancel=bar.find('.ui-button-text').text();var icon=bar.find('.ui-b"
          + "utton-icon-left').attr('class')||'ui-button-icon-left ui-icon ui-icon-close';v"
          + "ar row=$('<div class=\"ui-fileupload-row\"></div>').append('<div class=\"ui-fileu"
          + "pload-preview\"></div>').append($('<div class=\"ui-fileupload-filename\"></div>')"
          + ".text(file.name)).append($('<div></div>').text(PrimeFaces.utils.formatBytes(fi"
          + "le.size))).append('<div class=\"ui-fileupload-progress\"></div>').append($('<div"
          + "></div>').append($('<button type=\"button\" class=\"ui-fileupload-cancel ui-butto"
          + "n ui-widget ui-state-default ui-button-icon-only\"></button>').attr('aria-label"
          + "',cancel).append($('<span aria-hidden=\"true\"></span>').attr('class',icon)).app"
          + "end($('<span class=\"ui-button-text\"></span>').text(cancel)))).appendTo(u.files"
          + "Facet);if(u.filesFacet.children('.ui-fileupload-row').length>1){$('<div class="
          + "\"ui-widget-content\"></div>').prependTo(row);}if(window.FileReader&&u.IMAGE_TYP"
          + "ES.test(file.name)){var canvas=$('<canvas></canvas>').appendTo(row.children('d"
          + "iv.ui-fileupload-preview'));var reader=new FileReader();reader.onload=function"
          + "(){var img=new Image();img.onload=function(){var width=Math.min(u.cfg.previewW"
          + "idth,this.width);var height=parseInt(this.height*width/this.width);canvas.attr"
          + "({width:width,height:height});canvas.get(0).getContext('2d').drawImage(img,0,0"
          + ",width,height);};img.src=reader.result;};reader.readAsDataURL(file);}row.child"
          + "ren('div.ui-fileupload-progress').append($('<div class=\"ui-progressbar ui-widg"
          + "et ui-widget-content\" role=\"progressbar\" aria-valuemin=\"0\" aria-valuemax=\"100\""
          + " aria-valuenow=\"0\"></div>').attr('aria-label',file.name).append($('<div class="
          + "\"ui-progressbar-value ui-widget-header\"></div>').hide().css('width','0%')));fi"
          + "le.row=row;row.data('fileId',u.fileId++);row.data('filedata',data);u.files.pus"
          + "h(file);if(u.cfg.auto){u.upload();}u.postSelectFile(data);};w.prototype.plenum"
          + "Rows=true;})(window.PrimeFaces&&PrimeFaces.widget&&PrimeFaces.widget.FileUploa"
          + "d);";

  /** All of them, as one script. */
  static final String ALL = TOKENS + CONFIRM_FOCUS + COLUMN_CHOICE + UPLOAD_ROWS;

  private WidgetFixes() {}
}
