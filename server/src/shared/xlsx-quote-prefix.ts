import { createRequire } from 'node:module';

// ExcelJS (4.4) has no `quotePrefix` cell style, the spreadsheet's own "this is text" mark
// (what typing an apostrophe before a value sets). This teaches its style writer the one
// attribute: a cell whose style says `quotePrefix: true` gets an <xf quotePrefix="1">, so text
// that looks like a formula stays text when it is edited, with nothing added to the value.
// Decision: a small patch of two ExcelJS classes beats a visible apostrophe in every such cell
// (issue 11, item 19); the export tests read the attribute back from the file.

type XmlStream = { openNode(name: string, attributes?: object): void; addAttribute(name: string, value: string): void };
type StyleModel = { quotePrefix?: boolean } | undefined;

const require = createRequire(import.meta.url);
const StyleXform = require('exceljs/lib/xlsx/xform/style/style-xform.js') as {
  prototype: { render(xmlStream: XmlStream, model: Record<string, unknown>): void };
};
const StylesXform = require('exceljs/lib/xlsx/xform/style/styles-xform.js') as {
  prototype: {
    addStyleModel(model: StyleModel, cellType?: number): number;
    _addStyle(style: Record<string, unknown>): number;
  };
};

const patched = Symbol.for('tawasul.exceljs.quotePrefix');
const registry = globalThis as Record<symbol, boolean>;

if (!registry[patched]) {
  registry[patched] = true;

  const addStyleModel = StylesXform.prototype.addStyleModel;
  StylesXform.prototype.addStyleModel = function (this: typeof StylesXform.prototype, model, cellType) {
    if (!model?.quotePrefix) return addStyleModel.call(this, model, cellType);
    const addStyle = this._addStyle;
    this._addStyle = (style) => addStyle.call(this, { ...style, quotePrefix: true });
    try {
      return addStyleModel.call(this, model, cellType);
    } finally {
      this._addStyle = addStyle;
    }
  };

  const render = StyleXform.prototype.render;
  StyleXform.prototype.render = function (this: unknown, xmlStream, model) {
    if (!model.quotePrefix) return render.call(this, xmlStream, model);
    const openNode = xmlStream.openNode;
    xmlStream.openNode = function (this: XmlStream, name, attributes) {
      openNode.call(this, name, attributes);
      if (name === 'xf') this.addAttribute('quotePrefix', '1');
    };
    try {
      render.call(this, xmlStream, model);
    } finally {
      xmlStream.openNode = openNode;
    }
  };
}
