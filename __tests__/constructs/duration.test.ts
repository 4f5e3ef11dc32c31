import { ClientAuthentication, Duration, KongIdentity } from "../../constructs";
import { gatewayWithVirtualCluster, thrownMessage } from "../support/fixtures";
import { newStack, only, synth } from "../support/synth";

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

  test("zero is 0s, as Go writes it; less than a millisecond is in microseconds", () => {
    expect(Duration.seconds(0).toGoDuration()).toBe("0s");
    expect(Duration.hours(0).toGoDuration()).toBe("0s");
    expect(Duration.parse("1500us").toGoDuration()).toBe("1500us");
    expect(Duration.parse("250µs").toGoDuration()).toBe("250us");
  });

  test("parses Go durations, as the gateway's own fields and the app's settings write them", () => {
    expect(Duration.parse("1s").toMilliseconds()).toBe(1000);
    expect(Duration.parse("1h30m").toMilliseconds()).toBe(5_400_000);
    expect(Duration.parse("500ms").toGoDuration()).toBe("500ms");
    expect(Duration.parse("1.5s").toMilliseconds()).toBe(1500);
    expect(Duration.parse("1.25s").toMilliseconds()).toBe(1250);
    expect(Duration.parse("0.125h").toMilliseconds()).toBe(450_000);
    for (const bad of ["", "1", "1 second", "s", "1d", "-1s"]) {
      expect(() => Duration.parse(bad)).toThrow(`duration ${JSON.stringify(bad)} is invalid: a number and a unit (ms, s, m, h)`);
    }
  });

  test("spaces around the text (as an environment variable may carry them) are ignored; the error shows the text as given", () => {
    expect(Duration.parse(" 30s\n").toMilliseconds()).toBe(30_000);
    expect(thrownMessage(() => Duration.parse(" 30 s "))).toBe('duration " 30 s " is invalid: a number and a unit (ms, s, m, h), e.g. 500ms, 1s, 10m, 1h30m');
  });

  test("refuses a negative or infinite amount", () => {
    expect(() => Duration.seconds(-1)).toThrow("Duration -1 s: a finite, non-negative amount");
    expect(() => Duration.minutes(Infinity)).toThrow("a finite, non-negative amount");
  });
});

describe("durations in constructs", () => {
  const oauth = (jwksTimeout: Duration) => [ClientAuthentication.oauthBearer({ jwksEndpoint: "https://idp/jwks", validateClaims: false, jwksTimeout })];

  test("a parsed duration reaches a Go duration field in the unit it needs, down to microseconds", () => {
    const { stack, gw, backend } = gatewayWithVirtualCluster();
    gw.addVirtualCluster("o", { destination: backend, dnsLabel: "o", authentication: oauth(Duration.parse("1500us")) });
    gw.addVirtualCluster("p", { destination: backend, dnsLabel: "p", authentication: oauth(Duration.parse("2m30s")) });
    const vcs = Object.values(synth(stack).resource.konnect_event_gateway_virtual_cluster) as any[];
    expect(vcs.filter((v) => v.dns_label !== "vc").map((v) => v.authentication[0].oauth_bearer.jwks.timeout)).toEqual(["1500us", "150s"]);
  });

  test("a parsed duration out of range is shown in milliseconds, the unit it was parsed into", () => {
    const { gw, backend } = gatewayWithVirtualCluster();
    expect(thrownMessage(() => gw.addVirtualCluster("o", { destination: backend, dnsLabel: "o", authentication: oauth(Duration.parse("500us")) }))).toBe(
      'test/gw/o: authentication[0].oauthBearer.jwksTimeout "0.5 ms" is invalid: at least 1 ms',
    );
    const stack = newStack();
    const idp = new KongIdentity(stack, "idp", { audience: "a" });
    expect(thrownMessage(() => idp.addClient("c", { accessTokenDuration: Duration.parse("90.5s") }))).toBe(
      'test/idp/c: accessTokenDuration "90500 ms" is invalid: whole seconds from 1 m to 30 d',
    );
    idp.addClient("d", { accessTokenDuration: Duration.parse("1h30m") });
    expect(only(synth(stack), "konnect_identity_auth_server_client").access_token_duration).toBe(5400);
  });
});
