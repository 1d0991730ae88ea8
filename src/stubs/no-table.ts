// Stands in for cli-table3 in the bundle: marked-terminal draws Markdown tables with it, and the
// Markdown newsread hands it never has one (pipes in article text are escaped).
export default class Table {
  constructor() {
    throw new Error("newsread does not render Markdown tables in the terminal");
  }
}
