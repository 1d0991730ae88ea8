import { describe, expect, it } from "vitest";
import { detectWrapWidth } from "../../src/parse/blocks.js";
import { normalizeText } from "../../src/parse/normalize.js";
import { paragraphs, parse, prose } from "./helpers.js";

const wrap = (text: string, width: number): string => {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join("\n");
};

const long1 =
  "The council voted on Tuesday to close the old bridge over the river for repairs that engineers say are long overdue, and traffic will be diverted through the town centre for most of the summer while the work goes on.";
const long2 =
  "Shopkeepers on the high street said they expected more customers from the diversion, although several residents worried about noise from lorries passing their houses early in the morning and late at night.";

describe("layouts", () => {
  const expected = [long1, long2];
  it.each([
    ["one paragraph a line", `Bridge to close\n${long1}\n${long2}\n`],
    ["blank-line separated", `Bridge to close\n\n${long1}\n\n${long2}\n`],
    ["hard-wrapped at 72", `Bridge to close\n\n${wrap(long1, 72)}\n\n${wrap(long2, 72)}\n`],
    ["hard-wrapped at 60", `Bridge to close\n\n${wrap(long1, 60)}\n\n${wrap(long2, 60)}\n`],
    ["CRLF line ends", `Bridge to close\r\n\r\n${long1}\r\n\r\n${long2}\r\n`],
    ["CR line ends", `Bridge to close\r\r${long1}\r\r${long2}\r`],
    ["UTF-8 BOM", `\uFEFFBridge to close\n${long1}\n${long2}`],
    ["markdown title", `# Bridge to close\n\n${long1}\n\n${long2}\n`],
    // A blank line after the title alone does not make the rest blank-separated prose to join.
    ["a title and a blank line, then a paragraph a line", `Bridge to close\n\n${long1}\n${long2}\n`],
    ["tabs and NBSP", `Bridge\u00A0to close\n\t${long1}\n${long2}`],
  ])("%s", (_name, text) => {
    const a = parse(text);
    expect(a.headline).toBe("Bridge to close");
    expect(a.headlineSource).toBe("title");
    expect(paragraphs(a)).toEqual(expected);
  });

  it.each([
    ["a short line and a long one ending a sentence", `Bridge to close\n\nThe council met on Tuesday.\n${long1}\n${long2}\n`, ["The council met on Tuesday.", long1, long2]],
    // Lines no wider than a wrapper makes, in one group, are still taken as one hand-wrapped paragraph.
    ["a group of lines within any wrap column", "Bridge to close\n\nThe council voted on Tuesday to close the old bridge over\nthe river for repairs that engineers say are long overdue.\n", ["The council voted on Tuesday to close the old bridge over the river for repairs that engineers say are long overdue."]],
  ])("a group of lines between blank lines with one wider than any wrap column: %s", (_name, text, expected) => {
    expect(paragraphs(parse(text))).toEqual(expected);
  });

  it.each([
    ["one paragraph a line", `Bridge to close\n${long1}\n___\n${long2}\n`],
    ["blank-line separated", `Bridge to close\n\n${long1}\n\n* * *\n\n${long2}\n`],
    ["hard-wrapped at 72", `Bridge to close\n\n${wrap(long1, 72)}\n\n${"-".repeat(72)}\n\n${wrap(long2, 72)}\n`],
    ["directly under a wrapped paragraph", `Bridge to close\n\n${wrap(long1, 72)}\n=====\n${wrap(long2, 72)}\n`],
  ])("a rule parts paragraphs and is none itself: %s", (_name, text) => {
    expect(paragraphs(parse(text))).toEqual([long1, long2]);
  });

  it.each([
    ["two marks", `Bridge to close\n${long1}\n__\n${long2}`, [long1, "__", long2]],
    ["marks of two kinds", `Bridge to close\n${long1}\n-*-*-\n${long2}`, [long1, "-*-*-", long2]],
  ])("a line of marks that is no rule stays: %s", (_name, text, expected) => {
    expect(paragraphs(parse(text))).toEqual(expected);
  });

  it("joins a word split at its hyphen by the wrapper", () => {
    const text = `Title line here\n\n${"a ".repeat(33)}long-\nrange missiles were discussed at length by everyone present at the\nmeeting today.\n\n${wrap(long1, 72)}\n\n${wrap(long2, 72)}`;
    expect(paragraphs(parse(text))[0]).toContain("long-range missiles");
  });

  const zh1 = "谷歌在二零一四年收购的人工智能公司开发出一款能够用自己的记忆学习新知识并利用这些知识来回答问题的计算机。";
  const zh2 = "这款产品具有极其重要的意义，因为这意味着未来的人工智能技术可能不需要人类来教它就能回答人类提出的问题。";
  const cut = (text: string, every: number): string => text.match(new RegExp(`.{1,${every}}`, "gu"))?.join("\n") ?? text;
  it.each([
    ["wrapped at 30 characters (60 columns)", `科技新闻\n\n${cut(zh1, 30)}\n\n${cut(zh2, 30)}\n`, [zh1, zh2]],
    ["wrapped at 20 characters", `科技新闻\n\n${cut(zh1, 20)}\n\n${cut(zh2, 20)}\n`, [zh1, zh2]],
    ["a short line broken after a comma", "科技新闻\n\n经济数据显示，\n今年增长放缓。\n", ["经济数据显示，今年增长放缓。"]],
    // Lines of one blank-separated group are one paragraph, as in English: run together as written.
    ["long lines of one group", `科技新闻\n\n${zh1}\n${zh2}\n`, [zh1 + zh2]],
    ["paragraphs a line each", `科技新闻\n${zh1}\n${zh2}\n`, [zh1, zh2]],
  ])("Chinese %s: lines joined with no space", (_name, text, expected) => {
    const a = parse(text);
    expect(a.sections.flatMap((s) => [s.heading, ...s.paragraphs].filter((p): p is string => p !== null))).toEqual(expected);
  });

  it("finds the wrap column and refuses unwrapped text", () => {
    expect(detectWrapWidth(wrap(long1 + " " + long2, 72).split("\n"))).toBe(72);
    expect(detectWrapWidth([long1, long2, long1, long2])).toBeNull();
  });

  it("keeps a dash that starts a wrapped line inside its paragraph", () => {
    const text = `Title here\n\n${"word ".repeat(13)}ending\n- and then the sentence carries on after the dash.\n\n${wrap(long1, 72)}\n\n${wrap(long2, 72)}`;
    expect(paragraphs(parse(text))).toHaveLength(3);
  });

  it("normalises invisible differences", () => {
    expect(normalizeText("a\u00A0b\tc\r\nd\u200Be")).toBe("a b c\nde");
  });

  it.each([
    ["a vertical tab inside a paragraph is a space, as a form feed is", "Title here\n\nSecond para with a\u000bvertical tab here.\n", [["Second para with a vertical tab here."]]],
    ["a form feed too", "Title here\n\nSecond para with a\u000cform feed here.\n", [["Second para with a form feed here."]]],
    ["a form feed on its own line parts paragraphs", `Title here\n\n${long1}\n\u000c\n${long2}\n`, [[long1, long2]]],
    ["a line separator ends a line, as CR does", "Title here\n\nOne line\u2028and another.\n", [["One line", "and another."]]],
    ["a paragraph separator too", `Title here\n\n${long1}\u2029${long2}\n`, [[long1, long2]]],
  ])("reads %s", (_name, text, expected) => {
    const article = parse(text);
    expect(article.sections.map((section) => section.paragraphs)).toEqual(expected);
    expect(JSON.stringify(article)).not.toMatch(/\\u000[bc]|\u2028|\u2029/);
  });

  it("counts words over the body, not the headline", () => {
    const a = parse(`Short title\n\n${prose(1)}`);
    expect(a.stats).toEqual({ words: 22, readingMinutes: 1 });
    const many = parse(Array.from({ length: 60 }, (_, i) => prose(i)).join("\n\n"));
    expect(many.stats).toEqual({ words: 60 * 22, readingMinutes: 6 });
  });
});
