// The explainer: who may do what, and why, from a synthesized cdk.tf.json (package subpath `./explain`).
export * from "./explainer";
export * from "./glob";
export * from "./kafka-requests";
export * from "./kafka-acls";
export * from "./decryption";
export * from "./records";
