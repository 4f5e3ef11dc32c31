import { Duration } from "../../constructs";

describe("Duration", () => {
  test("made with a unit, rendered in the largest exact unit of a Go duration, or in seconds", () => {
    expect(Duration.seconds(1).toGoDuration()).toBe("1s");
    expect(Duration.minutes(90).toGoDuration()).toBe("90m");
    expect(Duration.hours(2).toGoDuration()).toBe("2h");
    expect(Duration.days(1).toGoDuration()).toBe("24h");
    expect(Duration.millis(1500).toGoDuration()).toBe("1500ms");
    expect(Duration.hours(1).toSeconds()).toBe(3600);
    expect(Duration.days(30).toSeconds()).toBe(2592000);
  });

  test("parses Go durations, as the gateway's own fields and the app's settings write them", () => {
    expect(Duration.parse("1s").toMilliseconds()).toBe(1000);
    expect(Duration.parse("1h30m").toMilliseconds()).toBe(5_400_000);
    expect(Duration.parse("500ms").toGoDuration()).toBe("500ms");
    expect(Duration.parse("1.5s").toMilliseconds()).toBe(1500);
    for (const bad of ["", "1", "1 second", "s", "1d", "-1s"]) {
      expect(() => Duration.parse(bad)).toThrow(`duration ${JSON.stringify(bad)} is invalid: a number and a unit (ms, s, m, h)`);
    }
  });

  test("refuses a negative or infinite amount", () => {
    expect(() => Duration.seconds(-1)).toThrow("Duration -1 s: a finite, non-negative amount");
    expect(() => Duration.minutes(Infinity)).toThrow("a finite, non-negative amount");
  });
});
