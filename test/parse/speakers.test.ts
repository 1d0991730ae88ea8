import { describe, expect, it } from "vitest";
import { parse, quotes } from "./helpers.js";

const speakersOf = (body: string): (string | null)[] => parse(`Title\n\n${body}`).quotes.map((q) => q.speaker);

describe("speakers", () => {
  it.each([
    ["“...,” said X", "“We will win,” said Maria Lopez.", ["Maria Lopez"]],
    ["“...,” X said", "“We will win,” Maria Lopez said on Friday.", ["Maria Lopez"]],
    ["X said “...”", "Maria Lopez said “we will win” after the vote.", ["Maria Lopez"]],
    ["X told reporters: “...”", "Maria Lopez told reporters: “We will win.”", ["Maria Lopez"]],
    ["X described it as “...”", "Maria Lopez described the result as “historic.”", ["Maria Lopez"]],
    ["according to X", "The plan is “dead in the water,” according to Maria Lopez.", ["Maria Lopez"]],
    ["a participle takes the sentence subject", "Maria Lopez praised the team, calling the win “a miracle.”", ["Maria Lopez"]],
    ["an appositive between subject and verb", "Maria Lopez, smiling at the crowd, suggested the win was a “turning point”.", ["Maria Lopez"]],
    ["a role and party tag", "“We will win,” Sen. Maria Lopez (D-Ore.) said.", ["Maria Lopez"]],
    ["a signature after a dash", "“This is the best day of my life.” ― Maria Lopez", ["Maria Lopez"]],
    ["no attribution", "Critics have called it a “stunt.”", [null]],
    ["institution", "The Kremlin later described the talks as “useful.”", ["The Kremlin"]],
    ["the + institution", "“No comment,” the White House said.", ["the White House"]],
    ["sentence-initial according to", "According to radio host Sam Green, the plan is “a disaster.”", ["Sam Green"]],
    ["a verb joined by and shares the subject", "Maria Lopez toured the site and said the plan was “a disaster.”", ["Maria Lopez"]],
    ["a noun after a possessive is not a verb", "Maria Lopez called Tom Brady's remarks “a disaster.”", ["Maria Lopez"]],
    ["a fact-checker's verdict", "FactWatch rated the claim “false.”", ["FactWatch"]],
    ["the name after a possessive", "According to Acme’s Dana Hill, “costs are up.”", ["Dana Hill"]],
    ["a party word alone is not a name", "Republican leaders met. “We will win,” they said.", [null]],
    ["a title of two parts joined by and", "Profits rose. “We did well,” chairman and chief executive Maria Lopez said.", ["Maria Lopez"]],
    ["a name set off after its title", "Profits rose. “We did well,” the firm's chief executive, Maria Lopez, said.", ["Maria Lopez"]],
    ["a title of two parts, then the name set off", "“We did well,” the firm's chairman and chief executive, Maria Lopez, said.", ["Maria Lopez"]],
    ["and opening a clause still ends the search", "“We did well,” and then Maria Lopez left.", [null]],
    ["a body named for two offices joined by and", "“Conditions will stay weak,” the Finance and Economy Ministry said.", ["the Finance and Economy Ministry"]],
    ["and before the verb", "The Securities and Exchange Commission said the deal was “under review.”", ["The Securities and Exchange Commission"]],
    ["a body's name keeps the office it is", "“No comment,” the Defence Ministry said.", ["the Defence Ministry"]],
    ["a name in a script without case", "“AI will change everything,” said 李开复 at the event. “We need rules,” said 山田 太郎, a minister.", ["李开复", "山田 太郎"]],
    ["an Arabic name", "“Peace is near,” said محمد عباس on Monday.", ["محمد عباس"]],
    [
      "a long appositive with a clause of its own after the name",
      "“The story is told by the media,” Maria Lopez, the director of the centre and who also appears in the film, told reporters.",
      ["Maria Lopez"],
    ],
    ["a word capitalised only as a sentence's first is no one a pronoun means", "Shares fell on Monday as shares in rivals rose. “We are disappointed,” they said.", [null]],
    ["a number opening a sentence is no one", "Twenty-nine people were injured in the blast. “We need more hours,” they said.", [null]],
    ["said of a quote, such a word stays the speaker", "Police arrived at noon and police closed the road. “The road is shut,” Police said.", ["Police"]],
    ["an organisation and a job before the name, after the quote", "“Rates will rise,” Acme economist Maria Lopez told reporters.", ["Maria Lopez"]],
    ["an organisation and a job before the name, after the verb", "“It was a shock,” said WXYZ host Maria Lopez.", ["Maria Lopez"]],
    ["a place, an office and a title before the name", "“We are investigating,” Tulsa police Chief Maria Lopez said.", ["Maria Lopez"]],
    ["the + organisation + job before the name", "“No comment,” said the Kremlin spokesman Tom Becker.", ["Tom Becker"]],
    ["a name with its affiliation is the name", "“Customers want more,” says Maria Lopez of Acme firm Dimension Data, which ran the survey.", ["Maria Lopez"]],
    [
      "a name with where the person comes from, then the surname alone",
      "“Rates will rise,” said Tom Becker of Acme Securities. “It is a matter of time,” Becker added.",
      ["Tom Becker", "Tom Becker"],
    ],
    ["a body's own name with of", "“Rates will rise,” said the Bank of Japan. “We will act,” said Lloyds of London.", ["the Bank of Japan", "Lloyds of London"]],
    ["a body of several words with of", "“We are worried,” said Acme Council of Britain.", ["Acme Council of Britain"]],
    ["a profession in -ist before the name", "“It was magic,” Guitarist Tom Becker said.", ["Tom Becker"]],
    ["a compound that places the person", "“We wanted to show people,” said Tunisian-born Tom Becker. “It works,” added Oscar-winner Maria Lopez.", ["Tom Becker", "Maria Lopez"]],
    ["a job in news's shorthand before the name", "“It was a blast,” DJ Tom Becker said. “We did well,” Broadcaster Maria Lopez said.", ["Tom Becker", "Maria Lopez"]],
    ["a title of two capitalised parts joined by and", "“The economy is in a recovery stage,” said Economic and Fiscal Policy Minister Heizo Takenaka.", ["Heizo Takenaka"]],
    ["two people joined by and keep the first", "“We agree,” said Tom Becker and Maria Lopez.", ["Tom Becker"]],
    ["a contraction opening a sentence is no one", "Don't say “this post burned up my computer” to anyone.", [null]],
    ["a letter alone is no one", "The government has been accused of underfunding R&D and of a “brain-drain” of the country's talent.", [null]],
    ["an adverb opening a sentence is no one", "Thankfully, now we know: “Super Mario Run” will launch in December.", [null]],
    ["a surname ending in -ly is still a name", "“We are ready,” said Kelly. “We are ready,” said Bradley.", ["Kelly", "Bradley"]],
    ["judges in the plural are no one person", "Maria Lopez won the prize. “It is a triumph,” wrote the judges.", [null]],
    ["a time after the name is not a job", "“It is fine,” said Acme on Tuesday.", ["Acme"]],
    ["appositives one after another", "“We are ready,” Maria Lopez, the attorney general of Oregon, one of the states suing, said.", ["Maria Lopez"]],
    [
      "a quote running on into the next paragraph takes the attribution at its end",
      "“It is a dog whistle,” Rep. Maria Lopez said Friday. “If he is not legitimate, how can anyone feel good.\n\n“I have been thinking about where we are,” added Rep. Tom Becker. “It is hard.”",
      ["Maria Lopez", "Tom Becker", "Tom Becker"],
    ],
    [
      "a quote running on without an attribution at its end keeps the one before",
      "“It is a long quote,” Maria Lopez said. “The first part runs on.\n\n“And it ends here.”\n\nAnother paragraph follows.",
      ["Maria Lopez", "Maria Lopez"],
    ],
  ])("%s", (_name, body, expected) => {
    expect(speakersOf(body)).toEqual(expected);
  });

  it("finds a common word's lower-case use near it in a long text of many stories", () => {
    // Over 200,000 characters: the use is looked for near the quote, through a set of the words
    // there once many searches have found nothing (one-word names quoted earlier in the stretch).
    const filler = Array.from({ length: 800 }, (_, i) => `Filler paragraph ${i} tells of the town and its river in plain words here.`);
    const names = Array.from({ length: 40 }, (_, i) => `Karomi${"abcdefghijklmnopqrstuvwxyz"[i % 26]}${i} said on Tuesday: “We will see about it.”`);
    const last = "Shares fell on Monday as shares in rivals rose. “We are disappointed,” they said.";
    const text = [...filler, ...filler, ...filler, ...filler, ...names, last].join("\n\n");
    expect(text.length).toBeGreaterThan(200_000);
    const speakers = speakersOf(text);
    expect(speakers.slice(0, 3)).toEqual(["Karomia0", "Karomib1", "Karomic2"]);
    expect(speakers[speakers.length - 1]).toBeNull();
  });

  it("takes a name written with a straight and a curly apostrophe for one name", () => {
    const body = "Police Commissioner James O’Neill spoke on Sunday about the blast.\n\n“The cause is not known,” O'Neill said.";
    expect(speakersOf(body)).toEqual(["James O’Neill"]);
  });

  it("gives the fullest form of the name the article uses", () => {
    const body = "Local Mayor Maria Lopez opened the bridge on Monday.\n\n“It is a great day,” Lopez said.";
    expect(speakersOf(body)).toEqual(["Maria Lopez"]);
  });

  it("completes a person's name with a person's form, not a body's run that ends in it", () => {
    // A comma lost between a body's name and the person's: "the Daily Ledger Lopez" is no fuller form of Lopez.
    const body = "Mayor Maria Lopez spoke first.\n\nIn a meeting with the board of the Daily Ledger Lopez said taxes would rise.\n\n“We have no choice,” Lopez said.";
    expect(speakersOf(body)).toEqual(["Maria Lopez"]);
  });

  it.each([
    ["a title with “of the”", "“We will cut taxes,” said UK Chancellor of the Exchequer Gordon Brown.", ["Gordon Brown"]],
    ["and before the verb", "Speaker of the House Newt Gingrich said the plan was “a disaster.”", ["Newt Gingrich"]],
    ["a job in the employer's name after “of the”", "“Investors are wary,” said Stuart Hensel of the Economist Intelligence Unit.", ["Stuart Hensel"]],
    ["a body's own “of” before a title", "“Rates will rise,” said Bank of England Governor Mervyn King.", ["Mervyn King"]],
    ["a title with its rank joined on", "“We will act,” said Treasury Under-Secretary John Taylor. Vice-President Dick Cheney called it “fair.”", ["John Taylor", "Dick Cheney"]],
    ["a hyphenated surname stays", "“It is ours,” said Stelios Haji-Ioannou.", ["Stelios Haji-Ioannou"]],
  ])("names the person after a title: %s", (_name, body, expected) => {
    expect(speakersOf(body)).toEqual(expected);
  });

  it("strips titles and honorifics", () => {
    const body = "Former Prime Minister John Carter spoke first.\n\n“Enough,” Mr. Carter said.";
    expect(speakersOf(body)).toEqual(["John Carter"]);
  });

  it("resolves he/she to the most recent named subject, not an object", () => {
    const body = "Maria Lopez met Tom Brady on Monday.\n\nAfter the meeting, she told reporters: “We agreed on nothing.”";
    expect(speakersOf(body)).toEqual(["Maria Lopez"]);
  });

  it("resolves a definite description to the most recent fitting name", () => {
    const body = "Acme Corp raised its prices on Monday.\n\n“Costs went up,” the company said.";
    expect(speakersOf(body)).toEqual(["Acme Corp"]);
    const person = "Senator Maria Lopez voted no.\n\n“It is a bad bill,” the senator said.";
    expect(speakersOf(person)).toEqual(["Maria Lopez"]);
  });

  it("a quote continuing in the next paragraph inherits its speaker", () => {
    const body = "“We will win,” Maria Lopez said.\n\n“And we will win again next year.”";
    expect(speakersOf(body)).toEqual(["Maria Lopez", "Maria Lopez"]);
  });

  it("a second quote in the paragraph takes the paragraph's attribution", () => {
    const body = "“We will win,” Maria Lopez said. “Nobody can stop us now.”";
    expect(speakersOf(body)).toEqual(["Maria Lopez", "Maria Lopez"]);
  });

  it("a quote after `“…,” he said.` goes on in that voice, whoever the paragraph names next", () => {
    const body =
      "Maria Lopez, an economist, said rates would stay. “Growth is strong,” she said. “The bank may act soon.” Later, the Finance Minister John Poe told reporters otherwise.";
    expect(speakersOf(body)).toEqual(["Maria Lopez", "Maria Lopez"]);
  });

  it("a pronoun means the person a sentence reports, more than the word that opens it", () => {
    const body = "Jane Roe, an aide, recalled the talks. Shifting patterns in Asia could affect millions, Mr. Obama said in an interview.\n\n“If they are displaced,” he said, “we will see conflicts.”";
    expect(speakersOf(body)).toEqual(["Obama", "Obama"]);
  });

  it("a name that describes the job or body after it is not the subject a pronoun means", () => {
    const body = "Maria Lopez spoke first.\n\nAcme campaign spokesman Jason Miller defended the plan on Monday.\n\n“We are ready,” he said.";
    expect(speakersOf(body)).toEqual(["Jason Miller"]);
  });

  it.each([
    [
      "a name after the verb is its object",
      "Acme Corp cut its prices. The new owner's board has agreed to give rival Bolt Motors a seat.\n\nIn a statement, the company said the deal was “a fair one.”",
      ["Acme Corp"],
    ],
    [
      "a name in an adverbial after the verb",
      "Harbour Freight opened a depot. The prime minister is due to visit at 1500 GMT.\n\nThe firm said trade was “very strong.”",
      ["Harbour Freight"],
    ],
    [
      "an owner's name opening the description",
      "Acme Corp lost a contract. Acme Corp's board has offered Bolt Motors a new deal.\n\n“We are patient,” the company said.",
      ["Acme Corp"],
    ],
    [
      "a passive's agent still acts",
      "Maria Lopez praised the plan. Her words were echoed by Dale Hopkins, the mayor.\n\n“It will work,” he said.",
      ["Dale Hopkins"],
    ],
    [
      "a clause inside is not one noun phrase",
      "Growth is slowing. The clearest signs come when all prices are falling, Maria Lopez said. “There is safety in numbers.”",
      ["Maria Lopez"],
    ],
  ])("a sentence opened by a description has it for subject, not a name after its verb: %s", (_name, body, expected) => {
    expect(speakersOf(body)).toEqual(expected);
  });

  it.each([
    [
      "a title and a relative clause before the verb",
      "Maria Lopez, a spokeswoman for the Harbour Builders Coalition, which speaks for developers, said the plan was “a fair one.”",
      ["Maria Lopez"],
    ],
    [
      "a title and a relative clause, then a pronoun",
      "Tom Brady, president of the Riverside Teachers Union, which represents 9,000 teachers, said he had doubts.\n\n“We will strike,” he said.",
      ["Tom Brady"],
    ],
    ["a body and its relative clause alone", "The Harbour Builders Coalition, which speaks for developers, said the plan was “a fair one.”", ["The Harbour Builders Coalition"]],
  ])("the subject before appositives: %s", (_name, body, expected) => {
    expect(speakersOf(body)).toEqual(expected);
  });

  it.each([
    ["his report", "Tom Brady studied the Harbour Plan for Acme Corp. The plan risks becoming “a byword for delay,” his report said.", ["Tom Brady"]],
    ["her spokeswoman", "Maria Lopez left early. The vote was “a farce,” her spokeswoman said.", ["Maria Lopez"]],
    ["its statement", "Acme Corp met Tom Brady. The deal is “dead,” its statement said.", ["Acme Corp"]],
    ["not a person of their own", "Tom Brady retired in May. “He had a wonderful life,” said his wife.", [null]],
    ["a writing said to be no one's tells no speaker", "Tom Brady spoke at the rally.\n\nParents sent a letter to the board. “We see hope,” the letter reads.", [null]],
  ])("a writing or a mouthpiece speaks for its owner: %s", (_name, body, expected) => {
    expect(speakersOf(body)).toEqual(expected);
  });

  it("a place is no one a pronoun can mean, by its head noun", () => {
    const body = "Maria Lopez spoke on Monday. Easter Island lost its forests centuries ago.\n\n“We must act,” she said.";
    expect(speakersOf(body)).toEqual(["Maria Lopez"]);
  });

  it("a verb in a following clause is not the attribution", () => {
    const body = "Maria Lopez said the plan was “absolutely right” when he spoke.";
    expect(speakersOf(body)).toEqual(["Maria Lopez"]);
  });

  it("does not attribute words inside quotes", () => {
    const a = parse("Title\n\n“He said no, and she said yes,” the report concluded.");
    expect(quotes(a)).toEqual([["He said no, and she said yes", null]]);
  });

  it("parses a non-English article without error", () => {
    const a = parse(
      "Titel des Artikels\n\nDer Minister sagte am Montag in der Hauptstadt vor vielen Journalisten und Gästen: „Wir sind bereit.“ " +
        "Danach ging er nach Hause, wo seine Familie schon auf ihn wartete. Die Opposition kritisierte die Rede scharf und " +
        "forderte eine Debatte im Parlament über die Pläne der Regierung für das nächste Jahr und die Kosten.",
    );
    expect(quotes(a)).toEqual([["Wir sind bereit.", null]]);
  });
});
