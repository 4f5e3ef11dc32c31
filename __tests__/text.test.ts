// Error lines stay short and on one line: values are cut with their size, unprintable characters escaped.
import { closestNames, didYouMean, display, oneLine } from "../constructs/text";

describe("display: a value in an error line", () => {
  test("short values are their JSON", () => {
    expect(display("VCluster")).toBe('"VCluster"');
    expect(display(["a", 1])).toBe('["a",1]');
    expect(display({ name: "x" })).toBe('{"name":"x"}');
    expect(display(null)).toBe("null");
    expect(display(undefined)).toBe("undefined");
  });

  test("a long string: its head, then the number of characters", () => {
    const long = "x".repeat(1001);
    expect(display(long)).toBe(`"${"x".repeat(80)}… (1001 characters)`);
  });

  test("a long list: its first items, then the number of items", () => {
    const names = Array.from({ length: 51 }, (_, i) => `topic-${i}`);
    expect(display(names)).toBe('["topic-0","topic-1","topic-2","topic-3","topic-4"… (51 items)');
  });

  test("control characters, U+2028 and U+2029, DEL, C1 and bidi controls are escaped", () => {
    const shown = display("a\u2028b\u2029c\nd\u0007e\u007ff\u0085g\u202eh");
    expect(shown).toBe('"a\\u2028b\\u2029c\\nd\\u0007e\\u007ff\\u0085g\\u202eh"');
    expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202e]/);
  });

  test("a cut never splits a surrogate pair", () => {
    const shown = display("x".repeat(79) + "😀" + "y".repeat(10));
    expect(shown).toBe(`"${"x".repeat(79)}… (91 characters)`);
  });

  test("a cut at the first and the last high surrogate keeps the pair out; other characters from U+D800 up are cut as one unit", () => {
    expect(display("x".repeat(79) + "\u{10000}" + "y")).toBe(`"${"x".repeat(79)}… (82 characters)`);
    expect(display("x".repeat(79) + "\u{10FFFD}" + "y")).toBe(`"${"x".repeat(79)}… (82 characters)`);
    expect(display("ｘ".repeat(100))).toBe(`"${"ｘ".repeat(80)}… (100 characters)`);
    expect(display("x".repeat(79) + "\uFFFD" + "y")).toBe(`"${"x".repeat(79)}\uFFFD… (81 characters)`);
  });

  test("at the bounds: a string of 80 characters and a list of 5 items are shown whole", () => {
    expect(display("x".repeat(80))).toBe(`"${"x".repeat(80)}"`);
    expect(display(["a", "b", "c", "d", "e"])).toBe('["a","b","c","d","e"]');
    expect(display(["a", "b", "c", "d", "e", "f"])).toBe('["a","b","c","d","e"… (6 items)');
  });

  test("an item of a list is cut after 40 characters", () => {
    expect(display(["x".repeat(40), "y".repeat(41)])).toBe(`["${"x".repeat(40)}","${"y".repeat(40)}… (41 characters)]`);
  });

  test("a value that is not a string or list: its JSON, cut after 80 characters the same way", () => {
    const fits = { name: "x".repeat(69) }; // {"name":"…"} is 80 characters
    expect(display(fits)).toBe(`{"name":"${"x".repeat(69)}"}`);
    expect(display({ name: "x".repeat(100) })).toBe(`{"name":"${"x".repeat(71)}… (111 characters)`);
    expect(display({ text: "a\u2028b" })).toBe('{"text":"a\\u2028b"}');
  });
});

