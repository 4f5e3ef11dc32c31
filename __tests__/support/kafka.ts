// Jest helpers around the Kafka broker of standin/kafka.ts.
import { kafkaUnavailable } from "../../standin/kafka";

export { startKafka, runJava, type KafkaBroker } from "../../standin/kafka";

/** `describe` when a broker can run, else a skipped block whose name says why. */
export function describeWithKafka(name: string, fn: () => void): void {
  const why = kafkaUnavailable();
  if (why) describe.skip(`${name} [SKIPPED: ${why}]`, fn);
  else describe(name, fn);
}
