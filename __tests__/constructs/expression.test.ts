import { Condition, checkExpression, EXPRESSION_FIELDS, type ExpressionScope, type PlaceholderType } from "../../constructs";
import { newStack, synth, warnings } from "../support/synth";
import { EventGateway, KongIdentity, ClientAuthentication } from "../../constructs";

const cluster: ExpressionScope = { phase: "cluster" };
const consume: ExpressionScope = { phase: "consume" };
const msg = (expr: string, scope: ExpressionScope = cluster) => {
  const r = checkExpression(expr, scope);
  return r.ok ? "ok" : r.message;
};

describe("conditions are parsed and type-checked (CEL, per phase)", () => {
  test.each([
    "context.auth.principal.name == 'abc'",
    'context.auth.principal.name == "abc"',
    "context.auth.type == 'sasl_oauth_bearer' && context.auth.token.claims['scope'] == 'kafka'",
    "has(context.auth.token.claims.topic_prefix) && 'sub' in context.auth.token.claims",
    "has(context.auth.principal) && has(context.auth.principal.name)",
    "context.auth.principal.name.includes('svc-') || context.auth.principal.name.startsWith('a') || context.auth.principal.name.endsWith('z')",
    "context.auth.principal.name.substring(0, 4) == 'svc-' && context.auth.principal.name.match('^svc-[a-z]+$')",
    "context.auth.principal.name + '-x' != 'y' && context.auth.principal.name < 'm'",
    "!(context.auth.principal.name in ['a', 'b'])",
    // a claim is dyn: it may be the whole condition, and be compared with a list of mixed types
    "context.auth.token.claims['admin']",
    "context.auth.token.claims['tier'] in [1, 'gold']",
    // a prefix is text, not a pattern: only match() takes a regular expression
    "context.auth.principal.name.startsWith('svc-(')",
  ])("cluster phase accepts %s", (e) => expect(msg(e)).toBe("ok"));

  test.each([
    "context.topic.name.endsWith('my_suffix') && record.headers['x-flag'] == 'a-value'",
    "(record.headers['internal'] == 'true') && (!(context.auth.principal.name == 'p'))",
  ])("consume phase accepts %s", (e) => expect(msg(e, consume)).toBe("ok"));

  test("the tutorial's condition: both mistakes named, with hints", () => {
    expect(msg("context.auth.claims.client_id == reader-app")).toBe(
      "context.auth.claims.client_id at column 1 is not a field of the cluster phase; claims are at context.auth.token.claims (context.auth.token.claims.client_id); " +
        "reader at column 34 is not a declared name; an unquoted value? write 'reader-app'",
    );
  });

  test("one hint per unquoted value: the same text elsewhere in the condition gets its own", () => {
    expect(msg("context.auth.principal.name == reader-app || context.auth.type == reader-app")).toBe(
      "reader at column 32 is not a declared name; an unquoted value? write 'reader-app'; " +
        "reader at column 67 is not a declared name; an unquoted value? write 'reader-app'",
    );
  });

  test.each([
    ["context.topic.name == 't'", cluster, "context.topic.name at column 1 is not available in the cluster phase (only in produce, consume policies)"],
    ["record.headers['a'] == 'b'", cluster, "record.headers at column 1 is not available in the cluster phase (only in produce, consume policies)"],
    ["record.value.validated", consume, "record.value.validated at column 1 exists only in policies that run under schema validation"],
    ["context.auth.principal.name.contains('x')", cluster, "unknown function contains() at column 1; Kong's is includes() (Kong has has, startsWith, endsWith, substring, includes, match)"],
    ["size(context.auth.principal.name) > 1", cluster, "unknown function size() at column 1 (Kong has has, startsWith, endsWith, substring, includes, match)"],
    ["context.auth.principal.name == 1", cluster, "no such overload: string == int at column 1"],
    ["context.auth.principal.name ==", cluster, "syntax error: Unexpected token: EOF at column 31"],
    ["context.auth.principal.name", cluster, "a condition must be true or false, this one is of type string"],
    ["context.auth.principal.name.match('(?=x)')", cluster, 'match() pattern "(?=x)" at column 35: lookahead (?= ...) is not RE2'],
    ["principal == 'x'", cluster, "principal at column 1 is not a declared name (the cluster phase has context.auth.type, context.auth.principal.name, context.auth.token.claims)"],
    ["context.auth.user == 'x'", cluster, "context.auth.user at column 1 is not a field of the cluster phase (it has context.auth.type, context.auth.principal.name, context.auth.token.claims)"],
    ["record.headers[topic] == 'x'", consume, "topic at column 16 is not a declared name (the consume phase has context.auth.type, context.auth.principal.name, context.auth.token.claims, context.topic.name, record.headers)"],
    // a field of other phases, named as far as the expression goes
    ["context.topic == 'orders'", cluster, "context.topic at column 1 is not available in the cluster phase (only in produce, consume policies)"],
    ["record.value.validated", cluster, "record.value.validated at column 1 is not available in the cluster phase (only in produce, consume policies)"],
    // likely mistakes, with the field meant
    ["context.auth.claims['client_id'] == 'x'", cluster, "context.auth.claims.client_id at column 1 is not a field of the cluster phase; claims are at context.auth.token.claims (context.auth.token.claims.client_id)"],
    ["'sub' in context.auth.claims", cluster, "context.auth.claims at column 10 is not a field of the cluster phase; claims are at context.auth.token.claims (context.auth.token.claims)"],
    ["context.auth.principal.id == 'x'", cluster, "context.auth.principal.id at column 1 is not a field of the cluster phase; did you mean context.auth.principal.name?"],
    ["context.principal.name == 'x'", cluster, "context.principal.name at column 1 is not a field of the cluster phase; did you mean context.auth.principal.name?"],
    ["context.auth.principal.name.first == 'a'", cluster, "context.auth.principal.name.first at column 1 is not a field of the cluster phase; did you mean context.auth.principal.name?"],
    // an object where a value belongs: named with its fields, not by CEL's internal type name
    ["context.auth.principal == 'x'", cluster, "context.auth.principal at column 1 is an object, not a value; use its field context.auth.principal.name"],
    ["'x' != context.auth", cluster, "context.auth at column 8 is an object, not a value; use one of its fields: context.auth.type, context.auth.principal.name, context.auth.token.claims"],
    ["context.auth.type == 'oauth' && context.auth.principal", cluster, "context.auth.principal at column 33 is an object, not a value; use its field context.auth.principal.name"],
    ["has(context.auth.principal) && context.auth.principal == 'x'", cluster, "context.auth.principal at column 32 is an object, not a value; use its field context.auth.principal.name"],
    // the refused occurrence ends where CEL's refused comparison ends; the one in has() is not it
    ["has(context.auth.principal) && 'x' == context.auth.principal", cluster, "context.auth.principal at column 39 is an object, not a value; use its field context.auth.principal.name"],
    ["has(context.auth) && 'x' != context.auth", cluster, "context.auth at column 29 is an object, not a value; use one of its fields: context.auth.type, context.auth.principal.name, context.auth.token.claims"],
    ["context.auth.principal.name.startsWith(context.auth.principal)", consume, "context.auth.principal at column 40 is an object, not a value; use its field context.auth.principal.name"],
    // Kong's match() is a method on a string, its pattern RE2
    ["match(context.auth.principal.name, '^svc-')", cluster, "found no matching overload for 'match(string, string)' at column 1"],
    ["context.auth.principal.name.match()", cluster, "found no matching overload for 'string.match()' at column 1"],
    ["context.auth.principal.name.match('svc-(')", cluster, 'match() pattern "svc-(" at column 35: not a valid regular expression (Invalid regular expression: /svc-(/: Unterminated group)'],
    // a no-break space pasted from a web page
    ["context.auth.principal.name ==\u00a0'x'", cluster, "syntax error: Unexpected character: at column 31"],
  ])("%s is refused in its phase", (e, scope, message) => expect(msg(e, scope)).toBe(message));

  test.each([
    ["context.auth.principal.name == admin", cluster, "admin at column 32 is not a declared name; an unquoted value? write 'admin'"],
    ["context.auth.principal.name != admin", cluster, "admin at column 32 is not a declared name; an unquoted value? write 'admin'"],
    ["admin in context.auth.token.claims['roles']", cluster, "admin at column 1 is not a declared name; an unquoted value? write 'admin'"],
    ["context.auth.principal.name == svc+reader", cluster, "svc at column 32 is not a declared name; an unquoted value? write 'svc+reader'"],
    ["context.topic.name == orders.v1", consume, "orders.v1 at column 23 is not a field of the consume phase; an unquoted value? write 'orders.v1'"],
    ["context.topic.name == audit.record.v1", consume, "audit.record.v1 at column 23 is not a field of the consume phase; an unquoted value? write 'audit.record.v1'"],
    // not for a path into the context, nor a name that is not compared
    ["context.auth.user == admin", cluster, "context.auth.user at column 1 is not a field of the cluster phase (it has context.auth.type, context.auth.principal.name, context.auth.token.claims); admin at column 22 is not a declared name; an unquoted value? write 'admin'"],
    ["context.auth.type == 'sasl_plain' && admins", cluster, "admins at column 38 is not a declared name (the cluster phase has context.auth.type, context.auth.principal.name, context.auth.token.claims)"],
  ])("%s: a bare word compared is taken for a value without quotes", (e, scope, message) => expect(msg(e, scope)).toBe(message));

  test("an expression nested deeper than the check's walk can follow is refused in one line, not thrown", () => {
    const tooDeep = "the condition nests too deeply to check (Maximum call stack size exceeded)";
    expect(msg(Array(3000).fill("true").join(" && "))).toBe(tooDeep); // through the walk, too deep for CEL's check
    expect(msg(Array(10000).fill("true").join(" && "))).toBe(tooDeep); // parsed, too deep for the check's walk
    // a problem the walk met before it overflowed is not named: what it found of the rest is partial
    expect(msg("context.auth.principal.name == admin || " + Array(10000).fill("true").join(" && "))).toBe(tooDeep);
  });

  test("at most three problems are named", () => {
    const names = ["alice", "bob", "carol", "dave"].map((n) => `context.auth.principal.name == ${n}`).join(" || ");
    expect(msg(names)).toBe(
      "alice at column 32 is not a declared name; an unquoted value? write 'alice'; bob at column 72 is not a declared name; an unquoted value? write 'bob'; " +
        "carol at column 110 is not a declared name; an unquoted value? write 'carol'",
    );
  });

  test("placeholders: a string one outside quotes is refused (by default named as a value Terraform resolves later); numbers and lists are typed", () => {
    const check = (e: string, placeholders: [string, PlaceholderType][]) => {
      const r = checkExpression(e, cluster, { placeholders: new Map(placeholders) });
      return r.ok ? "ok" : r.message;
    };
    expect(check("context.auth.principal.name == id", [["id", "string"]])).toBe(
      "a value Terraform resolves later stands outside quotes at column 32, so its text would become part of the expression; put it in quotes: '...'",
    );
    expect(check("context.auth.token.claims['level'] >= level", [["level", "int"]])).toBe("ok");
    expect(check("context.auth.principal.name == level", [["level", "int"]])).toBe("no such overload: string == int at column 1");
    expect(check("context.auth.principal.name in names", [["names", "list<string>"]])).toBe("ok");
  });

  test("an expression nested deeper than the parser can follow is refused with one line, without a column", () => {
    expect(msg("!".repeat(100000) + "true")).toBe("the condition nests too deeply to check (Maximum call stack size exceeded)");
  });

  test("record.value fields exist under schema validation", () => {
    expect(msg("record.value.validated && record.key.schema['id'] == 1", { phase: "produce", schemaValidation: true })).toBe("ok");
    // the parsed value is dyn: any field of it, as Kong reads deep fields by their dotted path
    expect(msg("record.value.content['customer.tier'] == 'gold'", { phase: "consume", schemaValidation: true })).toBe("ok");
  });

  test("the field table names every field once", () => {
    expect(new Set(EXPRESSION_FIELDS.map((f) => f.path)).size).toBe(EXPRESSION_FIELDS.length);
  });
});