describe("oneLine: a whole message", () => {
  test("line breaks are escaped and a very long message is cut", () => {
    expect(oneLine("error: a\nb\r\nc\u2028d")).toBe("error: a\\nb\\r\\nc\\u2028d");
    const long = oneLine("e".repeat(5000));
    expect(long).toBe(`${"e".repeat(1000)}… (5000 characters)`);
  });

  test("a tab is shown as \\t; a message of exactly 1000 characters is kept whole", () => {
    expect(oneLine("Error:\tinvalid value")).toBe("Error:\\tinvalid value");
    expect(oneLine("e".repeat(1000))).toBe("e".repeat(1000));
    expect(oneLine("e".repeat(1001))).toBe(`${"e".repeat(1000)}… (1001 characters)`);
  });
});

describe("closestNames and didYouMean: a hint for a name that is not known", () => {
  const requests = ["Produce", "TransactionalProduce", "Fetch", "ListOffsets", "OffsetForLeaderEpoch", "OffsetCommit", "OffsetFetch", "OffsetDelete", "TxnOffsetCommit", "InitProducerId"];

  test("a typo: one edit per four characters of the input (insert, delete, replace, swap), case and punctuation ignored", () => {
    expect(closestNames("Produse", requests)).toEqual(["Produce"]);
    expect(closestNames("Fecth", requests)).toEqual(["Fetch"]);
    expect(closestNames("Fech", requests)).toEqual(["Fetch"]);
    expect(closestNames("init_producer_id", requests)).toEqual(["InitProducerId", "Produce"]); // the same name first, then one inside it
    expect(closestNames("OfsetComit", requests)).toEqual(["OffsetCommit"]); // 10 characters: two edits
    expect(closestNames("Prduse", requests)).toEqual([]); // 6 characters: one edit, and this is two
    expect(closestNames("--topics", ["--client", "--topic", "--group"])).toEqual(["--topic"]);
    expect(closestNames("--jsn", ["--json"])).toEqual(["--json"]); // under four characters: still one edit
    // a swap is one edit only when both characters trade places: two edits otherwise
    expect(closestNames("ab", ["ba"])).toEqual(["ba"]);
    expect(closestNames("ab", ["xa", "bx", "xy"])).toEqual([]);
    // equally close: in the names' order
    expect(closestNames("ab", ["ax", "ay", "az", "xb"])).toEqual(["ax", "ay", "az", "xb"]);
  });

  test("a part of a name (or a name inside the input), four characters or more; closest first, then in the names' order, at most five", () => {
    expect(closestNames("Commit", requests)).toEqual(["OffsetCommit", "TxnOffsetCommit"]);
    expect(closestNames("ProduceRequest", requests)).toEqual(["Produce"]);
    expect(closestNames("Offset", requests)).toEqual(["ListOffsets", "OffsetFetch", "OffsetCommit", "OffsetDelete", "TxnOffsetCommit"]);
    expect(closestNames("Offset", requests, 2)).toEqual(["ListOffsets", "OffsetFetch"]);
    expect(closestNames("--client-id", ["--client", "--principal"])).toEqual(["--client"]);
    expect(closestNames("Txn", ["TxnOffsetCommit", "EndTxn"])).toEqual([]); // three characters: too short to be a part
    expect(closestNames("Comm", ["OffsetCommit"])).toEqual(["OffsetCommit"]); // four: long enough
  });

  test("nothing close, or nothing to compare", () => {
    expect(closestNames("Foo", requests)).toEqual([]);
    expect(closestNames("--bogus", ["--client", "--topic", "--json", "--valid", "--value"])).toEqual([]);
    expect(closestNames("--", ["--client"])).toEqual([]);
    expect(closestNames("--", ["-h", "--client"])).toEqual([]); // no letter or digit: nothing to compare, not even a one-letter name
  });

  test("didYouMean joins the names with commas and a last 'or'", () => {
    expect(didYouMean([])).toBe("");
    expect(didYouMean(["Produce"])).toBe("did you mean Produce?");
    expect(didYouMean(["OffsetCommit", "TxnOffsetCommit"])).toBe("did you mean OffsetCommit or TxnOffsetCommit?");
    expect(didYouMean(["a", "b", "c"])).toBe("did you mean a, b or c?");
  });
});
