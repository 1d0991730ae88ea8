import { describe, expect, it } from "vitest";
import { deriveHeadline } from "../../src/parse/headline.js";
import { paragraphs, parse, prose } from "./helpers.js";

describe("headline", () => {
  it.each([
    ["a short line over the body", `Council closes old bridge\n${prose(1)}\n${prose(2)}`, "Council closes old bridge"],
    ["a markdown title", `# Council closes old bridge\n\n${prose(1)}`, "Council closes old bridge"],
    ["a title with a full stop, set apart", `Council closes old bridge.\n\n${prose(1)}\n\n${prose(2)}`, "Council closes old bridge"],
    ["a two-sentence title, set apart", `Bridge closes. Again.\n\n${prose(1)}`, "Bridge closes. Again"],
    ["a title over a two-line subtitle", `Bridge closes for summer;\nTraffic diverted through the town.\n\n${prose(1)}`, "Bridge closes for summer; Traffic diverted through the town"],
    ["a title ending with an agency's name", `Weak dollar hits Reuters\n\n${prose(1)}`, "Weak dollar hits Reuters"],
    ["a question", `Will the bridge ever reopen?\n\n${prose(1)}`, "Will the bridge ever reopen?"],
    ["a title with a site name", `Bridge closes | The Town Paper\n\n${prose(1)}`, "Bridge closes | The Town Paper"],
    ["a title starting with a quote", `'We need it back': town fights closure\n\n${prose(1)}`, "'We need it back': town fights closure"],
    ["a closing full stop inside a quote mark", `Mayor calls closure 'a disgrace.'\n\n${prose(1)}`, "Mayor calls closure 'a disgrace'"],
    ["a brand name in lower case with a capital inside", `iTunes now sells the charity single\n\n${prose(1)}`, "iTunes now sells the charity single"],
    ["a one-word name in camel case", `remoteStorage\n${prose(1)}\n${prose(2)}`, "remoteStorage"],
    // 48 Japanese characters and eight words in Latin letters: 56 as a reader counts, 80 code units.
    [
      "a long Japanese title with Latin words and a site name",
      `${"新製品".repeat(14)}「Free Wi-Fi Protection」（CNET Japan） - Yahoo!ニュース\n${prose(1)}`,
      `${"新製品".repeat(14)}「Free Wi-Fi Protection」（CNET Japan） - Yahoo!ニュース`,
    ],
  ])("title: %s", (_name, text, headline) => {
    const a = parse(text);
    expect(a.headline).toBe(headline);
    expect(a.headlineSource).toBe("title");
  });

  it.each([
    ["a byline", `By Jane Doe\n${prose(1)}`],
    ["a dateline paragraph", `WASHINGTON (AP) — The council voted to close the bridge.\n${prose(1)}`],
    ["a date", `March 3, 2024\n${prose(1)}`],
    ["a photo credit", `Photo: Getty Images\n${prose(1)}`],
    ["an advertisement slug", `Advertisement\n${prose(1)}`],
    ["a list item", `- First point\n${prose(1)}`],
    ["a body sentence ending in a full stop, not set apart", `The bridge closed.\n${prose(1)}`],
    ["a Japanese lead of one sentence, set apart", `東京で会議が開かれました。\n\n${prose(1)}`],
    ["a Japanese lead of two sentences, set apart", `東京で会議が開かれました。首相は経済対策を発表しました。\n\n会議には大臣が出席しました。\n\n${prose(1)}`],
    ["a Chinese lead in closing quotes", `他说：“会议很重要。”\n\n${prose(1)}`],
    ["a lower-case line without a capital inside", `now the bridge is closed\n${prose(1)}`],
    ["an attributed quotation as the first sentence, set apart", `"We will win this election," said Jane Doe.\n\n${prose(1)}\n\n${prose(2)}`],
    ["a Japanese first line of 70 characters", `${"新製品の発表".repeat(11)}東京会議\n${prose(1)}`],
  ])("not a title: %s", (_name, text) => {
    const a = parse(text);
    expect(a.headlineSource).toBe("derived");
    expect(paragraphs(a)[0]).toBe(text.split("\n")[0]);
  });

  it("derives from the lead's first sentence, cut at a clause boundary", () => {
    expect(deriveHeadline(["The council closed the bridge. It will reopen in May."])).toBe("The council closed the bridge");
    expect(
      deriveHeadline(["A surprise vote by the town council has closed the old bridge, just as the tourist season begins in the busy holiday towns along the coast."]),
    ).toBe("A surprise vote by the town council has closed the old bridge");
    expect(deriveHeadline(["WASHINGTON (AP) — Lawmakers passed the bill on Tuesday."])).toBe("Lawmakers passed the bill on Tuesday");
    expect(deriveHeadline(["東京で会議が開かれました。首相は経済対策を発表しました。"])).toBe("東京で会議が開かれました");
  });

  it("cuts before a phrase, not inside a name, when the first clause is too long", () => {
    expect(
      deriveHeadline(["A sudden storm has torn the roof off the town hall of Saint Margaret Village Council in Upper Westbrook District, forcing a meeting outdoors."]),
    ).toBe("A sudden storm has torn the roof off the town hall of Saint Margaret Village Council…");
  });

  it("cuts at a word boundary with an ellipsis when there is no clause break", () => {
    const headline = deriveHeadline([`${"word ".repeat(40)}end.`]);
    expect(headline.endsWith("…")).toBe(true);
    expect(headline.length).toBeLessThanOrEqual(91);
  });
});