describe("constructs check their conditions at synth", () => {
  const setup = () => {
    const stack = newStack();
    const idp = new KongIdentity(stack, "idp", { name: "i", audience: "a" });
    const client = idp.addClient("c", {});
    const gw = new EventGateway(stack, "gw", { name: "g" });
    const be = gw.addBackendCluster("be", { bootstrapServers: ["k:9092"], tls: { enabled: false } });
    const vc = gw.addVirtualCluster("vc", { destination: be, dnsLabel: "vc", authentication: [ClientAuthentication.oauthBearer({ authServer: idp })] });
    return { vc, client };
  };
  const rules = [{ resourceType: "topic" as const, operations: ["read" as const], resourceNames: ["t"] }];

  test("ACL policy (cluster phase): the tutorial's condition stops the synth with one line", () => {
    const { vc } = setup();
    expect(() => vc.addAclPolicy("p", { condition: Condition.raw("context.auth.claims.client_id == reader-app"), rules })).toThrow(
      /^test\/gw\/vc\/p: condition "context\.auth\.claims\.client_id == reader-app" is invalid: context\.auth\.claims\.client_id at column 1 is not a field of the cluster phase; claims are at context\.auth\.token\.claims .* \(cluster phase\)$/,
    );
  });

  test("ACL policy: context.topic.name is a produce/consume field; skip-record (consume) takes it", () => {
    const { vc } = setup();
    expect(() => vc.addAclPolicy("p", { condition: Condition.raw("context.topic.name == 'x'"), rules })).toThrow(/not available in the cluster phase/);
    expect(() => vc.addSkipRecordPolicy("s", { condition: Condition.raw("context.topic.name == 'x'") })).not.toThrow();
  });

  test("values Terraform resolves later are typed placeholders: quoted they are strings, unquoted they are refused", () => {
    const { vc, client } = setup();
    expect(() => vc.addAclPolicy("ok", { condition: Condition.principalIs(client), rules })).not.toThrow();
    expect(() => vc.addAclPolicy("typed", { condition: Condition.raw(`context.auth.principal.name == '${client.clientId}' && context.auth.type == 1`), rules })).toThrow(
      /no such overload: string == int/,
    );
    expect(() => vc.addAclPolicy("bare", { condition: Condition.raw(`context.auth.principal.name == ${client.clientId}`), rules })).toThrow(
      /a value Terraform resolves later stands outside quotes at column 32, so its text would become part of the expression; put it in quotes/,
    );
    // followed by more (a dotted name), it is still named for what it is, not by the identifier it stands in for
    expect(() => vc.addAclPolicy("dotted", { condition: Condition.raw(`context.auth.principal.name == ${client.clientId}.reader`), rules })).toThrow(
      /: a value Terraform resolves later stands outside quotes at column 32, so its text would become part of the expression; put it in quotes: '\.\.\.' \(cluster phase\)$/,
    );
  });

  test("a resource name Terraform resolves later (a client ID) is flagged: Kong matches it as a glob", () => {
    const { vc, client } = setup();
    vc.addAclPolicy("p", { condition: Condition.principalIs(client), rules: [{ resourceType: "topic", operations: ["read"], resourceNames: [`${client.clientId}-in`, "fixed"] }] });
    synth(vc.node.scope!.node.scope as never);
    expect(warnings(vc)).toEqual([
      "test/gw/vc/p: rules[0].resourceNames[0] holds a value Terraform resolves later; Kong matches resource names as globs, so any * ? [ ] in that value widens the match",
    ]);
  });
});
